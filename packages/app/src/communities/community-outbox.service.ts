/**
 * Sends the community emails waiting in the outbox (group rounds, introductions). The
 * use case that composed them queued them in its own transaction, so an email exists
 * exactly when the change it announces does, and a mail server that is down loses
 * nothing. Each run claims a batch (queued -> sending in one UPDATE, so no two processes
 * send the same email), sends each, and records the outcome: sent (its text is then
 * cleared), or back to the queue to be tried on a later run, failed after MAX_ATTEMPTS.
 */
import type { NewOutboxEmail, OutboxKind, Store } from '@kindred/store';
import { newId } from '../context.ts';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { MAX_ATTEMPTS, STALE_CLAIM_MS } from './email-queue.ts';

export interface OutboxOptions {
  store: Store;
  mailer: Mailer;
  from: string;
  now: Date;
  /** Emails per run (default 200): a long queue drains over several runs. */
  batch?: number;
  /** Only these rows (what a use case has just queued); default any. */
  ids?: readonly string[];
}

export interface OutboxResult {
  sent: number;
  failed: { id: string; error: string }[];
}

export async function sendOutbox(options: OutboxOptions): Promise<OutboxResult> {
  const { store, mailer } = options;
  const nowIso = options.now.toISOString();
  const ids = await store.transaction((repos) =>
    repos.communityOutbox.claim(
      options.ids ? options.ids.length : (options.batch ?? 200),
      nowIso,
      new Date(options.now.getTime() - STALE_CLAIM_MS).toISOString(),
      options.ids,
    ),
  );
  if (ids.length === 0) return { sent: 0, failed: [] };
  const claimed = await store.transaction((repos) => repos.communityOutbox.claimed(ids));
  let sent = 0;
  const failed: { id: string; error: string }[] = [];
  for (const email of claimed) {
    try {
      await mailer.send({
        from: options.from,
        to: email.recipient,
        subject: email.subject,
        text: email.text,
        ...(email.html !== null && { html: email.html }),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push({ id: email.id, error: message });
      await store.transaction((repos) => repos.communityOutbox.markFailed(email.id, message, MAX_ATTEMPTS));
      continue;
    }
    await store.transaction((repos) => repos.communityOutbox.markSent(email.id, nowIso));
    sent++;
  }
  return { sent, failed };
}

/** How long a sent or failed email's row (its metadata: who, when, the last error) stays. */
export const OUTBOX_KEEP_DAYS = 30;

/** Drops outbox rows done with more than OUTBOX_KEEP_DAYS ago; returns how many. */
export function pruneOutbox(store: Store, now: Date): Promise<number> {
  return store.repos.communityOutbox.prune(
    new Date(now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000).toISOString(),
  );
}

/** An email composed by a use case, to queue in its transaction. */
export interface ComposedEmail {
  communityId: string;
  userId: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
}

/** Outbox rows for composed emails (ids made here, so the use case can send just these). */
export function outboxRows(kind: OutboxKind, emails: readonly ComposedEmail[], now: Date): NewOutboxEmail[] {
  return emails.map((e) => ({
    id: newId(),
    communityId: e.communityId,
    userId: e.userId,
    kind,
    recipient: e.to,
    subject: e.subject,
    text: e.text,
    html: e.html ?? null,
    createdAt: now.toISOString(),
  }));
}

/**
 * After the commit: tries the rows a use case just queued, so a working mail server
 * delivers them at once. Whatever fails stays queued for the job, and the change stands
 * either way, so nothing here reaches the caller.
 */
export async function sendQueuedNow(
  store: Store,
  mail: { mailer: Mailer; from: string },
  ids: readonly string[],
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  try {
    await sendOutbox({ store, mailer: mail.mailer, from: mail.from, now, ids });
  } catch {
    // A database hiccup after the commit: the rows are queued (or claimed, and taken
    // again once the claim is stale), and the job sends them.
  }
}
