/**
 * One serving process: opens the database (migrating it), serves the API, runs the
 * scheduled jobs, and on SIGTERM/SIGINT stops taking connections, lets requests in
 * flight finish, stops the jobs and closes the database cleanly.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createMailer, openDatabase, type Scheduler, startScheduler } from '@kindred/app';
import type { Logger } from 'pino';
import { type ServerConfig, withBoundPort } from '../config/server-config.ts';
import { serverJobs } from '../jobs/server-jobs.ts';
import { createServerApp, type ServerApp } from '../server-app.ts';

export async function serveProcess(config: ServerConfig, logger: Logger): Promise<void> {
  // No user is made here: the first to sign up becomes the owner (the CLI's, if it has one).
  const store = await openDatabase(config.kindred).catch((error: unknown) => {
    logger.fatal({ err: error }, `Kindred could not open its database: ${(error as Error).message}`);
    process.exit(2);
  });
  const mailer = config.smtpUrl ? createMailer(config.smtpUrl) : null;
  let app: ServerApp | null = null;
  let scheduler: Scheduler | null = null;
  // Plain HTTP/1.1 (TLS is the load balancer's job), so this is a node:http Server. The
  // app is made once the port is known: with PORT=0 the links it writes (feeds, emails)
  // must carry the port the system chose, not ":0". Nothing is accepted before that.
  const server = serve(
    {
      fetch: (request, env) => (app ? app.fetch(request, env) : new Response('Starting', { status: 503 })),
      hostname: config.host,
      port: config.port,
    },
    (info) => {
      const bound = withBoundPort(config, info.port);
      app = createServerApp({ store, config: bound, logger, mailer });
      scheduler = bound.jobs
        ? startScheduler({
            store,
            jobs: serverJobs(store, bound, mailer, logger),
            onError: (job, error) => logger.error({ job: job.name, err: error }, 'scheduled job failed'),
          })
        : null;
      logger.info(
        {
          address: `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`,
          database: store.dialect,
          publicUrl: bound.publicUrl,
        },
        'Kindred is listening',
      );
    },
  ) as Server;
  server.on('error', (error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} on ${config.host} is already in use (set PORT, or stop the other server)`
        : error.message;
    logger.fatal({ err: error }, `Kindred could not listen: ${why}`);
    process.exit(2);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.warn('requests still open after 10 s; closing anyway');
      server.closeAllConnections();
    }, 10_000);
    force.unref();
    server.close(async () => {
      await scheduler?.stop();
      mailer?.close();
      await store.close();
      logger.info('stopped cleanly');
      process.exit(0);
    });
    // Idle keep-alive sockets would hold close() open; in-flight ones finish first.
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
