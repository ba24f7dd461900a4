/**
 * The companion's tables. Every row of companion data carries owner_id, and every
 * repository query filters on it; the foreign keys cascade so deleting a user or a
 * person removes everything that hangs off them.
 */
import type { Kysely } from 'kysely';

// Migrations must not depend on the app's evolving types: they describe the schema as it
// was when written.
// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('met_how', 'text')
    .addColumn('met_where', 'text')
    .addColumn('met_on', 'text')
    .addColumn('organisation', 'text')
    .addColumn('organisation_key', 'text')
    .addColumn('team', 'text')
    .addColumn('role', 'text')
    .addColumn('seniority', 'text')
    .addColumn('notes', 'text')
    .addColumn('birthday', 'text')
    .addColumn('photo', 'text')
    .addColumn('preferred_channel', 'text')
    .addColumn('prefers_async', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('do_not_contact_until', 'text')
    .addColumn('cadence_days', 'integer')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_set_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_owner_name').on('people').columns(['owner_id', 'name_key']).execute();
  await db.schema
    .createIndex('people_owner_org')
    .on('people')
    .columns(['owner_id', 'organisation_key'])
    .execute();

  await db.schema
    .createTable('person_channels')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('value_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_channels_pk', ['person_id', 'position'])
    .execute();
  await db.schema
    .createIndex('person_channels_owner_value')
    .on('person_channels')
    .columns(['owner_id', 'kind', 'value_key'])
    .execute();

  await db.schema
    .createTable('person_tags')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_tags_pk', ['person_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('person_tags_owner_tag')
    .on('person_tags')
    .columns(['owner_id', 'tag'])
    .execute();

  await db.schema
    .createTable('person_interests')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('interest_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_interests_pk', ['person_id', 'interest_key'])
    .execute();
  await db.schema
    .createIndex('person_interests_owner_key')
    .on('person_interests')
    .columns(['owner_id', 'interest_key'])
    .execute();

  await db.schema
    .createTable('details')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('happens_on', 'text')
    .addColumn('follow_up_on', 'text')
    .addColumn('followed_up_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('details_person').on('details').column('person_id').execute();
  await db.schema
    .createIndex('details_owner_follow_up')
    .on('details')
    .columns(['owner_id', 'follow_up_on'])
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('initiated_by', 'text', (c) => c.notNull())
    .addColumn('energy_cost', 'integer', (c) => c.notNull())
    .addColumn('exchange', 'text', (c) => c.notNull())
    .addColumn('exchange_kind', 'text')
    .addColumn('outcome', 'text')
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interactions_owner_day')
    .on('interactions')
    .columns(['owner_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('interaction_people')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('interaction_people_pk', ['interaction_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('interaction_people_person')
    .on('interaction_people')
    .columns(['person_id', 'interaction_id'])
    .execute();

  await db.schema
    .createTable('stage_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('changed_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stage_changes_person').on('stage_changes').column('person_id').execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
