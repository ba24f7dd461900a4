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
  let gaveUp = false;
  // A worker that dies within seconds of starting will do so again (a port in use, a
  // database it cannot open): after a few of those, stop rather than restart forever.
  const started = new Map<number, number>();
  let quickDeaths = 0;
  const start = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
  };
  const stopAll = (signal: NodeJS.Signals) => {
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(gaveUp ? 1 : 0);
    for (const worker of workers) worker?.process.kill(signal);
  };

  for (let i = 0; i < config.workers; i++) start();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        if (!gaveUp) logger.info('stopped cleanly');
        process.exit(gaveUp ? 1 : 0);
      }
      return;
    }
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    quickDeaths = lived < 5000 ? quickDeaths + 1 : 0;
    if (quickDeaths >= 3) {
      logger.fatal(
        { code, signal },
        'workers keep stopping right after they start; giving up (see their messages above)',
      );
      stopping = true;
      gaveUp = true;
      stopAll('SIGTERM');
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
    stopAll(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
