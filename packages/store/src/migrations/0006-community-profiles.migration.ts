/**
 * A member's profile in one community: what they enjoy, where and when they are free,
 * how they like to meet and how often, with a visibility choice per field. The row
 * hangs off the membership (a composite foreign key), so leaving a community, or
 * deleting the account, takes the profile with it. Lists are JSON text: they are read
 * and written whole, and both dialects store text the same way.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_profiles')
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('seniority', 'text')
    .addColumn('location', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('availability', 'text', (c) => c.notNull())
    .addColumn('formats', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    // Paused until paused_until (a day in the member's zone), or until they resume when null.
    .addColumn('paused', 'integer', (c) => c.notNull())
    .addColumn('paused_until', 'text')
    .addColumn('open_to', 'text', (c) => c.notNull())
    .addColumn('intro', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_profiles_pk', ['community_id', 'user_id'])
    .addForeignKeyConstraint(
      'community_profiles_member',
      ['community_id', 'user_id'],
      'community_members',
      ['community_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
