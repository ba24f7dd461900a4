/**
 * The claim both email queues share (match emails in community_notifications, composed
 * community emails in community_outbox): flip up to `limit` rows, oldest first, from
 * queued to sending in one UPDATE that repeats the status test, so of two processes
 * claiming at once only one gets each row. A row claimed before `staleBeforeIso` belongs
 * to a process that died mid-send and is taken again.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Executor } from './executor.ts';

export type EmailQueueTable = 'community_notifications' | 'community_outbox';

/** The columns a queue table has for claiming (both tables have exactly these). */
interface QueueColumns {
  id: string;
  status: string;
  attempts: number;
  claimed_at: string | null;
  created_at: string;
}
type QueueDb = { [T in EmailQueueTable]: QueueColumns };

export async function claimQueued(
  executor: Executor,
  table: EmailQueueTable,
  limit: number,
  nowIso: string,
  staleBeforeIso: string,
  onlyIds?: readonly string[],
): Promise<string[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  // Only the claiming columns are touched, which both tables share.
  const db = executor as unknown as Kysely<QueueDb>;
  const claimable = (eb: ExpressionBuilder<QueueDb, EmailQueueTable>) => {
    const open = eb.or([
      eb('status', '=', 'queued'),
      eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBeforeIso)]),
    ]);
    return onlyIds ? eb.and([open, eb('id', 'in', onlyIds)]) : open;
  };
  const rows = await db
    .updateTable(table)
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), claimed_at: nowIso }))
    .where(claimable)
    .where('id', 'in', (eb) =>
      eb.selectFrom(table).select('id').where(claimable).orderBy('created_at').orderBy('id').limit(limit),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
