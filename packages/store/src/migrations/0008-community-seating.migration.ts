/**
 * Seating events of a community: an admin's dinner or event with its attendees, tables,
 * rounds and constraints, and the seat rotation planned for it. Members who attend are
 * rows that point at their membership itself (a composite foreign key), so leaving the
 * community, or deleting the account, takes them out of every seating event at once; the
 * stored plan is kept as it was and reads as needing a re-plan (community-seating.repository.ts).
 * Deleting the community deletes its seating events.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_seating_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('day', 'text')
    /** JSON text: extra guests, tables, rounds, constraints (validated in app/). */
    .addColumn('setup', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    /** JSON text: the planned rotation, members by user id only (names are read live). */
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The target of the attendees' key, so an attendee row cannot name another community.
    .addUniqueConstraint('community_seating_events_community_id', ['community_id', 'id'])
    .execute();

  await db.schema
    .createTable('community_seating_attendees')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_seating_attendees_pk', ['event_id', 'user_id'])
    .addForeignKeyConstraint(
      'community_seating_attendees_event',
      ['community_id', 'event_id'],
      'community_seating_events',
      ['community_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'community_seating_attendees_member',
      ['community_id', 'user_id'],
      'community_members',
      ['community_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // "The seating events I attend", and the cascade from a membership.
  await db.schema
    .createIndex('community_seating_attendees_member')
    .on('community_seating_attendees')
    .columns(['community_id', 'user_id'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
