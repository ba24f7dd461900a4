import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRotationModel } from './rotation.model.ts';
import { forcedRepeats, repeatsLowerBound, rotationStats, roundsBound } from './rotation.stats.ts';
import { pairCounts } from './rotation.test-support.ts';
import type { PlanRound } from './seating.types.ts';

const round = (r: number, tables: string[][]): PlanRound => ({
  round: r,
  tables: tables.map((guests, t) => ({ table: t + 1, guests })),
});

describe('rotationStats', () => {
  it('counts pairs, repeats and per-guest repeats on a small hand-made plan', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const rounds = [
      round(1, [
        ['a', 'b'],
        ['c', 'd'],
      ]),
      round(2, [
        ['a', 'c'],
        ['b', 'd'],
      ]),
      round(3, [
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ];
    const s = rotationStats(ids, [2, 2], rounds);
    expect(s).toMatchObject({
      rounds: 3,
      guests: 4,
      tables: 2,
      seats: 4,
      pairMeetings: 6,
      repeats: 2,
      distinctPairsMet: 4,
      possiblePairs: 6,
      maxRepeatsPerGuest: 1,
      guestsWithRepeats: 4,
      roundsWithoutRepeats: 2,
      classicBound: 3,
      roundsBeyondBound: 0,
    });
    expect(s.bound).toMatchObject({ rounds: 3, rule: 'per-guest' });
  });

  it('agrees with an independent recount on random plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 1000 })),
        (n, tableCount, R, stream) => {
          const ids = Array.from({ length: n }, (_, i) => `p${i}`);
          const caps = Array.from({ length: tableCount }, () => Math.ceil(n / tableCount));
          const it = stream[Symbol.iterator]();
          const rounds = Array.from({ length: R }, (_, r) => {
            const tables: string[][] = caps.map(() => []);
            const order = ids.slice().sort(() => ((it.next().value as number) % 3) - 1);
            let t = 0;
            for (const id of order) {
              while ((tables[t] as string[]).length >= (caps[t] as number)) t = (t + 1) % tableCount;
              (tables[t] as string[]).push(id);
              t = (t + ((it.next().value as number) % tableCount)) % tableCount;
            }
            return round(r + 1, tables);
          });
          const s = rotationStats(ids, caps, rounds);
          const counts = pairCounts(rounds);
          let meetings = 0;
          let repeats = 0;
          const perGuest = new Map<string, number>();
          for (const [key, m] of counts) {
            meetings += m;
            repeats += m - 1;
            for (const id of key.split('|')) perGuest.set(id, (perGuest.get(id) ?? 0) + m - 1);
          }
          expect(s.pairMeetings).toBe(meetings);
          expect(s.repeats).toBe(repeats);
          expect(s.distinctPairsMet).toBe(counts.size);
          expect(s.maxRepeatsPerGuest).toBe(Math.max(0, ...perGuest.values()));
          expect(s.possiblePairs).toBe((n * (n - 1)) / 2);
          expect(s.repeats).toBeGreaterThanOrEqual(s.repeatsLowerBound);
          expect(s.distinctPairsMet).toBeLessThanOrEqual(s.distinctPairsUpperBound);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('roundsBound', () => {
  it('uses floor((n-1)/(s-1)) for full, equal tables', () => {
    expect(roundsBound(16, [[4, 4, 4, 4]])).toMatchObject({ rounds: 5, rule: 'per-guest' });
    expect(roundsBound(32, [Array(8).fill(4)])).toMatchObject({ rounds: 10, rule: 'per-guest' });
    expect(roundsBound(15, [[3, 3, 3, 3, 3]]).explanation).toBe(
      'Each guest meets 2 new people a round and has 14 others to meet, so at most 7 rounds can pass before someone meets a person again.',
    );
  });

  it('counts pairs for uneven head counts', () => {
    // 30 guests at eight tables of 4: six full tables and two of three, 42 pairs a round.
    const b = roundsBound(30, [[4, 4, 4, 4, 4, 4, 3, 3]]);
    expect(b).toMatchObject({ rounds: 10, rule: 'pair-count' });
    expect(b.explanation).toContain('42 pairs share a table and there are 435 possible pairs');
  });

  it('knows that tables larger than the number of tables force a repeat in round 2', () => {
    expect(roundsBound(22, [[6, 6, 5, 5]])).toMatchObject({ rounds: 1, rule: 'table-count' });
    expect(roundsBound(20, [[5, 5, 5, 5]])).toMatchObject({ rounds: 1, rule: 'table-count' });
  });
});

describe('repeatsLowerBound', () => {
  it('is the pigeonhole count from round 2 on', () => {
    // Tables of 6 drawing from 4 tables: at least 2 pairs each; tables of 5: at least 1.
    expect(repeatsLowerBound(22, [[6, 6, 5, 5]])).toBe(0);
    const three = [
      [6, 6, 5, 5],
      [6, 6, 5, 5],
      [6, 6, 5, 5],
    ];
    expect(repeatsLowerBound(22, three)).toBe(12);
    expect(repeatsLowerBound(16, [Array(4).fill(4), Array(4).fill(4)])).toBe(0);
  });

  it('counts meetings beyond all possible pairs', () => {
    // 12 guests at three tables of 4 for 6 rounds: 108 meetings, 66 pairs.
    expect(repeatsLowerBound(12, Array(6).fill([4, 4, 4]))).toBe(42);
  });
});

describe('forcedRepeats', () => {
  it('counts pairs the rules seat together more than once', () => {
    const model = buildRotationModel({
      guests: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id })),
      tables: [3, 3],
      rounds: 3,
      constraints: {
        keepTogether: [
          { guests: ['a', 'b'], mode: 'always' },
          { guests: ['c', 'd'], mode: 'first-round' },
        ],
        pinned: [
          { guest: 'e', table: 2 },
          { guest: 'f', table: 2, rounds: [1, 2] },
        ],
      },
    });
    // a-b: 3 rounds (2 repeats); e-f: rounds 1 and 2 at table 2 (1 repeat); c-d: once.
    expect(forcedRepeats(model)).toBe(3);
  });
});
