/**
 * Pairing rounds: each community's schedule and rules, pairs its admins keep apart,
 * the rounds that ran, their matches, each member's answer and feedback on a match,
 * and the match emails waiting to go out.
 *
 * Exactly once: a round is unique per (community, scheduled_for), so two server
 * processes that both see a round due cannot both store it; the loser's transaction
 * fails on the key and leaves nothing behind.
 *
 * A member's rows hang off their membership (composite foreign keys), so leaving takes
 * their match history and their answers with it. The match row stays for the others,
 * who then see "a member who has left": their own feedback no longer points at anyone.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

const MEMBER: ['community_id', 'user_id'] = ['community_id', 'user_id'];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_round_rules')
    .addColumn('community_id', 'text', (c) => c.primaryKey().references('communities.id').onDelete('cascade'))
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('cross_team_only', 'integer', (c) => c.notNull())
    .addColumn('repeat_window_days', 'integer', (c) => c.notNull())
    .addColumn('next_round_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The job asks "which communities are due?" on every tick.
  await db.schema
    .createIndex('community_round_rules_due')
    .on('community_round_rules')
    .column('next_round_at')
    .execute();

  await db.schema
    .createTable('community_exclusions')
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_a', 'text', (c) => c.notNull())
    .addColumn('user_b', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_exclusions_pk', ['community_id', 'user_a', 'user_b'])
    .addForeignKeyConstraint(
      'community_exclusions_a',
      ['community_id', 'user_a'],
      'community_members',
      MEMBER,
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'community_exclusions_b',
      ['community_id', 'user_b'],
      'community_members',
      MEMBER,
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('community_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('scheduled_for', 'text', (c) => c.notNull())
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('stats', 'text', (c) => c.notNull())
    .addUniqueConstraint('community_rounds_once', ['community_id', 'scheduled_for'])
    .execute();

  await db.schema
    .createTable('community_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('community_rounds.id').onDelete('cascade'))
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('starter', 'text', (c) => c.notNull())
    .addColumn('shared', 'text', (c) => c.notNull())
    .addColumn('times', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_matches_round').on('community_matches').column('round_id').execute();

  await db.schema
    .createTable('community_match_members')
    .addColumn('match_id', 'text', (c) => c.notNull().references('community_matches.id').onDelete('cascade'))
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('met', 'integer')
    .addColumn('meet_again', 'integer')
    .addColumn('feedback_at', 'text')
    // The person this member made of the match in their own companion, if they did.
    .addColumn('person_id', 'text')
    .addPrimaryKeyConstraint('community_match_members_pk', ['match_id', 'user_id'])
    .addForeignKeyConstraint('community_match_members_member', MEMBER, 'community_members', MEMBER, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  // A member's matches, newest first, and the history the next round reads.
  await db.schema
    .createIndex('community_match_members_member')
    .on('community_match_members')
    .columns(['community_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('community_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('match_id', 'text', (c) => c.notNull().references('community_matches.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addForeignKeyConstraint('community_notifications_member', MEMBER, 'community_members', MEMBER, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('community_notifications_queue')
    .on('community_notifications')
    .columns(['status', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
