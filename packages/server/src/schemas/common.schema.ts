/**
 * Pieces every route description shares: the error body, ids in paths, cursor pages,
 * and the security schemes. Request bodies are strict: a field we do not know is an
 * error that names it, not something silently dropped.
 */

import { z } from '@hono/zod-openapi';
import { isIsoDay } from '@kindred/core';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'person_not_found' }),
      message: z.string().openapi({ example: 'No person of yours has that id.' }),
      details: z.array(
        z.object({
          field: z.string().optional(),
          line: z.number().int().optional(),
          record: z.number().int().optional(),
          message: z.string(),
        }),
      ),
    }),
  })
  .openapi('Error');

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid; `details` names each field.',
  401: 'Not signed in, or the token is not valid.',
  403: 'Refused (another site, or not allowed here).',
  404: 'Not found among your own records.',
  409: 'Conflicts with what is already there.',
  410: 'Was real once, but can no longer be used (an invite expired, used or revoked).',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'The file has records that cannot be imported; nothing was written.',
  429: 'Too many attempts; wait and retry.',
  502: 'The mail server did not take the message; nothing was kept.',
};

/** Error responses for a route, documented with the shared error body. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  );
}

/** The errors any signed-in JSON route can answer with. */
export const AUTHED_ERRORS = [400, 401, 403, 413, 415, 429] as const;

export function ok<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

/** An id in the path, named as the path names it. */
export const pathId = (name: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' }, example: '01936f1e-…' });

export const IdParams = z.strictObject({ id: pathId('id') });

/** `IdParams` and one more id: a record inside the one `id` names, e.g. `{id}/invites/{inviteId}`. */
export const IdParamsWith = <N extends string>(name: N) =>
  z.strictObject({
    id: pathId('id'),
    ...({ [name]: pathId(name) } as Record<N, ReturnType<typeof pathId>>),
  });

/** An interest as shown: its taxonomy key (or custom key) and its label. */
export const InterestLabelSchema = z.object({ key: z.string(), label: z.string() });

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: 'Page size (1–500).' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page; leave out for the first page.' }),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null at the end.' }),
  });
}

/** A local day in a query string: a real date, written YYYY-MM-DD. */
export const DayParam = z
  .string()
  .refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' })
  .openapi({ example: '2026-03-14' });

export const Done = z.object({ ok: z.literal(true) });

export const SECURITY: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
