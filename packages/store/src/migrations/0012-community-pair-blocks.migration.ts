/**
 * Pairs kept apart outlive a membership. An admin's "never pair these two" (one's own
 * manager, or worse) and a member's "not again" were rows hanging off both memberships,
 * so leaving and rejoining wiped them. They now hang off the accounts and the community:
 * gone only with one of those. The admin's pairs move over from community_exclusions.
 *
 * Match emails also record when they were claimed, so one claimed by a process that
 * died mid-send goes back to the queue instead of waiting forever.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_pair_blocks')
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('user_a', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('user_b', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // 'admin': kept apart by an admin; 'declined' / 'not_again': one of them said no.
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('admin', 'declined', 'not_again')`))
    // Whose "no" it is (one of the two), or '' for an admin's: each can take back only their own.
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_pair_blocks_pk', [
      'community_id',
      'user_a',
      'user_b',
      'reason',
      'set_by',
    ])
    .execute();
  await sql`insert into community_pair_blocks (community_id, user_a, user_b, reason, set_by, created_at)
    select community_id, user_a, user_b, 'admin', '', created_at from community_exclusions`.execute(db);
  await db.schema.dropTable('community_exclusions').execute();

  await db.schema.alterTable('community_notifications').addColumn('claimed_at', 'text').execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
