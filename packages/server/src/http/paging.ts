/** Cursor pages: ask for one more than the page, and the extra one says there is more. */
import type { Context, TypedResponse } from 'hono';

export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}

/** The same page as JSON text, from rows that are JSON text already (`json`). */
export function jsonPageOf<T extends { json: string }>(
  rows: T[],
  limit: number,
  cursorOf: (row: T) => string,
): string {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next = rows.length > limit && last ? JSON.stringify(cursorOf(last)) : 'null';
  return `{"items":[${items.map((r) => r.json).join(',')}],"nextCursor":${next}}`;
}

/**
 * A 200 whose body is JSON text already, typed as the value it encodes (what `c.json`
 * would have sent), so the route still answers to its response schema.
 */
export function sendJsonText<T>(c: Context, text: string): TypedResponse<T, 200, 'json'> {
  return c.body(text, 200, { 'content-type': 'application/json' }) as unknown as TypedResponse<
    T,
    200,
    'json'
  >;
}
