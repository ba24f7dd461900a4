/** `kindred save`: keep a link or note to share with the people it fits. */
import { saveItem } from '@kindred/app';
import type { Command } from 'commander';
import { run } from '../runtime.ts';
import { collect, splitList } from './person-options.ts';

export function registerSave(program: Command): void {
  program
    .command('save')
    .description('save a link or note; your plan suggests sharing it with people it fits')
    .argument('<title>', 'what it is ("A good piece on on-call rotations")')
    .option('--url <url>', 'where it lives')
    .option('-n, --note <text>', 'why it is worth sharing')
    .requiredOption(
      '-i, --interest <interests>',
      'the interests it fits (comma-separated or repeated)',
      collect,
    )
    .action(async (title: string, o: { url?: string; note?: string; interest: string[] }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const item = await saveItem(ctx, {
          title,
          url: o.url ?? null,
          note: o.note ?? null,
          interests: splitList(o.interest),
        });
        out.result(item, (i) => `Saved “${i.title}”. Your plan will suggest a few people it fits.`);
      });
    });
}
