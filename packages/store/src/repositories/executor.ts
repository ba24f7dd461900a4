/**
 * Repositories take either the database or a transaction, so a use case can group
 * several of their writes into one transaction without them knowing.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema/database.types.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** Splits a list so IN (...) lists stay far below either dialect's parameter limit. */
export function chunk<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Where a page ended, by value: the sort key and id of its last row. Paging by value
 * keeps working when that row is deleted meanwhile (an id alone would have nothing left
 * to look up, and the next page would start over).
 */
export interface Keyset {
  key: string;
  id: string;
}
