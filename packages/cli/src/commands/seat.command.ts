/**
 * `kindred seat` and `kindred groups`: seat rotations for a dinner or event, and small
 * activity groups. They need no database: input files in, plans and place cards out.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError, planGroups, planSeating, renderPlaceCards, type SeatingResult } from '@kindred/app';
import type { ActivityGroupsPlan } from '@kindred/core';
import type { Command } from 'commander';
import { plural } from '../output/format.ts';
import { createPrinter } from '../output/printer.ts';
import { globalOptions } from '../runtime.ts';

/** Without --time-limit the search gets this long: dense instances can run for minutes. */
const DEFAULT_TIME_LIMIT_SECONDS = 10;

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('file_not_found', `I could not read ${file}: ${(error as Error).message}.`, [
      { field: '--in', message: 'cannot be read' },
    ]);
  }
}

function number(text: string | undefined, field: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) {
    throw new AppError('invalid_input', `${field}: "${text}" is not a number.`, [
      { field, message: 'not a number' },
    ]);
  }
  return n;
}

function renderSeating({ plan, guests }: SeatingResult): string[] {
  const name = new Map(guests.map((g) => [g.id, g.name]));
  const s = plan.stats;
  const lines: string[] = [];
  for (const round of plan.rounds) {
    lines.push(`Round ${round.round}`);
    for (const t of round.tables)
      lines.push(`  Table ${t.table}: ${t.guests.map((id) => name.get(id) ?? id).join(', ')}`);
  }
  lines.push(
    '',
    `Method: ${plan.method}.`,
    s.repeats === 0
      ? `Nobody meets anyone twice: ${s.distinctPairsMet} of ${s.possiblePairs} possible pairs meet.`
      : `${plural(s.repeats, 'repeat meeting')}${s.repeats <= s.repeatsLowerBound ? '; no plan for these tables can have fewer' : ` (at least ${s.repeatsLowerBound} are unavoidable)`}. ${s.distinctPairsMet} distinct pairs meet (at most ${s.distinctPairsUpperBound} could).`,
    `Rounds without repeats: ${s.roundsWithoutRepeats}; the bound is ${s.bound.rounds}${s.roundsBeyondBound ? `, and ${plural(s.roundsBeyondBound, 'requested round')} lie beyond it` : ''}.`,
    ...plan.notes,
  );
  return lines;
}

function renderGroups(plan: ActivityGroupsPlan): string[] {
  const lines = plan.groups.map((g) => `Group ${g.group} — ${g.label}: ${g.members.join(', ')}`);
  if (plan.unplaced.length) {
    lines.push('', 'Not placed:', ...plan.unplaced.map((u) => `  ${u.member}: ${u.message}`));
  }
  return lines;
}

export function registerSeat(program: Command): void {
  program
    .command('seat')
    .description('plan seat rotations so everyone meets the most new people')
    .option('--guests <n>', 'seat N anonymous guests (Guest 1 … Guest N)')
    .option('--in <file>', 'guests.json: guests and their rules (see docs/seating.md)')
    .option('--table-size <s>', 'tables of S seats, as many as needed')
    .option('--tables <sizes>', 'uneven tables, e.g. 6,6,5,5')
    .requiredOption('--rounds <r>', 'rounds (courses, sessions)')
    .option('--seed <n>', 'seed for every random choice', '1')
    .option(
      '--time-limit <seconds>',
      `stop searching after this long (default ${DEFAULT_TIME_LIMIT_SECONDS})`,
    )
    .option('--out <file>', 'write the plan as JSON')
    .option('--cards <file>', 'write printable place cards and schedules (HTML)')
    .action(async (o: Record<string, string | undefined>, cmd: Command) => {
      const out = createPrinter(Boolean(globalOptions(cmd).json));
      if ((o.guests === undefined) === (o.in === undefined)) {
        throw new AppError('invalid_input', 'Give either --guests N or --in guests.json (one of them).', [
          { field: '--guests', message: 'exactly one of --guests and --in' },
        ]);
      }
      const seconds = number(o.timeLimit, '--time-limit') ?? DEFAULT_TIME_LIMIT_SECONDS;
      const deadline = Date.now() + seconds * 1000;
      const result = planSeating({
        guests: o.in ? { text: await readText(o.in) } : { count: number(o.guests, '--guests') as number },
        ...(o.tables
          ? { tables: o.tables.split(',').map((t) => number(t.trim(), '--tables') as number) }
          : {}),
        ...(o.tableSize ? { tableSize: number(o.tableSize, '--table-size') as number } : {}),
        rounds: number(o.rounds, '--rounds') as number,
        seed: o.seed ?? '1',
        shouldStop: () => Date.now() > deadline,
      });
      if (o.out) await writeFile(o.out, `${JSON.stringify(result.plan, null, 2)}\n`);
      if (o.cards) {
        await writeFile(
          o.cards,
          renderPlaceCards(result.plan, result.guests, {
            ...(result.title ? { title: result.title } : {}),
            ...(result.roundNames ? { roundNames: result.roundNames } : {}),
          }),
        );
      }
      out.result(result.plan, () => [
        ...renderSeating(result),
        ...(o.out ? [`Plan written to ${o.out}.`] : []),
        ...(o.cards ? [`Place cards written to ${o.cards}: open it in a browser and print.`] : []),
      ]);
    });

  program
    .command('groups')
    .description('propose small groups around activities members share')
    .requiredOption('--in <file>', 'members.json: members with the activities they enjoy')
    .option('--min <n>', 'smallest group', '4')
    .option('--max <n>', 'largest group', '8')
    .option('--seed <n>', 'seed for every random choice', '1')
    .action(async (o: { in: string; min: string; max: string; seed: string }, cmd: Command) => {
      const out = createPrinter(Boolean(globalOptions(cmd).json));
      const plan = planGroups(await readText(o.in), {
        min: number(o.min, '--min') as number,
        max: number(o.max, '--max') as number,
        seed: o.seed,
      });
      out.result(plan, renderGroups);
    });
}
