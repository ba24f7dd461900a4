/** `kindred log`: record a contact — what form, who started it, give or ask. */
import { AppError, logInteraction, parseDay, removeInteraction, resolvePerson } from '@kindred/app';
import {
  ASK_KINDS,
  FORM_INFO,
  GIVE_KINDS,
  INITIATORS,
  INTERACTION_FORMS,
  OUTCOMES,
  type Person,
  parseInteractionForm,
  stageLabel,
} from '@kindred/core';
import { type Command, Option } from 'commander';
import { run } from '../runtime.ts';
import { collect, splitList } from './person-options.ts';

interface LogOptions {
  form?: string;
  on?: string;
  by: (typeof INITIATORS)[number];
  give?: (typeof GIVE_KINDS)[number];
  ask?: (typeof ASK_KINDS)[number];
  outcome?: (typeof OUTCOMES)[number];
  topic?: string[];
  note?: string;
  cost?: string;
}

export function registerLog(program: Command): void {
  program
    .command('log')
    .description('log a contact with one or more people')
    .argument('<people...>', 'names, parts of names, or ids')
    .requiredOption('-f, --form <form>', `how: ${INTERACTION_FORMS.join(', ')}`)
    .option('--on <day>', 'when (defaults to today)')
    .addOption(new Option('--by <who>', 'who started it').choices(INITIATORS).default('me'))
    .addOption(new Option('--give <kind>', 'you gave something').choices(GIVE_KINDS))
    .addOption(new Option('--ask <kind>', 'you asked for something').choices(ASK_KINDS))
    .addOption(new Option('--outcome <how>', 'how it went').choices(OUTCOMES))
    .option('--topic <topics>', 'what you talked about (comma-separated or repeated)', collect)
    .option('-n, --note <text>', 'a note')
    .option('--cost <points>', 'energy it took, if not the usual for this form')
    .action(async (refs: string[], options: LogOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        const form = parseInteractionForm(options.form ?? '');
        if (!form) {
          throw new AppError(
            'invalid_input',
            `--form: "${options.form}" is not a form I know. Use one of: ${INTERACTION_FORMS.join(', ')}.`,
            [{ field: '--form', message: 'unknown form' }],
          );
        }
        const cost = options.cost === undefined ? undefined : Number(options.cost);
        if (cost !== undefined && (!Number.isInteger(cost) || cost < 0)) {
          throw new AppError(
            'invalid_input',
            `--cost: "${options.cost}" must be a whole number of points (0 or more).`,
            [{ field: '--cost', message: 'not a whole number' }],
          );
        }
        const people: Person[] = [];
        for (const ref of refs) people.push(await resolvePerson(ctx, ref));
        const result = await logInteraction(ctx, {
          personIds: people.map((p) => p.id),
          form,
          occurredOn: options.on ? parseDay(options.on, today, '--on', 'past') : undefined,
          initiatedBy: options.by,
          give: options.give,
          ask: options.ask,
          outcome: options.outcome ?? null,
          topics: splitList(options.topic),
          note: options.note ?? null,
          energyCost: cost,
        });
        out.result(result, (r) => [
          `Logged ${FORM_INFO[r.interaction.form].label.toLowerCase()} with ${people.map((p) => p.name).join(', ')} on ${r.interaction.occurredOn} (${r.interaction.energyCost} energy).`,
          ...r.promoted.map(
            ({ person, from }) =>
              `  ${person.name} moved up: ${stageLabel(from, person.seniority)} → ${stageLabel(person.stage, person.seniority)}`,
          ),
        ]);
      });
    });

  program
    .command('unlog')
    .description('remove a contact logged by mistake')
    .argument('<id>', 'the interaction id (see `kindred show NAME --json`)')
    .action(async (id: string, _options: unknown, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const removed = await removeInteraction(ctx, id);
        out.result(
          { removed: removed.id },
          () => `Removed the ${FORM_INFO[removed.form].label.toLowerCase()} of ${removed.occurredOn}.`,
        );
      });
    });
}
