/**
 * The outbox of composed community emails (group rounds, introductions). A use case
 * queues its emails in the transaction that makes the change; whoever sends them (the
 * use case right after its commit, or the server's job) claims rows first, flipping them
 * from queued to sending (`claimQueued`, shared with the match email queue). Unscoped
 * by design: only senders use these.
 */
import { claimQueued } from './email-queue.ts';
import type { Executor } from './executor.ts';

export type OutboxKind = 'group' | 'introduction';

export interface NewOutboxEmail {
  id: string;
  communityId: string;
  /** The recipient's account: the row goes if they leave the community. */
  userId: string;
  kind: OutboxKind;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
}

/** A claimed email, ready to send. */
export interface OutboxEmail {
  id: string;
  communityId: string;
  userId: string;
  kind: OutboxKind;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  /** Sends tried so far, this one included. */
  attempts: number;
}

export function createCommunityOutboxRepository(db: Executor) {
  return {
    /** Queues emails, in the caller's transaction. */
    async enqueue(rows: readonly NewOutboxEmail[]): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('community_outbox')
        .values(
          rows.map((r) => ({
            id: r.id,
            community_id: r.communityId,
            user_id: r.userId,
            kind: r.kind,
            recipient: r.recipient,
            subject: r.subject,
            body_text: r.text,
            body_html: r.html,
            status: 'queued' as const,
            attempts: 0,
            last_error: null,
            created_at: r.createdAt,
            claimed_at: null,
            sent_at: null,
          })),
        )
        .execute();
    },

    /**
     * Takes up to `limit` emails for this process to send, oldest first: queued ones, and
     * any claimed before `staleBeforeIso` by a process that never finished them. With
     * `onlyIds`, only among those (a use case sending what it just queued).
     */
    async claim(
      limit: number,
      nowIso: string,
      staleBeforeIso: string,
      onlyIds?: readonly string[],
    ): Promise<string[]> {
      return claimQueued(db, 'community_outbox', limit, nowIso, staleBeforeIso, onlyIds);
    },

    /** The claimed emails, oldest first. */
    async claimed(ids: readonly string[]): Promise<OutboxEmail[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('community_outbox')
        .select([
          'id',
          'community_id',
          'user_id',
          'kind',
          'recipient',
          'subject',
          'body_text',
          'body_html',
          'attempts',
        ])
        .where('id', 'in', ids)
        .where('status', '=', 'sending')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        communityId: r.community_id,
        userId: r.user_id,
        kind: r.kind,
        recipient: r.recipient,
        subject: r.subject,
        text: r.body_text,
        html: r.body_html,
        attempts: r.attempts,
      }));
    },

    /** Sent: the subject and body are cleared, as no copy of delivered mail is kept. */
    async markSent(id: string, nowIso: string): Promise<void> {
      await db
        .updateTable('community_outbox')
        .set({
          status: 'sent',
          sent_at: nowIso,
          last_error: null,
          subject: '',
          body_text: '',
          body_html: null,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Not sent: back to the queue, or failed for good once `maxAttempts` sends were tried. */
    async markFailed(id: string, error: string, maxAttempts: number): Promise<void> {
      await db
        .updateTable('community_outbox')
        .set((eb) => ({
          status: eb
            .case()
            .when('attempts', '>=', maxAttempts)
            .then('failed' as const)
            .else('queued' as const)
            .end(),
          last_error: error.slice(0, 500),
        }))
        .where('id', '=', id)
        .execute();
    },

    /**
     * Deletes the rows that are done with (sent, or failed for good) and were queued before
     * `beforeIso`; returns how many went. Queued and claimed rows stay, however old.
     */
    async prune(beforeIso: string): Promise<number> {
      const result = await db
        .deleteFrom('community_outbox')
        .where('status', 'in', ['sent', 'failed'])
        .where('created_at', '<', beforeIso)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
