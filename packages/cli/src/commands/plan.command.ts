/** `kindred today`, `week`, `done`, `snooze`, `dismiss`: the plan and your answers to it. */
import { dismissAction, markDone, planFor, snoozeAction } from '@kindred/app';
import type { Command } from 'commander';
import { renderPlan } from '../output/plan.render.ts';
import { run } from '../runtime.ts';
import { collect, splitList } from './person-options.ts';

export function registerPlan(program: Command): void {
  for (const [name, horizon, description] of [
    ['today', 'day', "today's few small steps, within your energy"],
    ['week', 'week', 'the next seven days of small steps, within your weekly energy'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .option(
        '--seed <seed>',
        'vary the drafts and tie-breaks (default: the day, so a plan is stable all day)',
      )
      .option('--no-drafts', 'leave out the drafted messages')
      .action(async (options: { seed?: string; drafts: boolean }, cmd: Command) => {
        await run(cmd, async ({ ctx, out }) => {
          const plan = await planFor(ctx, horizon, options.seed);
          out.result(plan, (p) => renderPlan(p, options.drafts));
        });
      });
  }

  program
    .command('done')
    .description('mark a suggestion done; the interaction is logged for you')
    .argument('<id>', 'the id shown next to the suggestion')
    .option('-n, --note <text>', 'a note on how it went')
    .option('--topic <topics>', 'what you talked about (comma-separated or repeated)', collect)
    .action(async (id: string, options: { note?: string; topic?: string[] }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const result = await markDone(ctx, id, {
          note: options.note ?? null,
          topics: splitList(options.topic),
        });
        out.result(result, () => 'Done, and logged. Nicely kept.');
      });
    });

  program
    .command('snooze')
    .description('put a suggestion away until a later day')
    .argument('<id>', 'the id shown next to the suggestion')
    .requiredOption('--until <day>', 'when it may come back ("next monday", 2026-03-14)')
    .action(async (id: string, options: { until: string }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const result = await snoozeAction(ctx, id, options.until, '--until');
        out.result(result, (r) => `Snoozed until ${r.until}.`);
      });
    });

  program
    .command('dismiss')
    .description('drop a suggestion; it will not come back')
    .argument('<id>', 'the id shown next to the suggestion')
    .action(async (id: string, _options: unknown, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const result = await dismissAction(ctx, id);
        out.result(result, () => 'Dismissed. It will not come back.');
      });
    });
}
