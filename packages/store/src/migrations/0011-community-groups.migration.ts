/**
 * Activity groups: a group round someone in the community started (with the activities
 * on offer and the group sizes), the small groups it formed around one shared activity,
 * and each placed member's answer.
 *
 * A member's rows hang off their membership (a composite foreign key), so leaving takes
 * them out of every group at once; the group stays for the others. Groups and their
 * members name the round's community in their keys, so no row can point across
 * communities. Deleting the community deletes its rounds, and with them everything else.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_group_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    /** JSON array of taxonomy keys on offer, or null for "any shared interest". */
    .addColumn('activities', 'text')
    .addColumn('min_size', 'integer', (c) => c.notNull())
    .addColumn('max_size', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    /** JSON of the figures as it ran (members taking part, placed, unplaced, groups, on what basis). */
    .addColumn('stats', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The target of the groups' key, so a group cannot name a round of another community.
    .addUniqueConstraint('community_group_rounds_community_id', ['community_id', 'id'])
    .execute();
  await db.schema
    .createIndex('community_group_rounds_community')
    .on('community_group_rounds')
    .columns(['community_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('community_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull())
    /** 1-based, in the order the engine listed the groups. */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('community_groups_community_id', ['community_id', 'id'])
    .addForeignKeyConstraint(
      'community_groups_round',
      ['community_id', 'round_id'],
      'community_group_rounds',
      ['community_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('community_groups_round').on('community_groups').column('round_id').execute();

  await db.schema
    .createTable('community_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addPrimaryKeyConstraint('community_group_members_pk', ['group_id', 'user_id'])
    .addForeignKeyConstraint(
      'community_group_members_group',
      ['community_id', 'group_id'],
      'community_groups',
      ['community_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'community_group_members_member',
      ['community_id', 'user_id'],
      'community_members',
      ['community_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // "My groups", and the cascade from a membership.
  await db.schema
    .createIndex('community_group_members_member')
    .on('community_group_members')
    .columns(['community_id', 'user_id'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
