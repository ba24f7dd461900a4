/**
 * `npm start`: reads the configuration once (listing every problem and exiting if there
 * are any), then serves, in this process or, with `WORKERS` above 1, in that many.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { AppError, type ErrorDetail } from '@kindred/app';
import { loadServerConfig, type ServerConfig, type ServerFlags } from './config/server-config.ts';
import { createLogger } from './logger.ts';
import { runPrimary } from './process/cluster-primary.ts';
import { serveProcess } from './process/serve.ts';

const FLAGS = { '--port': 'port', '--host': 'host', '--data-dir': 'dataDir' } as const;

/** The command-line flags, and what was wrong with any of them. */
function flagsFrom(argv: string[]): { flags: ServerFlags; problems: ErrorDetail[] } {
  const flags: ServerFlags = {};
  const problems: ErrorDetail[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] as string).split('=', 2);
    const key = FLAGS[name as keyof typeof FLAGS];
    if (!key) {
      problems.push({ field: name, message: `${name} is not an option. Use --port, --host or --data-dir.` });
      continue;
    }
    const value = inline ?? argv[++i];
    if (!value || value.startsWith('--')) {
      problems.push({
        field: name,
        message: `${name} needs a value, e.g. ${name}=${key === 'port' ? '4417' : '…'}.`,
      });
      if (value?.startsWith('--')) i--;
      continue;
    }
    flags[key] = value;
  }
  return { flags, problems };
}

function readConfig(): ServerConfig {
  const { flags, problems } = flagsFrom(process.argv.slice(2));
  let config: ServerConfig | undefined;
  try {
    // The web build sits two folders up from both this file and its bundle (dist/).
    config = loadServerConfig(process.env, flags, {
      webDir: fileURLToPath(new URL('../../web/dist', import.meta.url)),
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push(...error.details);
  }
  if (!config || problems.length > 0) {
    console.error(`The server's configuration has ${problems.length} problem(s):`);
    for (const d of problems) console.error(`  - ${d.message}`);
    process.exit(2);
  }
  return config;
}

const config = readConfig();
const logger = createLogger(config.logLevel);
if (config.workers > 1 && cluster.isPrimary) await runPrimary(config, logger.child({ role: 'primary' }));
else await serveProcess(config, cluster.isWorker ? logger.child({ worker: cluster.worker?.id }) : logger);
