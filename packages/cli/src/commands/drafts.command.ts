/** `kindred pitch` and `kindred decline`: drafts for introducing yourself and saying no kindly. */
import { draftDecline, draftMyPitch, updateSettings } from '@kindred/app';
import type { Command } from 'commander';
import { run } from '../runtime.ts';

export function registerDrafts(program: Command): void {
  program
    .command('pitch')
    .description(
      'draft your own short introduction from your profile (set it with kindred settings --role, --work, --enjoys)',
    )
    .option('--seed <seed>', 'try another wording')
    .option('--save', 'keep this draft as your pitch (used in openers)')
    .action(async (o: { seed?: string; save?: boolean }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const pitch = await draftMyPitch(ctx, o.seed);
        if (o.save) await updateSettings(ctx, { pitch });
        out.result({ pitch, saved: Boolean(o.save) }, (r) => [
          r.pitch,
          '',
          r.saved
            ? 'Saved as your pitch.'
            : 'Edit it freely; keep it with --save, or set your own with kindred settings --pitch "…".',
        ]);
      });
    });

  program
    .command('decline')
    .description('draft a kind no to an invitation, with an alternative')
    .argument('<person>', 'who invited you')
    .requiredOption('--what <invitation>', 'what you are declining ("the Thursday dinner")')
    .option('--alternative <offer>', 'what you could do instead ("a coffee next week")')
    .option('--seed <seed>', 'try another wording')
    .action(async (ref: string, o: { what: string; alternative?: string; seed?: string }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const draft = await draftDecline(ctx, ref, o.what, o.alternative ?? null, o.seed);
        out.result(draft, (d) => [...(d.subject ? [`Subject: ${d.subject}`, ''] : []), d.body]);
      });
    });
}
