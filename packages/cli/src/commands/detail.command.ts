/** `kindred detail`: remember something a person shared, with a day to follow up. */
import { addDetail, parseDay, removeDetail, resolvePerson } from '@kindred/app';
import { DETAIL_KINDS } from '@kindred/core';
import { type Command, Option } from 'commander';
import { run } from '../runtime.ts';

interface DetailOptions {
  on?: string;
  followUp?: string;
  kind: (typeof DETAIL_KINDS)[number];
  remove?: boolean;
}

export function registerDetail(program: Command): void {
  program
    .command('detail')
    .description('remember something a person told you ("presenting at the board on 14 March")')
    .argument('<person>', 'a name, part of a name, or an id (with --remove: the detail id)')
    .argument('[text...]', 'what they shared')
    .option('--on <day>', 'the day it is about')
    .option('--follow-up <day>', 'when to ask how it went (defaults to the day after --on)')
    .addOption(
      new Option('--kind <kind>', 'fact, win (to congratulate), need or expertise (for introductions)')
        .choices(DETAIL_KINDS)
        .default('fact'),
    )
    .option('--remove', 'forget the detail whose id is given instead of a person')
    .action(async (ref: string, words: string[], options: DetailOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        if (options.remove) {
          await removeDetail(ctx, ref);
          out.result({ removed: ref }, () => 'Forgotten.');
          return;
        }
        const person = await resolvePerson(ctx, ref);
        const detail = await addDetail(ctx, person.id, {
          text: words.join(' '),
          kind: options.kind,
          happensOn: options.on ? parseDay(options.on, today, '--on', 'nearest') : null,
          followUpOn: options.followUp ? parseDay(options.followUp, today, '--follow-up') : null,
        });
        out.result(
          detail,
          (d) =>
            `Remembered for ${person.name}: ${d.text}${d.followUpOn ? ` (I'll remind you to ask on ${d.followUpOn})` : ''}`,
        );
      });
    });
}
