import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/prng.ts';
import type { RoundSeats } from './rotation.greedy.ts';
import { tabuSearch } from './tabu.search.ts';

/** A naive recount of the search's cost terms. */
function recount(rounds: readonly RoundSeats[], n: number, apart: Uint8Array) {
  const meet = new Map<number, number>();
  let clashes = 0;
  for (const round of rounds) {
    for (const table of round) {
      for (const a of table) {
        for (const b of table) {
          if (a >= b) continue;
          meet.set(a * n + b, (meet.get(a * n + b) ?? 0) + 1);
          clashes += apart[a * n + b] as number;
        }
      }
    }
  }
  const rep = new Array<number>(n).fill(0);
  let repeats = 0;
  for (const [key, m] of meet) {
    if (m < 2) continue;
    repeats += m - 1;
    const a = Math.floor(key / n);
    const b = key % n;
    rep[a] = (rep[a] as number) + m - 1;
    rep[b] = (rep[b] as number) + m - 1;
  }
  return { clashes, repeats, spread: rep.reduce((s, r) => s + r * r, 0) };
}

/** Rounds that seat guests 0..n-1 in order at tables of the given sizes. */
function plainRounds(sizes: readonly number[], rounds: number): RoundSeats[] {
  return Array.from({ length: rounds }, () => {
    let next = 0;
    return sizes.map((s) => Array.from({ length: s }, () => next++));
  });
}

describe('tabuSearch', () => {
  it('reports the true cost of the plan it returns, keeps head counts, and never moves fixed guests', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (sizes, R, pairs, seed) => {
          const n = sizes.reduce((s, k) => s + k, 0);
          const apart = new Uint8Array(n * n);
          for (const [x, y] of pairs) {
            const a = x % n;
            const b = y % n;
            if (a === b) continue;
            apart[a * n + b] = 1;
            apart[b * n + a] = 1;
          }
          const movable = Array.from({ length: R }, () => new Uint8Array(n).fill(1));
          // Guest 0 stays put in round 1.
          (movable[0] as Uint8Array)[0] = 0;
          const initial = plainRounds(sizes, R);
          const result = tabuSearch(initial, {
            n,
            tableCount: sizes.length,
            apart,
            movable,
            random: createRandom(seed),
            maxIterations: 200,
          });
          expect(result.cost).toEqual(recount(result.rounds, n, apart));
          result.rounds.forEach((round) => {
            expect(round.map((t) => t.length)).toEqual(sizes);
            expect(round.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
          });
          expect(result.rounds[0]?.[0]).toContain(0);
          expect(initial).toEqual(plainRounds(sizes, R));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('solves an easy instance and says so', () => {
    const result = tabuSearch(plainRounds([4, 4, 4, 4], 3), {
      n: 16,
      tableCount: 4,
      apart: new Uint8Array(256),
      movable: Array.from({ length: 3 }, () => new Uint8Array(16).fill(1)),
      random: createRandom(1),
      maxIterations: 10_000,
    });
    expect(result.ended).toBe('solved');
    expect(result.cost.repeats).toBe(0);
  });

  it('stops when asked, without reading any clock itself', () => {
    let asked = 0;
    // Twelve guests at three tables of 4 cannot go six rounds without repeats.
    const result = tabuSearch(plainRounds([4, 4, 4], 6), {
      n: 12,
      tableCount: 3,
      apart: new Uint8Array(144),
      movable: Array.from({ length: 6 }, () => new Uint8Array(12).fill(1)),
      random: createRandom(1),
      maxIterations: 1_000_000,
      shouldStop: () => ++asked > 2,
    });
    expect(result.ended).toBe('stopped');
    expect(result.iterations).toBeLessThanOrEqual(3 * 64);
  });
});
