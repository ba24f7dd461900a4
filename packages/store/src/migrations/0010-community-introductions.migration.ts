/**
 * Introductions in a community: open asks ("I would like to meet someone who knows
 * about X") and introductions between two members, each side answering for themselves.
 *
 * Every row hangs off memberships (composite foreign keys to community_members), so a
 * member who leaves takes their asks and every introduction they are in, as a party or
 * as the connector, with them. An introduction that answered an ask forgets the ask when
 * the ask goes (the introduction itself still stands).
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

const MEMBER: ['community_id', 'user_id'] = ['community_id', 'user_id'];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_asks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    // JSON array of taxonomy (or custom:…) keys, normalised by app/.
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addForeignKeyConstraint('community_asks_member', MEMBER, 'community_members', MEMBER, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  // The board: a community's open asks, newest first.
  await db.schema
    .createIndex('community_asks_board')
    .on('community_asks')
    .columns(['community_id', 'closed_at', 'id'])
    .execute();

  await db.schema
    .createTable('community_introductions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('connector_id', 'text', (c) => c.notNull())
    .addColumn('user_a', 'text', (c) => c.notNull())
    .addColumn('user_b', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('answer_a', 'text', (c) => c.notNull())
    .addColumn('answered_a_at', 'text')
    .addColumn('answer_b', 'text', (c) => c.notNull())
    .addColumn('answered_b_at', 'text')
    .addColumn('ask_id', 'text', (c) => c.references('community_asks.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'community_introductions_connector',
      ['community_id', 'connector_id'],
      'community_members',
      MEMBER,
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'community_introductions_a',
      ['community_id', 'user_a'],
      'community_members',
      MEMBER,
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'community_introductions_b',
      ['community_id', 'user_b'],
      'community_members',
      MEMBER,
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // A member's introductions, from either side or as the connector.
  for (const column of ['user_a', 'user_b', 'connector_id']) {
    await db.schema
      .createIndex(`community_introductions_${column}`)
      .on('community_introductions')
      .columns(['community_id', column])
      .execute();
  }
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
