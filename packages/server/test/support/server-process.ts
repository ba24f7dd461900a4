/**
 * The real server as a child process (`node --import tsx packages/server/src/main.ts`),
 * for the few tests and benchmarks that need a whole process: one that can be killed
 * mid-write, or driven over real sockets. It listens on a free loopback port; the port
 * is read from the "Kindred is listening" log line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const MAIN = join(ROOT, 'packages', 'server', 'src', 'main.ts');
const LISTENING = 'Kindred is listening';

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  pid: number;
  /** Asks the server to shut down (SIGTERM by default) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL: no shutdown, no flush, writes in flight abandoned. Waits for the exit. */
  kill(): Promise<number | null>;
  /** Resolves with the exit code (null when a signal ended it) once the process is gone. */
  exited: Promise<number | null>;
  /** What it wrote to stdout and stderr (the start and the most recent part, when long). */
  output(): string;
}

export interface ServerProcessOptions {
  /** Added to (and overriding) the inherited environment and the defaults below. */
  env?: Record<string, string | undefined>;
  /** Sets KINDRED_DATA_DIR (SQLite in `dataDir/kindred.sqlite`). */
  dataDir?: string;
  /** Node flags before `--import tsx`, e.g. `['--cpu-prof', '--cpu-prof-dir=…']`. */
  nodeArgs?: string[];
  /** How long to wait for the listening line; 30 s by default. */
  startTimeoutMs?: number;
  /**
   * Another entry file in place of the server's main.ts (e.g. a benchmark's bare Hono
   * app); it must log the same listening line.
   */
  entry?: string;
}

/** Keeps the first HEAD and the last TAIL characters of a long stream of output. */
function outputKeeper(head = 64 * 1024, tail = 256 * 1024) {
  let start = '';
  let end = '';
  let dropped = 0;
  return {
    add(text: string) {
      if (start.length < head) {
        const room = head - start.length;
        start += text.slice(0, room);
        text = text.slice(room);
      }
      end += text;
      if (end.length > tail * 2) {
        dropped += end.length - tail;
        end = end.slice(end.length - tail);
      }
    },
    text: () => (dropped ? `${start}\n… (${dropped} characters left out) …\n${end}` : start + end),
  };
}

/**
 * Starts the server and resolves once it listens. Rejects, with everything it printed,
 * if it exits first or does not listen within the timeout. The database must be named
 * (`dataDir`, or KINDRED_DATA_DIR / DATABASE_URL in `env`), so a test can never touch
 * the developer's own data directory.
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    // Never inherited: the database is the caller's choice alone.
    DATABASE_URL: undefined,
    KINDRED_DATA_DIR: undefined,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    KINDRED_JOBS: 'false',
    ...options.env,
  };
  if (options.dataDir) env.KINDRED_DATA_DIR = options.dataDir;
  if (!options.entry && !env.KINDRED_DATA_DIR && !env.DATABASE_URL) {
    throw new Error('startServerProcess: give a dataDir (or KINDRED_DATA_DIR / DATABASE_URL in env).');
  }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', options.entry ?? MAIN],
    {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const kept = outputKeeper();
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });

  const url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    let found = false;
    const fail = (why: string) => {
      if (found) return;
      found = true;
      clearTimeout(timer);
      reject(new Error(`${why}\n--- server output ---\n${kept.text()}`));
    };
    const timer = setTimeout(() => {
      fail(`the server did not listen within ${options.startTimeoutMs ?? 30_000} ms`);
      child.kill('SIGKILL');
    }, options.startTimeoutMs ?? 30_000);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => kept.add(text));
    child.stdout?.on('data', (text: string) => {
      kept.add(text);
      if (found) return;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.includes(LISTENING)) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; address?: string };
          if (entry.msg === LISTENING && entry.address) {
            found = true;
            pending = '';
            clearTimeout(timer);
            resolve(entry.address.replace(/\/$/, ''));
            return;
          }
        } catch {
          // Not a log line of ours; keep reading.
        }
      }
    });
    child.once('error', (error) => fail(`the server could not be started: ${error.message}`));
    void exited.then((code) => fail(`the server exited (code ${code}) before listening`));
  });

  const signalAndWait = (signal: NodeJS.Signals) => {
    if (exitCode === undefined) child.kill(signal);
    return exited;
  };
  return {
    url,
    pid: child.pid as number,
    stop: (signal = 'SIGTERM') => signalAndWait(signal),
    kill: () => signalAndWait('SIGKILL'),
    exited,
    output: () => kept.text(),
  };
}

export interface SignedUp {
  /** The personal API token's secret: send as `Authorization: Bearer <token>`. */
  token: string;
  /** The session cookie, as `kindred_session=…`, for a Cookie header. */
  cookie: string;
  email: string;
  password: string;
}

/** Signs up a new account (on a fresh install: the owner) and creates an API token for it. */
export async function signUpWithToken(
  url: string,
  account: { email?: string; password?: string; displayName?: string } = {},
): Promise<SignedUp> {
  const email = account.email ?? `owner-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = account.password ?? 'correct horse battery staple';
  const signup = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: account.displayName ?? 'Bench Owner' }),
  });
  if (signup.status !== 201) {
    throw new Error(`sign-up answered ${signup.status}: ${await signup.text()}`);
  }
  const setCookie = signup.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
  if (!setCookie) throw new Error('sign-up set no kindred_session cookie');
  const cookie = setCookie.split(';')[0] as string;
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: url },
    body: JSON.stringify({ name: 'test script' }),
  });
  if (created.status !== 201 && created.status !== 200) {
    throw new Error(`POST /api/tokens answered ${created.status}: ${await created.text()}`);
  }
  const body = (await created.json()) as { secret?: string };
  if (!body.secret) throw new Error(`POST /api/tokens returned no secret: ${JSON.stringify(body)}`);
  return { token: body.secret, cookie, email, password };
}
