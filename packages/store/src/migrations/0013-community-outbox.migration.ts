/**
 * A durable outbox for composed community emails (a group round placing a member, an
 * introduction proposed or made). They used to be sent inline, best effort, so a mail
 * server that was down at that moment lost them. Now the use case queues each email in
 * the same transaction as the change it announces, tries it at once after the commit,
 * and the server's job sends whatever is left: claimed in one UPDATE (queued -> sending),
 * so two processes never send the same email, tried up to three times, and a claim left
 * by a process that died mid-send taken again after a while.
 *
 * A row hangs off the recipient's membership: leaving a community cancels mail not yet
 * sent to them. Once sent, its subject and body are cleared: no copies of delivered mail.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

const MEMBER: ['community_id', 'user_id'] = ['community_id', 'user_id'];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('community_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('group', 'introduction')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'sending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addForeignKeyConstraint('community_outbox_member', MEMBER, 'community_members', MEMBER, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  // Each run asks for the oldest queued (or stale) rows.
  await db.schema
    .createIndex('community_outbox_queue')
    .on('community_outbox')
    .columns(['status', 'created_at'])
    .execute();
  // Leaving a community deletes the member's rows through the foreign key; PostgreSQL
  // does not index a foreign key by itself.
  await db.schema.createIndex('community_outbox_member').on('community_outbox').columns(MEMBER).execute();
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
