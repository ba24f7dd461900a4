/**
 * PostgreSQL for communities and several server processes. node-postgres returns
 * bigint and numeric as strings (they may overflow a JS number); our counts never do,
 * so they are read as numbers here and nowhere else has to care.
 */
import { PostgresDialect } from 'kysely';
import pg from 'pg';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloads do not accept a union format
    return pg.types.getTypeParser(oid, format as any);
  },
};

export function createPostgresDialect(connectionString: string, maxConnections = 10): PostgresDialect {
  const pool = new pg.Pool({ connectionString, max: maxConnections, types });
  // An idle connection the server closes (a restart, an administrator, a dropped test
  // database) is discarded by the pool and replaced on next use; unhandled, its error
  // event would take the whole process down.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}
