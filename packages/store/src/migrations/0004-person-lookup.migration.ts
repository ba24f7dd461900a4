/**
 * Indexes for reading a page of people with their channels, tags and interests. The
 * child reads filter on owner and person together; without an index on both, SQLite
 * chose the owner's interest (or channel) index and scanned every row the owner has,
 * so a page of 50 cost as much as the whole address book. People by id get an index on
 * owner and id for the same reason (with no statistics yet, SQLite otherwise scans the
 * owner's rows instead of looking each id up), and a page in name order gets an index
 * that ends with the id, so it needs no sort of its own.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('people_owner_name').execute();
  await db.schema.createIndex('people_owner_id').on('people').columns(['owner_id', 'id']).execute();
  await db.schema
    .createIndex('people_owner_name_id')
    .on('people')
    .columns(['owner_id', 'name_key', 'id'])
    .execute();
  await db.schema
    .createIndex('person_channels_owner_person')
    .on('person_channels')
    .columns(['owner_id', 'person_id', 'position'])
    .execute();
  await db.schema
    .createIndex('person_tags_owner_person')
    .on('person_tags')
    .columns(['owner_id', 'person_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('person_interests_owner_person')
    .on('person_interests')
    .columns(['owner_id', 'person_id', 'position'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
