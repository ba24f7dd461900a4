/**
 * Several serving processes on one machine (`WORKERS`), sharing the port through Node's
 * cluster module: one process uses one core, so a server with more cores answers more
 * when it runs more. The primary only brings the database up to date (once, before any
 * worker opens it), starts the workers, replaces one that dies, and passes a stop
 * signal on, exiting when all of them have finished their requests.
 */
import cluster from 'node:cluster';
import { openDatabase } from '@kindred/app';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config/server-config.ts';

export async function runPrimary(config: ServerConfig, logger: Logger): Promise<void> {
  await (await openDatabase(config.kindred)).close();

  let stopping = false;
  const start = () => cluster.fork();
  for (let i = 0; i < config.workers; i++) start();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('stopped cleanly');
        process.exit(0);
      }
      return;
    }
    logger.error(
      { pid: worker.process.pid, code, signal },
      'a worker stopped unexpectedly; starting another',
    );
    start();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: config.workers }, 'shutting down the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
