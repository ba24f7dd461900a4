/**
 * The embedded database: one SQLite file, shared safely between the CLI and a running
 * server (WAL lets readers and one writer work at once; the busy timeout makes a second
 * writer wait instead of failing).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
} from 'kysely';

/**
 * Transactions take the write lock when they begin (`BEGIN IMMEDIATE`). A deferred
 * transaction that reads and then writes cannot wait for another process's write to
 * finish: SQLite fails it at once with SQLITE_BUSY, busy timeout or not. With the lock
 * taken up front, a second writer (another server process, the CLI) simply waits its turn.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Kysely prepares every statement afresh; for the short queries a server answers all
 * day, preparing cost about a tenth of the work. Statements are kept by their SQL text
 * (the most recently used few hundred); SQLite re-prepares one itself if the schema
 * changes under it. Kysely runs one query at a time per connection, so sharing a
 * statement is safe.
 */
function withStatementCache(database: SqliteDatabase.Database, size = 400): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

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
  return new ImmediateSqliteDialect({ database: withStatementCache(database) });
}
