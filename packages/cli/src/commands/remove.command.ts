/** `kindred remove`: forget a person and everything about them. */
import { createInterface } from 'node:readline/promises';
import { AppError, removePerson, resolvePerson } from '@kindred/app';
import type { Command } from 'commander';
import { run } from '../runtime.ts';

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .alias('rm')
    .description('remove a person, with their details and history')
    .argument('<person>', 'a name, part of a name, or an id')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (ref: string, options: { yes?: boolean }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const person = await resolvePerson(ctx, ref);
        if (!options.yes) {
          if (!process.stdin.isTTY || out.json) {
            throw new AppError(
              'invalid_input',
              `Removing ${person.name} deletes their details and history for good. Add --yes to confirm.`,
              [{ field: '--yes', message: 'confirmation needed' }],
            );
          }
          if (!(await confirm(`Remove ${person.name} and everything about them? [y/N] `))) {
            out.line('Nothing removed.');
            return;
          }
        }
        const removed = await removePerson(ctx, person.id);
        out.result({ removed: { id: removed.id, name: removed.name } }, () => `Removed ${removed.name}.`);
      });
    });
}
