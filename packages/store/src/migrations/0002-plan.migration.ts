/**
 * What the plan needs beyond the companion's own records: a per-person summary of the
 * history (so a plan over thousands of people never scans a million interactions), the
 * user's answers to past suggestions (done, snoozed, dismissed), saved links to share,
 * and events with their expected attendees.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('person_stats')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_count', 'integer', (c) => c.notNull())
    .addColumn('first_contact_on', 'text')
    .addColumn('last_contact_on', 'text')
    .addColumn('last_topics', 'text', (c) => c.notNull())
    .addColumn('ever_in_person', 'integer', (c) => c.notNull())
    .addColumn('recent', 'text', (c) => c.notNull())
    .addColumn('stage_since', 'text')
    .execute();
  await db.schema.createIndex('person_stats_owner').on('person_stats').column('owner_id').execute();

  // Wins not yet congratulated are found by kind.
  await db.schema
    .createIndex('details_owner_kind')
    .on('details')
    .columns(['owner_id', 'kind', 'followed_up_at'])
    .execute();

  await db.schema
    .createTable('plan_action_states')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('action_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_action_states_pk', ['owner_id', 'action_key'])
    .execute();

  await db.schema
    .createTable('saved_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('note', 'text')
    .addColumn('interest_keys', 'text', (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('saved_items_owner')
    .on('saved_items')
    .columns(['owner_id', 'created_on'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('energy_cost', 'integer', (c) => c.notNull())
    .addColumn('goal', 'text')
    .addColumn('notes', 'text')
    .addColumn('debriefed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_owner_day').on('events').columns(['owner_id', 'starts_on']).execute();

  await db.schema
    .createTable('event_attendees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('role', 'text')
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_attendees_event').on('event_attendees').column('event_id').execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
