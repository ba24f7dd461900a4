/**
 * Expected failures a user can cause. Each has a stable code; the CLI and the HTTP
 * server each map codes in one place. Messages say what was wrong, where, and
 * what to do; `details` carries the structured part (field, line, candidates).
 */

export const ERROR_CODES = [
  'invalid_input',
  'person_not_found',
  'person_ambiguous',
  'detail_not_found',
  'interaction_not_found',
  'action_not_found',
  'event_not_found',
  'event_ambiguous',
  'item_not_found',
  'import_invalid_rows',
  'import_unknown_format',
  'import_not_empty',
  'file_not_found',
  'config_invalid',
  'unauthenticated',
  'invalid_credentials',
  'email_taken',
  'signup_closed',
  'token_not_found',
  'feed_not_found',
  'csrf_rejected',
  'host_rejected',
  'password_incorrect',
  'database_unavailable',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'route_not_found',
  'smtp_not_configured',
  'email_not_sent',
  'community_not_found',
  'community_admin_only',
  'community_last_admin',
  'member_not_found',
  'invite_not_found',
  'invite_expired',
  'invite_used',
  'invite_revoked',
  'match_not_found',
  'match_partner_left',
  'round_just_ran',
  'exclusion_not_found',
  'seating_event_not_found',
  'seating_unknown_attendee',
  'seating_tables_too_small',
  'seating_unsatisfiable',
  'group_round_not_found',
  'group_not_found',
  'group_round_no_groups',
  'group_round_too_soon',
  'ask_not_found',
  'ask_closed',
  'introduction_not_found',
  'introduction_not_a_party',
  'introduction_exists',
  'introduction_unavailable',
  'introduction_closed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** The field or path the problem is in, e.g. `email` or `people[3].name`. */
  field?: string;
  /** 1-based line in an input file. */
  line?: number;
  /** 1-based record number in an input file. */
  record?: number;
  message: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
