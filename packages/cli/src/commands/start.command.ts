/**
 * `kindred start` (what `npm start` runs): opens the embedded database, creating and
 * migrating it on first use, and says where things stand and what to do next.
 */
import { status } from '@kindred/app';
import type { Command } from 'commander';
import { plural } from '../output/format.ts';
import { run } from '../runtime.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('set up (on first run) and show where your Kindred data stands')
    .action(async (_options: unknown, cmd: Command) => {
      await run(cmd, async ({ kindred, ctx, out }) => {
        const { people, settings } = await status(ctx);
        const where =
          kindred.config.store.kind === 'sqlite' ? kindred.config.store.file : 'PostgreSQL (DATABASE_URL)';
        out.result({ database: where, people, settings }, (s) => [
          `Kindred is ready. Your data lives in ${s.database}.`,
          `You keep ${plural(s.people, 'person', 'people')}; your week holds ${s.settings.settings.weeklyBudget} energy points.`,
          '',
          'Try:',
          '  npx kindred add "Sam Lee" --org Acme -d "training for a marathon" --on "12 April"',
          '  npx kindred log Sam --form coffee --topic "the migration"',
          '  npx kindred import contacts.vcf --dry-run',
          '  npx kindred people',
          '  npx kindred --help',
        ]);
      });
    });
}
