/**
 * The jobs a server process runs on a schedule. Every process runs the scheduler; the
 * slot claims in the database make each slot run once across all of them.
 */
import {
  type Mailer,
  pruneJobRuns,
  type ScheduledJob,
  type Store,
  sendDueDigests,
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
        return `removed ${removed} expired sessions`;
      },
    },
  ];
  if (mailer) {
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
