/**
 * Reading many rows as one JSON document built in the database (json_group_array on
 * SQLite, json_agg on PostgreSQL). The driver turning each row into an object costs
 * several microseconds a row; parsing one document costs a fraction of that, which is
 * most of the time a page of people or the plan's bulk read takes.
 */
import { type RawBuilder, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export function jsonRows(dialect: Dialect) {
  return {
    /**
     * Aggregates `json_array(fields)` over the rows of the query it is selected from.
     * SQLite keeps the order of an ordered subquery; PostgreSQL is told `order`.
     */
    agg(fields: RawBuilder<unknown>, order?: RawBuilder<unknown>) {
      return dialect === 'sqlite'
        ? sql`coalesce(json_group_array(json_array(${fields})), '[]')`
        : sql`coalesce(json_agg(json_build_array(${fields})${order ? sql` order by ${order}` : sql``}), '[]'::json)`;
    },
    /** A column holding JSON text, embedded as JSON rather than as a string. */
    embed(column: RawBuilder<unknown>) {
      return dialect === 'sqlite' ? sql`json(${column})` : sql`(${column})::json`;
    },
  };
}

/** The aggregate as JS: PostgreSQL's driver has parsed it already, SQLite's has not. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
