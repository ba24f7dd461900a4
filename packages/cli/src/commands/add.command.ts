/** `kindred add`: a person, and optionally one detail, in one command. */
import { addPerson, parseDay } from '@kindred/app';
import { DETAIL_KINDS } from '@kindred/core';
import { type Command, Option } from 'commander';
import { personLine } from '../output/format.ts';
import { run } from '../runtime.ts';
import {
  addPersonOptions,
  channelsFrom,
  type PersonOptions,
  personFields,
  splitList,
} from './person-options.ts';

interface AddOptions extends PersonOptions {
  detail?: string;
  on?: string;
  followUp?: string;
  kind?: string;
}

export function registerAdd(program: Command): void {
  const command = program
    .command('add')
    .description('add a person you met, optionally with one thing they told you')
    .argument('<name>', 'their name');
  addPersonOptions(command)
    .option('-d, --detail <text>', 'something they shared ("training for a half marathon")')
    .option('--on <day>', 'the day the detail is about ("14 March")')
    .option('--follow-up <day>', 'when to ask how it went (defaults to the day after --on)')
    .addOption(new Option('--kind <kind>', 'what kind of detail').choices(DETAIL_KINDS).default('fact'))
    .addHelpText(
      'after',
      '\nExample:\n  kindred add "Sam Lee" --org Acme --met-at "Design review" -d "training for a marathon" --on "12 April"',
    )
    .action(async (name: string, options: AddOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        const result = await addPerson(
          ctx,
          {
            name,
            ...personFields(options, today),
            channels: channelsFrom(options),
            tags: splitList(options.tag),
            interests: splitList(options.interest),
          },
          options.detail
            ? {
                text: options.detail,
                kind: options.kind as (typeof DETAIL_KINDS)[number],
                happensOn: options.on ? parseDay(options.on, today, '--on', 'nearest') : null,
                followUpOn: options.followUp ? parseDay(options.followUp, today, '--follow-up') : null,
              }
            : undefined,
        );
        out.result(result, (r) => {
          const lines = [
            r.mergedInto
              ? `${r.person.name} was already in your people; I added what was new.`
              : `Added ${r.person.name}.`,
            `  ${personLine(r.person)}`,
          ];
          if (r.detail) {
            lines.push(
              `  Remembered: ${r.detail.text}${r.detail.followUpOn ? ` (I'll remind you to ask on ${r.detail.followUpOn})` : ''}`,
            );
          }
          return lines;
        });
      });
    });
}
