/**
 * The jobs a server process runs on a schedule. Every process runs the scheduler; the
 * slot claims in the database make each slot run once across all of them.
 */
import {
  type Mailer,
  pruneJobRuns,
  pruneOutbox,
  runDueRounds,
  type ScheduledJob,
  type Store,
  sendDueDigests,
  sendOutbox,
  sendQueuedMatchEmails,
  sweepSessions,
} from '@kindred/app';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config/server-config.ts';

export function serverJobs(
  store: Store,
  config: ServerConfig,
  mailer: Mailer | null,
  logger: Logger,
): ScheduledJob[] {
  const jobs: ScheduledJob[] = [
    {
      name: 'sweep-sessions',
      everyMs: 6 * 60 * 60 * 1000,
      run: async (now) => {
        const removed = await sweepSessions({ store, now });
        // Claims are only history once their slot has passed; a month of it is plenty.
        await pruneJobRuns(store, new Date(now.getTime() - 30 * 86_400_000));
        // So is the record of community emails sent or given up on.
        const emails = await pruneOutbox(store, now);
        return `removed ${removed} expired sessions and ${emails} old community email records`;
      },
    },
    {
      name: 'community-rounds',
      everyMs: config.roundCheckSeconds * 1000,
      run: async (now) => {
        const ran = await runDueRounds(store, now, (communityId, error) =>
          logger.error({ community: communityId, err: error }, 'community round failed'),
        );
        return `ran ${ran.length} rounds (${ran.reduce((n, r) => n + r.pairs + r.trios, 0)} matches)`;
      },
    },
  ];
  if (mailer) {
    /**
     * Batch after batch until the queue is empty or the slot's time is nearly up, so a
     * large round's emails go out in minutes, not one batch a slot. A failure waits for
     * the next slot: retrying at once would use up its attempts in seconds.
     */
    const drain =
      (send: () => Promise<{ sent: number; failed: { id: string; error: string }[] }>, what: string) =>
      async (now: Date) => {
        const until = Date.now() + config.roundCheckSeconds * 800;
        let sent = 0;
        let failed = 0;
        for (;;) {
          const result = await send();
          sent += result.sent;
          failed += result.failed.length;
          for (const failure of result.failed) logger.warn({ email: failure.id, error: failure.error }, what);
          if (result.sent === 0 || result.failed.length > 0 || Date.now() > until) break;
        }
        return `sent ${sent}, failed ${failed} (slot of ${now.toISOString()})`;
      };
    jobs.push({
      name: 'match-emails',
      everyMs: config.roundCheckSeconds * 1000,
      run: drain(
        () =>
          sendQueuedMatchEmails({
            store,
            mailer,
            now: new Date(),
            from: config.mailFrom,
            publicUrl: config.publicUrl,
          }),
        'match email not sent',
      ),
    });
    jobs.push({
      // Group round and introduction emails the use cases queued and could not send at
      // once (the mail server was down); the claim keeps any email from going out twice.
      name: 'community-emails',
      everyMs: config.roundCheckSeconds * 1000,
      run: drain(
        () => sendOutbox({ store, mailer, now: new Date(), from: config.mailFrom }),
        'community email not sent',
      ),
    });
    jobs.push({
      name: 'weekly-digest',
      everyMs: config.digestCheckSeconds * 1000,
      run: async (now) => {
        const result = await sendDueDigests({
          store,
          now,
          mailer,
          from: config.mailFrom,
          settingsUrl: `${config.publicUrl}/settings`,
        });
        for (const failure of result.failed)
          logger.warn({ user: failure.userId, error: failure.error }, 'digest not sent');
        return `sent ${result.sent.length}, failed ${result.failed.length}`;
      },
    });
  }
  return jobs;
}
