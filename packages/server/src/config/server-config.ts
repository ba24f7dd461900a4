/**
 * The server's configuration, read once from the environment (and flags) into a frozen
 * object. Every problem is listed together, so a person fixes them in one go.
 */
import { availableParallelism } from 'node:os';
import { AppError, type ErrorDetail, type KindredConfig, loadConfig } from '@kindred/app';

export interface ServerConfig {
  readonly kindred: KindredConfig;
  readonly host: string;
  readonly port: number;
  /** Serving processes on this machine (one per core is the most that helps). */
  readonly workers: number;
  /** Where people reach the server, for links in emails and the calendar feed URL. */
  readonly publicUrl: string;
  /** Whether publicUrl was derived from HOST and PORT (no PUBLIC_URL given). */
  readonly publicUrlDerived: boolean;
  /** Cookies get `Secure` when the public URL is https. */
  readonly secureCookies: boolean;
  /** Whether anyone may sign up once the owner exists. */
  readonly allowSignUp: boolean;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Scheduled jobs (digests, community rounds, match emails) run in this process. */
  readonly jobs: boolean;
  /** How often due digests are looked for (each user gets theirs at their own hour). */
  readonly digestCheckSeconds: number;
  /** How often due community rounds, and match emails waiting to go out, are looked for. */
  readonly roundCheckSeconds: number;
  readonly logLevel: string;
  /** Largest JSON body, and largest import upload, in bytes. */
  readonly bodyLimit: number;
  readonly importLimit: number;
  /** Sign-in and sign-up attempts per client address per window. */
  readonly authRateLimit: { max: number; windowMs: number };
  /** Trust X-Forwarded-For (behind a load balancer) for the client address. */
  readonly trustProxy: boolean;
  /** The built web app (packages/web/dist) served at `/`; null serves the API alone. */
  readonly webDir: string | null;
}

/** Values the entry point knows better than the environment (where its files are). */
export interface ServerDefaults {
  webDir?: string | undefined;
}

export interface ServerFlags {
  dataDir?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadServerConfig(
  env: NodeJS.ProcessEnv = process.env,
  flags: ServerFlags = {},
  defaults: ServerDefaults = {},
): ServerConfig {
  const problems: ErrorDetail[] = [];
  let kindred: KindredConfig | undefined;
  try {
    kindred = loadConfig({ env, flags: { dataDir: flags.dataDir } });
  } catch (error) {
    if (error instanceof AppError) problems.push(...error.details);
    else throw error;
  }

  const integer = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({
        field: name,
        message: `${name} must be a whole number from ${min} to ${max} (got "${raw}").`,
      });
      return fallback;
    }
    return value;
  };
  const flag = (name: string, raw: string | undefined, fallback: boolean) => {
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push({ field: name, message: `${name} must be true or false (got "${raw}").` });
    return fallback;
  };

  const port = integer('PORT', flags.port ?? env.PORT, 4417, 0, 65535);
  const workers =
    env.WORKERS === 'auto' ? availableParallelism() : integer('WORKERS', env.WORKERS, 1, 1, 256);
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  let publicUrl = env.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    publicUrl = url.origin;
  } catch {
    problems.push({
      field: 'PUBLIC_URL',
      message: `PUBLIC_URL must be an http(s) address such as https://kindred.example.org (got "${publicUrl}").`,
    });
  }
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push({
      field: 'SMTP_URL',
      // The value is not repeated: it may hold a password.
      message: 'SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…',
    });
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push({
      field: 'LOG_LEVEL',
      message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`,
    });
  }
  const isPostgres = kindred?.store.kind === 'postgres';
  const config: ServerConfig = {
    kindred: kindred as KindredConfig,
    host,
    port,
    workers,
    publicUrl,
    publicUrlDerived: env.PUBLIC_URL === undefined,
    secureCookies: publicUrl.startsWith('https:'),
    // A laptop install is one person's notebook; a shared PostgreSQL server is for many.
    allowSignUp: flag('ALLOW_SIGNUP', env.ALLOW_SIGNUP, isPostgres),
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Kindred <kindred@localhost>',
    jobs: flag('KINDRED_JOBS', env.KINDRED_JOBS, true),
    digestCheckSeconds: integer('DIGEST_CHECK_SECONDS', env.DIGEST_CHECK_SECONDS, 600, 1, 86_400),
    roundCheckSeconds: integer('ROUND_CHECK_SECONDS', env.ROUND_CHECK_SECONDS, 60, 1, 86_400),
    logLevel,
    bodyLimit: integer('BODY_LIMIT', env.BODY_LIMIT, 1024 * 1024, 1024, 100 * 1024 * 1024),
    importLimit: integer('IMPORT_LIMIT', env.IMPORT_LIMIT, 50 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    authRateLimit: {
      max: integer('AUTH_RATE_LIMIT', env.AUTH_RATE_LIMIT, 10, 1, 1_000_000),
      windowMs: 60_000,
    },
    trustProxy: flag('TRUST_PROXY', env.TRUST_PROXY, false),
    webDir: env.WEB_DIR || defaults.webDir || null,
  };
  if (problems.length > 0) {
    throw new AppError(
      'config_invalid',
      `The server's configuration has ${problems.length} problem(s).`,
      problems,
    );
  }
  return Object.freeze(config);
}

/**
 * The configuration once the server listens: with PORT=0 and no PUBLIC_URL, the derived
 * address gets the port the system chose.
 */
export function withBoundPort(config: ServerConfig, port: number): ServerConfig {
  if (config.port !== 0 || !config.publicUrlDerived) return config;
  const url = new URL(config.publicUrl);
  url.port = String(port);
  return Object.freeze({ ...config, port, publicUrl: url.origin });
}
