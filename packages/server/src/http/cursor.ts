/**
 * Page cursors as the API hands them out: opaque text holding where a page ended by
 * value (its last row's sort key and id), so a row deleted between two pages never
 * sends a client back to the start.
 */
import { AppError, type Keyset } from '@kindred/app';

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { key: value[0] as string, id: value[1] as string };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new AppError(
    'invalid_input',
    'cursor: this is not a cursor this API gave out. Pass the nextCursor of the previous page as it was, or leave cursor out to start from the first page.',
    [{ field: 'query.cursor', message: 'not a cursor' }],
  );
}
