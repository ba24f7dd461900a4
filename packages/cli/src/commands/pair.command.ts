/**
 * `kindred pair`: pair a community's members for one round from a members file, offline.
 * Needs no database, so it reads the global options itself instead of opening Kindred.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { AppError, type GraphFile, type PairRoundResult, pairRound, type RoundFile } from '@kindred/app';
import type { Command } from 'commander';
import { plural } from '../output/format.ts';
import { createPrinter } from '../output/printer.ts';
import { globalOptions, parseNow } from '../runtime.ts';

interface PairOptions {
  in: string;
  history?: string;
  seed?: string;
  out?: string;
  graph?: string;
  crossTeamOnly?: boolean;
}

/** Above this many members, a person at a terminal is told the round is being worked on. */
const NOTE_FROM = 5000;

async function readInput(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'file_not_found',
      `${option}: I could not read ${path}: ${(error as Error).message}.`,
      [{ field: option, message: 'cannot be read' }],
    );
  }
}

async function writeOutput(path: string, text: string, option: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `${option}: I could not write ${path}: ${(error as Error).message}.`,
      [{ field: option, message: 'cannot be written' }],
    );
  }
}

/** A whole number when it looks like one (`--seed 7`), else the text itself (`--seed spring`). */
function parseSeed(text: string | undefined): string | number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new AppError('invalid_input', '--seed: give a number or a word, e.g. --seed 7.', [
      { field: '--seed', message: 'empty' },
    ]);
  }
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** graph.json with one edge per line: pretty-printing two million edges would triple the file. */
function graphText(graph: GraphFile): string {
  const edges = graph.edges.map((edge) => `    ${JSON.stringify(edge)}`).join(',\n');
  return `{\n  "date": ${JSON.stringify(graph.date)},\n  "members": ${JSON.stringify(graph.members)},\n  "edges": [\n${edges}${edges ? '\n' : ''}  ]\n}\n`;
}

function summary(round: RoundFile): string {
  const trios = round.pairs.filter((p) => p.members.length === 3).length;
  const pairs = round.pairs.length - trios;
  const placed = round.pairs.reduce((n, p) => n + p.members.length, 0);
  const groups = [plural(pairs, 'pair'), ...(trios ? [plural(trios, 'trio')] : [])].join(' and ');
  return `Paired ${plural(placed, 'member')} into ${groups} on ${round.round.date} (seed ${round.round.seed}, total weight ${round.totalWeight}).`;
}

function renderRound(round: RoundFile, full: boolean): string[] {
  const lines = [summary(round)];
  if (full) {
    for (const pair of round.pairs) {
      lines.push(
        '',
        `${pair.members.join(' + ')}  (${pair.weight})`,
        `  ${pair.reason}`,
        `  Starter: ${pair.starter}`,
      );
    }
  }
  if (round.unmatched.length) {
    lines.push('', `Not paired this round (${round.unmatched.length}):`);
    for (const u of round.unmatched) lines.push(`  ${u.id}: ${u.reason}`);
  }
  return lines;
}

export function registerPair(program: Command): void {
  program
    .command('pair')
    .description(
      "pair a community's members one-to-one by shared interests, for one round (no database needed)",
    )
    .requiredOption('--in <members.json>', 'the members: [{ "id", "interests", "team", … }]')
    .option(
      '--history <history.json>',
      'earlier matches: [{ "a", "b", "date" }], held back with a fading penalty',
    )
    .option('--seed <n>', 'same files and seed, same round (default: the day of the round)')
    .option('--out <round.json>', 'write the round to this file instead of printing every pair')
    .option(
      '--graph <graph.json>',
      'also write every positive-weight pair, to check with an exact solver (up to 2,000 members)',
    )
    .option('--cross-team-only', 'never pair two members of the same team')
    .action(async (options: PairOptions, cmd: Command) => {
      const global = globalOptions(cmd);
      const out = createPrinter(Boolean(global.json));
      const today = parseNow(global.now).toISOString().slice(0, 10);
      const seed = parseSeed(options.seed);
      const members = { fileName: options.in, text: await readInput(options.in, '--in') };
      const history = options.history
        ? { fileName: options.history, text: await readInput(options.history, '--history') }
        : undefined;
      // About 60 bytes a member: a big file means a few seconds of work, worth a word on stderr.
      if (members.text.length > NOTE_FROM * 60) out.note(`Pairing the members in ${options.in}…`);

      const result: PairRoundResult = pairRound({
        members,
        ...(history ? { history } : {}),
        today,
        ...(seed === undefined ? {} : { seed }),
        crossTeamOnly: Boolean(options.crossTeamOnly),
        graph: options.graph !== undefined,
      });
      if (options.graph && result.graph) await writeOutput(options.graph, graphText(result.graph), '--graph');
      if (!options.out) {
        out.result(result.round, (round) => [
          ...renderRound(round, true),
          ...(options.graph ? ['', `Wrote every positive-weight pair to ${options.graph}.`] : []),
        ]);
        return;
      }
      await writeOutput(options.out, `${JSON.stringify(result.round, null, 2)}\n`, '--out');
      const trios = result.round.pairs.filter((p) => p.members.length === 3).length;
      out.result(
        {
          out: options.out,
          ...(options.graph ? { graph: options.graph, edges: result.graph?.edges.length ?? 0 } : {}),
          date: result.round.round.date,
          seed: result.round.round.seed,
          pairs: result.round.pairs.length - trios,
          trios,
          unmatched: result.round.unmatched.length,
          totalWeight: result.round.totalWeight,
        },
        () => [
          ...renderRound(result.round, false),
          '',
          `Wrote the round to ${options.out}.`,
          ...(options.graph ? [`Wrote every positive-weight pair to ${options.graph}.`] : []),
        ],
      );
    });
}
