/**
 * `npm start`: reads the configuration once (listing every problem and exiting if there
 * are any), then serves, in this process or, with `WORKERS` above 1, in that many.
 */
import cluster from 'node:cluster';
import { AppError } from '@kindred/app';
import { loadServerConfig, type ServerConfig, type ServerFlags } from './config/server-config.ts';
import { createLogger } from './logger.ts';
import { runPrimary } from './process/cluster-primary.ts';
import { serveProcess } from './process/serve.ts';

function flagsFrom(argv: string[]): ServerFlags {
  const flags: ServerFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = (argv[i] as string).split('=', 2);
    const value = inline ?? argv[i + 1];
    if (name === '--port' || name === '--host' || name === '--data-dir') {
      if (inline === undefined) i++;
      if (name === '--port') flags.port = value;
      else if (name === '--host') flags.host = value;
      else flags.dataDir = value;
    }
  }
  return flags;
}

function readConfig(): ServerConfig {
  try {
    return loadServerConfig(process.env, flagsFrom(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const d of error.details) console.error(`  - ${d.message}`);
      process.exit(2);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
if (config.workers > 1 && cluster.isPrimary) await runPrimary(config, logger.child({ role: 'primary' }));
else await serveProcess(config, cluster.isWorker ? logger.child({ worker: cluster.worker?.id }) : logger);
