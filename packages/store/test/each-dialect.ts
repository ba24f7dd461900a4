/**
 * Runs a suite once per dialect: SQLite in memory always, PostgreSQL whenever the
 * global setup found one. Each suite gets a fresh, migrated database of its own (a new
 * PostgreSQL database, dropped afterwards), so files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openStore, type Store, type StoreConfig } from '../src/index.ts';

export type Dialect = 'sqlite' | 'postgres';

/** Creates an empty PostgreSQL database and returns its URL and a function that drops it. */
export async function createTestPgDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kindred_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The store configurations to run against, with a cleanup for each. */
export async function makeTestStoreConfig(
  dialect: Dialect,
): Promise<{ config: StoreConfig; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') return { config: { kind: 'sqlite', file: ':memory:' }, cleanup: async () => {} };
  const pgUrl = inject('pgUrl');
  if (!pgUrl) throw new Error('PostgreSQL is not available');
  const { url, drop } = await createTestPgDatabase(pgUrl);
  return { config: { kind: 'postgres', url, maxConnections: 4 }, cleanup: drop };
}

export function dialectsAvailable(): Dialect[] {
  return inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** `describe` once per dialect, with `getStore()` giving that dialect's fresh store. */
export function describeEachDialect(name: string, suite: (getStore: () => Store, dialect: Dialect) => void) {
  for (const dialect of dialectsAvailable()) {
    describe(`${name} [${dialect}]`, () => {
      let store: Store | undefined;
      let cleanup: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const made = await makeTestStoreConfig(dialect);
        cleanup = made.cleanup;
        store = await openStore(made.config);
      });
      afterAll(async () => {
        await store?.close();
        await cleanup();
      });
      suite(() => {
        if (!store) throw new Error('store not open yet');
        return store;
      }, dialect);
    });
  }
}
