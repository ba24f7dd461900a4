/**
 * Runs the real `kindred` binary in a child process against a real data directory, the
 * way a person or a script would, and captures what it prints and how it exits.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/kindred.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  // biome-ignore lint/suspicious/noExplicitAny: test helper parses arbitrary command output
  json(): any;
}

export function tempDataDir(prefix = 'kindred-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliOptions {
  dataDir: string;
  now?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function kindred(args: string[], options: CliOptions): Promise<CliResult> {
  const full = ['--data-dir', options.dataDir, ...(options.now ? ['--now', options.now] : []), ...args];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...full],
      {
        env: { ...process.env, DATABASE_URL: '', KINDRED_DATA_DIR: '', TZ: 'UTC', ...options.env },
        cwd: options.cwd,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({
          code,
          stdout,
          stderr,
          json: () => {
            try {
              return JSON.parse(stdout);
            } catch {
              throw new Error(`stdout is not JSON (exit ${code}):\n${stdout}\nstderr:\n${stderr}`);
            }
          },
        });
      },
    );
  });
}

/** A CLI bound to one data directory and clock, for a story told command by command. */
export function session(dataDir = tempDataDir(), now = '2026-03-02T09:00:00Z') {
  let clock = now;
  return {
    dataDir,
    at(iso: string) {
      clock = iso;
    },
    run: (...args: string[]) => kindred(args, { dataDir, now: clock }),
    json: async (...args: string[]) => {
      const result = await kindred(['--json', ...args], { dataDir, now: clock });
      if (result.code !== 0)
        throw new Error(`kindred ${args.join(' ')} exited ${result.code}:\n${result.stdout}${result.stderr}`);
      return result.json();
    },
  };
}
