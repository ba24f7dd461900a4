/**
 * Configuration, read once at an entry point into a frozen object. Every problem is
 * collected and reported together, so a person fixes them in one go.
 */
import { join, resolve } from 'node:path';
import type { StoreConfig } from '@kindred/store';
import { AppError, type ErrorDetail } from '../errors/app-error.ts';
import { defaultDataDir } from './data-dir.ts';

export interface KindredConfig {
  readonly dataDir: string;
  readonly store: StoreConfig;
}

export interface ConfigSources {
  env?: NodeJS.ProcessEnv;
  /** Command-line flags win over the environment. */
  flags?: { dataDir?: string | undefined; databaseUrl?: string | undefined };
}

export const SQLITE_FILE_NAME = 'kindred.sqlite';

export function loadConfig({ env = process.env, flags = {} }: ConfigSources = {}): KindredConfig {
  const problems: ErrorDetail[] = [];
  const dataDir = resolve(flags.dataDir || env.KINDRED_DATA_DIR || defaultDataDir(env));
  const databaseUrl = flags.databaseUrl || env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push({
      field: 'DATABASE_URL',
      // Only the scheme is repeated: the rest may hold a password.
      message: `DATABASE_URL must be a PostgreSQL URL such as postgres://user@host:5432/kindred (got one starting "${databaseUrl.split(':')[0]}:"). Unset it to use the embedded SQLite database.`,
    });
  }
  if (problems.length > 0) {
    throw new AppError(
      'config_invalid',
      `Kindred's configuration has ${problems.length} problem(s).`,
      problems,
    );
  }
  const store: StoreConfig = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME) };
  return Object.freeze({ dataDir, store: Object.freeze(store) });
}
