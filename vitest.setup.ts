/**
 * Finds the PostgreSQL the dialect suites run against. In CI it must be there (the run
 * fails otherwise); on a developer's machine without it, those suites are skipped and
 * this says so once.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.KINDRED_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('pgUrl', url);
  } catch (error) {
    if (process.env.CI) {
      throw new Error(
        `PostgreSQL is required in CI but ${url} could not be reached: ${(error as Error).message}`,
      );
    }
    console.warn(
      `PostgreSQL not reachable at ${url}: the PostgreSQL runs of the store and app suites are skipped.`,
    );
    project.provide('pgUrl', null);
  } finally {
    await client.end().catch(() => {});
  }
}
