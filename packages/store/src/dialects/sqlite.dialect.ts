/**
 * The embedded database: one SQLite file, shared safely between the CLI and a running
 * server (WAL lets readers and one writer work at once; the busy timeout makes a second
 * writer wait instead of failing).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

export function createSqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // A larger page cache and memory-mapped reads: the plan reads every person at once.
  database.pragma('cache_size = -32768');
  database.pragma('mmap_size = 268435456');
  return new SqliteDialect({ database });
}
