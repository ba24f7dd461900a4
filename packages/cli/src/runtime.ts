/**
 * Runs one command: reads the global options once, opens Kindred on the configured
 * database, hands the command a context at the chosen clock, and always closes.
 */
import { AppError, type Kindred, loadConfig, openKindred, today, type UseCaseContext } from '@kindred/app';
import { instantOnLocalDay } from '@kindred/core';
import type { Command } from 'commander';
import { createPrinter, type Printer } from './output/printer.ts';

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
  now?: string;
}

export interface CommandRun {
  kindred: Kindred;
  ctx: UseCaseContext;
  out: Printer;
  /** Today in the owner's zone, for reading relative dates. */
  today: string;
}

export function parseNow(text: string | undefined): Date {
  if (!text) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new AppError(
      'invalid_input',
      `--now: "${text}" is not a date-time. Use ISO 8601, e.g. 2026-03-14 or 2026-03-14T09:30:00Z.`,
      [{ field: '--now', message: 'not an ISO date-time' }],
    );
  }
  return date;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

export async function run(command: Command, work: (run: CommandRun) => Promise<void>): Promise<void> {
  const options = globalOptions(command);
  const now = parseNow(options.now);
  const config = loadConfig({ flags: { dataDir: options.dataDir } });
  const kindred = await openKindred(config, now);
  try {
    // A bare date means that day where the user lives, not midnight in London.
    const at =
      options.now && /^\d{4}-\d{2}-\d{2}$/.test(options.now.trim())
        ? instantOnLocalDay(options.now.trim(), kindred.owner.timeZone)
        : now;
    const ctx = kindred.context(at);
    await work({ kindred, ctx, out: createPrinter(Boolean(options.json)), today: today(ctx) });
  } finally {
    await kindred.close();
  }
}
