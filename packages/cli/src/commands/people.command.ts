/** `kindred people`: list, search and filter the people you keep. */
import { listPeople } from '@kindred/app';
import { stageWords } from '@kindred/core';
import type { Command } from 'commander';
import { personLine, plural } from '../output/format.ts';
import { run } from '../runtime.ts';

interface PeopleOptions {
  tag?: string;
  stage?: string;
  interest?: string;
  limit?: string;
  after?: string;
}

export function registerPeople(program: Command): void {
  program
    .command('people')
    .alias('ls')
    .description('list your people, or search them by name, organisation, team or role')
    .argument('[search]', 'part of a name, organisation, team or role')
    .option('-t, --tag <tag>', 'only people with this tag')
    .option('-s, --stage <stage>', `only people at this stage (${stageWords().join(', ')})`)
    .option('-i, --interest <interest>', 'only people with this interest')
    .option('--limit <n>', 'at most this many')
    .option('--after <id>', 'continue after this person (for paging)')
    .action(async (search: string | undefined, options: PeopleOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const people = await listPeople(ctx, {
          search,
          tag: options.tag,
          stage: options.stage,
          interest: options.interest,
          limit: options.limit === undefined ? undefined : Number(options.limit),
          after: options.after,
        });
        const filtered = Boolean(search || options.tag || options.stage || options.interest);
        out.result(people, (list) =>
          list.length === 0
            ? filtered
              ? 'Nobody matches that.'
              : 'No people yet. Add someone with `kindred add "Name"`, or import a file with `kindred import`.'
            : [...list.map(personLine), '', plural(list.length, 'person', 'people')],
        );
      });
    });
}
