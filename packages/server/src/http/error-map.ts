/**
 * The one place that turns failures into HTTP answers. Every error body has the same
 * shape, `{ error: { code, message, details } }`, whether it came from a use case, from
 * request validation, or from Hono itself; anything unexpected is a 500 that says
 * nothing of the inside, and is logged with the request id.
 */
import { AppError, type ErrorCode, type ErrorDetail } from '@kindred/app';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ServerEnv } from './server-env.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  config_invalid: 500,
  import_unknown_format: 400,
  person_not_found: 404,
  detail_not_found: 404,
  interaction_not_found: 404,
  action_not_found: 404,
  event_not_found: 404,
  item_not_found: 404,
  file_not_found: 404,
  person_ambiguous: 409,
  event_ambiguous: 409,
  import_invalid_rows: 422,
  import_not_empty: 409,
  unauthenticated: 401,
  invalid_credentials: 401,
  email_taken: 409,
  signup_closed: 403,
  token_not_found: 404,
  feed_not_found: 404,
  csrf_rejected: 403,
  host_rejected: 403,
  password_incorrect: 403,
  database_unavailable: 503,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  route_not_found: 404,
  smtp_not_configured: 409,
  // The mail server refused or could not be reached: the fault is upstream of us.
  email_not_sent: 502,
  // Not a member: the same answer as for a community that does not exist.
  community_not_found: 404,
  community_admin_only: 403,
  community_last_admin: 409,
  member_not_found: 404,
  invite_not_found: 404,
  // The link was real but can no longer be used.
  invite_expired: 410,
  invite_used: 410,
  invite_revoked: 410,
  match_not_found: 404,
  // The other side of the match has left: nothing to act on any more.
  match_partner_left: 409,
  round_just_ran: 409,
  exclusion_not_found: 404,
  seating_event_not_found: 404,
  // A seating setup the engine cannot honour: the admin changes the request.
  seating_unknown_attendee: 400,
  seating_tables_too_small: 400,
  seating_unsatisfiable: 400,
  group_round_not_found: 404,
  group_not_found: 404,
  // Too few members take part, or none share an activity: the community, not the request.
  group_round_no_groups: 409,
  // A group round started here less than a day ago: the community waits, not the request.
  group_round_too_soon: 409,
  ask_not_found: 404,
  ask_closed: 409,
  introduction_not_found: 404,
  // The connector may read an introduction but only the two people in it answer.
  introduction_not_a_party: 403,
  introduction_exists: 409,
  // Two members Kindred will not suggest to each other; why is told only to those who know it.
  introduction_unavailable: 409,
  // Already answered, or already not going ahead: nothing left to answer.
  introduction_closed: 409,
};

export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[]; [extra: string]: unknown };
}

export function errorBody(code: string, message: string, details: ErrorDetail[] = [], extra = {}): ErrorBody {
  return { error: { ...extra, code, message, details } };
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** Validation failures from route schemas: each issue names its field. */
export function validationError(target: string, error: z.ZodError): AppError {
  const where = target === 'json' ? 'body' : target;
  const details = error.issues.flatMap((issue) => {
    const path = [where, ...issue.path.map(String)];
    // An unknown field is named itself, so the caller sees which one to drop.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        message: 'not a field this accepts; remove it',
      }));
    }
    return [{ field: path.join('.'), message: issue.message }];
  });
  const summary = details
    .slice(0, 5)
    .map((d) => `${d.field}: ${d.message}`)
    .join('; ');
  const more = details.length > 5 ? ` (and ${details.length - 5} more)` : '';
  return new AppError('invalid_input', `The request is not valid: ${summary}${more}.`, details);
}

export const payloadTooLarge = () =>
  new AppError(
    'payload_too_large',
    'The request body is too large. Send less at once (an import: split the file, or ask for a larger IMPORT_LIMIT).',
  );

/** What Hono's own exceptions mean, in our words. */
function fromHttpException(error: HTTPException): AppError | null {
  switch (error.status) {
    case 413:
      return payloadTooLarge();
    case 415:
      return new AppError(
        'unsupported_media_type',
        'Send the body as JSON, with the header Content-Type: application/json.',
      );
    case 400:
      return new AppError(
        'invalid_input',
        `The request body could not be read: ${error.message || 'it is not valid JSON'}. Send a JSON object.`,
        [{ field: 'body', message: 'malformed' }],
      );
    default:
      return null;
  }
}

export function respondWithError(c: Context<ServerEnv>, error: unknown): Response {
  const known =
    error instanceof AppError ? error : error instanceof HTTPException ? fromHttpException(error) : null;
  if (known) {
    const status = STATUS[known.code];
    if (known.code === 'rate_limited' && typeof known.extra.retryAfter === 'number') {
      c.header('Retry-After', String(known.extra.retryAfter));
    }
    return c.json(errorBody(known.code, known.message, known.details, known.extra), status);
  }
  // A write that waited out SQLite's busy timeout behind another process's write: the
  // request was fine, the server was busy. Nothing was written; retrying is right.
  if ((error as { code?: unknown })?.code === 'SQLITE_BUSY') {
    c.header('Retry-After', '2');
    return c.json(
      errorBody(
        'database_unavailable',
        'The database is busy with other writes. Nothing was changed; try again in a moment.',
      ),
      503,
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(errorBody('invalid_input', error.message || 'The request was not accepted.'), error.status);
  }
  c.var.log?.error({ err: error }, 'request failed');
  return c.json(
    errorBody(
      'internal',
      `Something went wrong inside Kindred. If it happens again, report it with the request id ${c.var.requestId ?? ''}.`.trim(),
    ),
    500,
  );
}
