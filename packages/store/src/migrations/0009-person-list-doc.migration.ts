/**
 * Each person's JSON document, as reading them returns it, kept on their row: a page of
 * the people list is then one indexed scan whose text goes into the response as is,
 * instead of rebuilding every person from four tables and parsing and re-serialising it
 * on every request. The person repository writes it with the person (it is the only
 * writer of `people`). Rows from before this migration have none; reading such a row
 * builds its document from the tables and stores it. A later migration that changes
 * what a person holds sets `list_doc` to null for the same reason.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('people').addColumn('list_doc', 'text').execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
