/**
 * bench/pairing: the pairing engine on generated communities (long-tail interests, teams
 * of uneven size, mentoring, blocks, pauses, and two earlier rounds of history).
 *
 * - 1,000 members: our matching weight as a fraction of the exact maximum-weight matching
 *   (networkx, Debian's python3-networkx, on every positive edge of the complete graph),
 *   and the same fraction for plain greedy and for random pairing.
 * - 100,000 members: wall time and peak memory (max RSS of a fresh process) of a whole
 *   round — candidate generation, matching, trios and explanations — as medians over
 *   runs, and the weight as a fraction of a simple upper bound (each member's best edge
 *   in the complete graph, summed and halved).
 * - Both: average shared interests per pair, ours against random pairing.
 *
 * Runs in child processes so that each one's memory is its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PairingRequest, pairMembers, preparePairing } from '../../packages/core/src/matching/index.ts';
import { machine, median, runChild, table, writeResult } from '../shared.ts';
import { generateCommunity } from './generate-community.ts';
import { previousRounds } from './generate-history.ts';
import { completeGraph, exactByNetworkx, plainGreedy, qualityOfGroups, randomPairing } from './peers.ts';
import { bestEdges } from './upper-bound.ts';

const SMALL = Number(process.env.BENCH_PAIRING_SMALL ?? 1_000);
const LARGE = Number(process.env.BENCH_PAIRING_LARGE ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RANDOM_PAIRINGS = 5;
const TODAY = '2026-03-02';
const SEED = 2026;
const self = fileURLToPath(import.meta.url);

function request(size: number, historyFile: string): PairingRequest {
  const members = generateCommunity({ size, seed: `bench:${size}` });
  const history = JSON.parse(readFileSync(historyFile, 'utf8'));
  return { members, history, today: TODAY, seed: SEED };
}

interface RoundRun {
  seconds: number;
  peakRssMB: number;
  inputRssMB: number;
  totalWeight: number;
  matchingWeight: number;
  avgShared: number;
  pairs: number;
  trios: number;
  unmatched: number;
  unmatchedByCode: Record<string, number>;
  active: number;
  candidateEdges: number;
  method: string;
}

/** One timed round in this (fresh) process. */
function timedRound(size: number, historyFile: string): RoundRun {
  const req = request(size, historyFile);
  const inputRssMB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const round = pairMembers(req);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const quality = qualityOfGroups(preparePairing(req).model, round.groups);
  return {
    seconds,
    peakRssMB,
    inputRssMB,
    totalWeight: round.totalWeight,
    matchingWeight: quality.matchingWeight,
    avgShared: quality.avgShared,
    pairs: round.stats.pairs,
    trios: round.stats.trios,
    unmatched: round.unmatched.length,
    unmatchedByCode: Object.fromEntries(
      [...new Set(round.unmatched.map((u) => u.code))].map((code) => [
        code,
        round.unmatched.filter((u) => u.code === code).length,
      ]),
    ),
    active: round.stats.active,
    candidateEdges: round.stats.candidateEdges,
    method: round.stats.method,
  };
}

interface Reference {
  upperBound: number;
  boundSeconds: number;
  randomWeight: number;
  randomAvgShared: number;
}

/** The slow, untimed references for the large round: the upper bound and random pairings. */
function reference(size: number, historyFile: string): Reference {
  const { model } = preparePairing(request(size, historyFile));
  const started = performance.now();
  const { bound } = bestEdges(model);
  const boundSeconds = (performance.now() - started) / 1000;
  const randoms = Array.from({ length: RANDOM_PAIRINGS }, (_, s) => randomPairing(model, s));
  return {
    upperBound: bound,
    boundSeconds,
    randomWeight: median(randoms.map((r) => r.matchingWeight)),
    randomAvgShared: median(randoms.map((r) => r.avgShared)),
  };
}

async function child(args: string[]): Promise<unknown> {
  const [mode, size, file] = args as [string, string, string];
  if (mode === 'history') {
    writeFileSync(
      file,
      JSON.stringify(previousRounds(generateCommunity({ size: Number(size), seed: `bench:${size}` }), TODAY)),
    );
    return { ok: true };
  }
  if (mode === 'round') return timedRound(Number(size), file);
  return reference(Number(size), file);
}

function historyFor(size: number, dir: string): string {
  const file = join(dir, `history-${size}.json`);
  runChild(self, ['history', String(size), file]);
  return file;
}

function small(dir: string) {
  const historyFile = historyFor(SMALL, dir);
  const runs = Array.from({ length: RUNS }, () =>
    runChild<RoundRun>(self, ['round', String(SMALL), historyFile]),
  );
  const req = request(SMALL, historyFile);
  const { model } = preparePairing(req);
  const round = pairMembers(req);
  const ours = qualityOfGroups(model, round.groups);
  const graph = completeGraph(model);
  const exact = exactByNetworkx(model, graph);
  const greedy = plainGreedy(model, graph);
  const randoms = Array.from({ length: RANDOM_PAIRINGS }, (_, s) => randomPairing(model, s));
  const random = median(randoms.map((r) => r.matchingWeight));
  // How loose the large round's upper bound is: the exact optimum measured against it here.
  const bound = bestEdges(model).bound;
  return {
    members: SMALL,
    active: model.n,
    completeGraphEdges: graph.u.length,
    medianSeconds: median(runs.map((r) => r.seconds)),
    method: runs[0]?.method,
    exact: { weight: exact.weight, networkxSeconds: exact.seconds, networkx: exact.networkx },
    fractionOfExact: {
      ours: ours.matchingWeight / exact.weight,
      // Before the few members with no positive edge left are paired anyway (at zero or
      // negative weight, e.g. with a recent partner): the part networkx also optimises.
      oursBeforeLeftovers: round.stats.matchingWeight / exact.weight,
      greedy: greedy / exact.weight,
      random: random / exact.weight,
    },
    avgSharedPerPair: { ours: ours.avgShared, random: median(randoms.map((r) => r.avgShared)) },
    upperBound: bound,
    exactOverUpperBound: exact.weight / bound,
  };
}

function large(dir: string) {
  const historyFile = historyFor(LARGE, dir);
  const runs = Array.from({ length: RUNS }, () =>
    runChild<RoundRun>(self, ['round', String(LARGE), historyFile]),
  );
  const ref = runChild<Reference>(self, ['reference', String(LARGE), historyFile]);
  const first = runs[0] as RoundRun;
  return {
    members: LARGE,
    active: first.active,
    candidateEdges: first.candidateEdges,
    method: first.method,
    medianSeconds: median(runs.map((r) => r.seconds)),
    secondsPerRun: runs.map((r) => Number(r.seconds.toFixed(2))),
    medianPeakRssMB: Math.round(median(runs.map((r) => r.peakRssMB))),
    inputRssMB: Math.round(first.inputRssMB),
    pairs: first.pairs,
    trios: first.trios,
    unmatched: first.unmatchedByCode,
    upperBound: ref.upperBound,
    upperBoundSeconds: ref.boundSeconds,
    fractionOfUpperBound: {
      ours: first.matchingWeight / ref.upperBound,
      random: ref.randomWeight / ref.upperBound,
    },
    avgSharedPerPair: { ours: first.avgShared, random: ref.randomAvgShared },
  };
}

if (process.argv.includes('--child')) {
  console.log(JSON.stringify(await child(process.argv.slice(process.argv.indexOf('--child') + 1))));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-bench-pairing-'));
  try {
    const s = small(dir);
    const l = large(dir);
    const result = {
      workload:
        'generated communities: Zipf-distributed interests over the shipped taxonomy plus custom ones, teams of uneven size with shared topics, ' +
        '~10% open to mentoring or being mentored, 3% paused, 0.5% blocking someone, two earlier rounds (28 and 56 days before) as history',
      machine: machine(),
      runs: RUNS,
      small: s,
      large: l,
      targets: { fractionOfExact: 0.99, largeSeconds: 10, largePeakRssMB: 2048 },
    };
    table([
      { what: `${s.members}: ours (${s.method}) / exact`, value: s.fractionOfExact.ours.toFixed(4) },
      {
        what: `${s.members}: ours before placing leftovers / exact`,
        value: s.fractionOfExact.oursBeforeLeftovers.toFixed(4),
      },
      { what: `${s.members}: plain greedy / exact`, value: s.fractionOfExact.greedy.toFixed(4) },
      { what: `${s.members}: random pairing / exact`, value: s.fractionOfExact.random.toFixed(4) },
      {
        what: `${s.members}: exact / upper bound (how loose the bound is)`,
        value: s.exactOverUpperBound.toFixed(4),
      },
      { what: `${s.members}: median seconds (ours)`, value: s.medianSeconds.toFixed(2) },
      { what: `${s.members}: networkx seconds`, value: s.exact.networkxSeconds.toFixed(1) },
      {
        what: `${s.members}: shared interests per pair, ours / random`,
        value: `${s.avgSharedPerPair.ours.toFixed(2)} / ${s.avgSharedPerPair.random.toFixed(2)}`,
      },
      { what: `${l.members}: median seconds (whole round)`, value: l.medianSeconds.toFixed(2) },
      { what: `${l.members}: median peak RSS MB`, value: l.medianPeakRssMB },
      { what: `${l.members}: ours / upper bound`, value: l.fractionOfUpperBound.ours.toFixed(4) },
      { what: `${l.members}: random / upper bound`, value: l.fractionOfUpperBound.random.toFixed(4) },
      {
        what: `${l.members}: shared interests per pair, ours / random`,
        value: `${l.avgSharedPerPair.ours.toFixed(2)} / ${l.avgSharedPerPair.random.toFixed(2)}`,
      },
    ]);
    console.log(`wrote ${writeResult('pairing', result)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
