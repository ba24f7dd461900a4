/** `kindred edit`: change a person's fields, add or remove tags, interests and channels. */
import { AppError, editPerson, resolvePerson } from '@kindred/app';
import { channelKey, normaliseInterest } from '@kindred/core';
import { type Command, Option } from 'commander';
import { personLine } from '../output/format.ts';
import { run } from '../runtime.ts';
import {
  addPersonOptions,
  channelsFrom,
  collect,
  type PersonOptions,
  personFields,
  splitList,
} from './person-options.ts';

const CLEARABLE = {
  org: 'organisation',
  team: 'team',
  role: 'role',
  seniority: 'seniority',
  'met-how': 'metHow',
  'met-at': 'metWhere',
  'met-on': 'metOn',
  note: 'notes',
  birthday: 'birthday',
  'preferred-channel': 'preferredChannel',
  cadence: 'cadenceDays',
  'not-before': 'doNotContactUntil',
  photo: 'photo',
} as const;

interface EditOptions extends PersonOptions {
  name?: string;
  untag?: string[];
  dropInterest?: string[];
  dropChannel?: string[];
  clear?: string[];
}

export function registerEdit(program: Command): void {
  const command = program
    .command('edit')
    .description('change what you know about a person')
    .argument('<person>', 'a name, part of a name, or an id')
    .option('--name <name>', 'correct their name');
  addPersonOptions(command)
    .option('--no-async', 'they no longer prefer async contact')
    .option('--untag <tags>', 'remove tags', collect)
    .option('--drop-interest <interests>', 'remove interests', collect)
    .option('--drop-channel <value>', 'remove an email, phone or link', collect)
    .addOption(
      new Option('--clear <field>', 'empty a field (repeatable)')
        .choices(Object.keys(CLEARABLE))
        .argParser(collect),
    )
    .addHelpText('after', '\nLists add: --tag, --interest, --email, --phone and --link add to what is there.')
    .action(async (ref: string, options: EditOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        const person = await resolvePerson(ctx, ref);
        const fields = personFields(options, today);
        if (options.name !== undefined) fields.name = options.name;
        for (const key of options.clear ?? []) fields[CLEARABLE[key as keyof typeof CLEARABLE]] = null;

        const untag = new Set(splitList(options.untag).map((t) => t.toLowerCase()));
        const tags = [...person.tags.filter((t) => !untag.has(t.toLowerCase())), ...splitList(options.tag)];
        const drop = new Set(splitList(options.dropInterest).map((t) => normaliseInterest(t)?.key));
        const interests = [
          ...person.interests.filter((i) => !drop.has(i.key)).map((i) => i.label),
          ...splitList(options.interest),
        ];
        const dropChannels = options.dropChannel ?? [];
        const unknown = dropChannels.filter(
          (v) => !person.channels.some((c) => channelKey(c.kind, c.value) === channelKey(c.kind, v)),
        );
        if (unknown.length > 0) {
          throw new AppError(
            'invalid_input',
            `--drop-channel: ${person.name} has no channel ${unknown.join(', ')}.`,
            [{ field: '--drop-channel', message: 'no such channel' }],
          );
        }
        const channels = [
          ...person.channels.filter(
            (c) => !dropChannels.some((v) => channelKey(c.kind, c.value) === channelKey(c.kind, v)),
          ),
          ...channelsFrom(options),
        ];
        const updated = await editPerson(ctx, person.id, { ...fields, tags, interests, channels });
        out.result(updated, (p) => [`Updated ${p.name}.`, `  ${personLine(p)}`]);
      });
    });
}
