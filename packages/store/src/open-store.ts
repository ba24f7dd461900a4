/**
 * Opens the database named by the configuration, brings its schema up to date, and
 * hands back the repositories. This is the only place that knows which dialect runs.
 */
import { Kysely, Migrator, sql } from 'kysely';
import { createPostgresDialect } from './dialects/postgres.dialect.ts';
import { createSqliteDialect } from './dialects/sqlite.dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import { createRepositories, type Repositories } from './repositories/index.ts';
import type { Database } from './schema/database.types.ts';

export type StoreConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; maxConnections?: number };

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  readonly repos: Repositories;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Answers when the database does (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class MigrationFailedError extends Error {
  readonly code = 'migration_failed';
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(`The database could not be brought up to date (migration ${failed}).`, {
      cause: error,
    });
  }
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const dialect =
    config.kind === 'sqlite'
      ? createSqliteDialect(config.file)
      : createPostgresDialect(config.url, config.maxConnections);
  const db = new Kysely<Database>({ dialect });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    dialect: config.kind,
    db,
    repos: createRepositories(db, config.kind),
    transaction: (work) => db.transaction().execute((tx) => work(createRepositories(tx, config.kind))),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
