/**
 * bench/seating: the standard Social Golfer instances with a 10 s limit each, reported
 * against the best known number of rounds without repeats, then realistic dinners
 * reported against the upper bound on distinct pairs met. The peer for the dinners is
 * a random seating of the same tables (the median over 20 seeds): what a host gets by
 * shuffling place cards.
 */
import { createRandom, planRotation, rotationStats } from '@kindred/core';
import { machine, median, table, writeResult } from '../shared.ts';

const LIMIT_MS = Number(process.env.BENCH_SEATING_LIMIT_MS ?? 10_000);

const GOLFERS = [
  { name: "Kirkman's schoolgirls", guests: 15, tables: [3, 3, 3, 3, 3], rounds: 7, bestKnown: 7 },
  { name: '16 in 4 of 4', guests: 16, tables: [4, 4, 4, 4], rounds: 5, bestKnown: 5 },
  { name: '25 in 5 of 5', guests: 25, tables: [5, 5, 5, 5, 5], rounds: 6, bestKnown: 6 },
  { name: '49 in 7 of 7', guests: 49, tables: Array(7).fill(7), rounds: 8, bestKnown: 8 },
  { name: '32 in 8 of 4', guests: 32, tables: Array(8).fill(4), rounds: 9, bestKnown: 10 },
  { name: '32 in 8 of 4 (stretch)', guests: 32, tables: Array(8).fill(4), rounds: 10, bestKnown: 10 },
];

const DINNERS = [
  { name: '22 guests, tables 6,6,5,5, 4 courses', guests: 22, tables: [6, 6, 5, 5], rounds: 4 },
  { name: '60 guests, tables of 8, 3 sessions', guests: 60, tables: Array(8).fill(8), rounds: 3 },
];

const guestsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `g${i + 1}`, name: `Guest ${i + 1}` }));

function solve(guests: number, tables: number[], rounds: number) {
  const deadline = performance.now() + LIMIT_MS;
  const started = performance.now();
  const plan = planRotation({
    guests: guestsOf(guests),
    tables,
    rounds,
    seed: 1,
    shouldStop: () => performance.now() > deadline,
  });
  return { plan, seconds: (performance.now() - started) / 1000 };
}

/** Guests shuffled into the tables each round, the way place cards dealt at random would. */
function randomSeating(guests: number, tables: number[], rounds: number, seed: number): number {
  const random = createRandom(seed);
  const ids = guestsOf(guests).map((g) => g.id);
  const plan = Array.from({ length: rounds }, (_, r) => {
    const order = random.shuffle(ids);
    let at = 0;
    return {
      round: r + 1,
      tables: tables.map((size, t) => {
        const seated = order.slice(at, at + size);
        at += size;
        return { table: t + 1, guests: seated };
      }),
    };
  });
  return rotationStats(ids, tables, plan).distinctPairsMet;
}

const golfers = GOLFERS.map((g) => {
  const { plan, seconds } = solve(g.guests, g.tables, g.rounds);
  return {
    instance: g.name,
    rounds: g.rounds,
    bestKnown: g.bestKnown,
    repeats: plan.stats.repeats,
    roundsWithoutRepeats: plan.stats.roundsWithoutRepeats,
    method: plan.method,
    seconds: Math.round(seconds * 100) / 100,
  };
});

const dinners = DINNERS.map((d) => {
  const { plan, seconds } = solve(d.guests, d.tables, d.rounds);
  const random = median(
    Array.from({ length: 20 }, (_, seed) => randomSeating(d.guests, d.tables, d.rounds, seed + 1)),
  );
  return {
    instance: d.name,
    distinctPairsMet: plan.stats.distinctPairsMet,
    upperBound: plan.stats.distinctPairsUpperBound,
    repeats: plan.stats.repeats,
    repeatsLowerBound: plan.stats.repeatsLowerBound,
    randomSeatingPairs: random,
    method: plan.method,
    seconds: Math.round(seconds * 100) / 100,
  };
});

table(golfers);
table(dinners);
const result = {
  workload: `Social Golfer instances and dinners, seed 1, ${LIMIT_MS / 1000} s limit each`,
  machine: machine(),
  golfers,
  dinners,
  targets: { zeroRepeatsOnAllButStretch: golfers.slice(0, -1).every((g) => g.repeats === 0) },
};
console.log(`wrote ${writeResult('seating', result)}`);
