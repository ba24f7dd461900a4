import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRotationRequest } from './constraints.validate.ts';
import { verifyRotationPlan } from './plan.verify.ts';
import { planRotation } from './rotation.engine.ts';
import { guestsOf, pairCounts, repeatsOf, shapeProblems, tableOfIn } from './rotation.test-support.ts';
import { SeatingError } from './seating.error.ts';
import type { RotationPlan, RotationRequest } from './seating.types.ts';

/** Plans and checks the result against the request, independently of the engine. */
function plan(req: RotationRequest): RotationPlan {
  const result = planRotation(req);
  expect(shapeProblems(result, req.guests, req.tables)).toEqual([]);
  expect(verifyRotationPlan(req, result.rounds)).toEqual([]);
  expect(result.stats.repeats).toBe(repeatsOf(result.rounds));
  expect(result.stats.distinctPairsMet).toBe(pairCounts(result.rounds).size);
  return result;
}

const equal = (k: number, s: number) => Array.from({ length: k }, () => s);

describe('exact constructions', () => {
  it.each([
    [16, 4, 4, 5, 'affine-plane'],
    [9, 3, 3, 4, 'affine-plane'],
    [25, 5, 5, 6, 'affine-plane'],
    [49, 7, 7, 8, 'affine-plane'],
    [15, 5, 3, 7, 'kirkman'],
    [32, 8, 4, 9, 'affine-space'],
    [27, 9, 3, 13, 'affine-space'],
    [12, 6, 2, 11, 'round-robin'],
    [40, 8, 5, 8, 'transversal-design'],
    [20, 5, 4, 5, 'transversal-design'],
  ] as const)('%i guests at %i tables of %i: %i rounds, nobody meets twice (%s)', (n, t, s, R, method) => {
    const result = plan({ guests: guestsOf(n), tables: equal(t, s), rounds: R });
    expect(result.method).toBe(method);
    expect(result.stats.repeats).toBe(0);
    expect(result.stats.roundsWithoutRepeats).toBe(R);
    expect(result.iterations).toBe(0);
  });

  it('every pair meets exactly once in a complete resolution', () => {
    const result = plan({ guests: guestsOf(16), tables: equal(4, 4), rounds: 5 });
    expect(result.stats.distinctPairsMet).toBe(120);
    expect(result.stats.bound).toMatchObject({ rounds: 5, rule: 'per-guest' });
    expect(result.stats.roundsBeyondBound).toBe(0);
  });

  it('copes with a few empty seats (14 guests at four tables of 4)', () => {
    const result = plan({ guests: guestsOf(14), tables: equal(4, 4), rounds: 5 });
    expect(result.method).toBe('affine-plane');
    expect(result.stats.repeats).toBe(0);
  });

  it('gives an odd guest list at tables of two a table to themselves in turn', () => {
    const result = plan({ guests: guestsOf(11), tables: equal(6, 2), rounds: 11 });
    expect(result.method).toBe('round-robin');
    expect(result.stats.repeats).toBe(0);
    expect(result.stats.distinctPairsMet).toBe(55);
  });

  it('fits a pinned host, keep-apart pairs and first-round companions onto the geometry', () => {
    const guests = guestsOf(16);
    const req: RotationRequest = {
      guests,
      tables: equal(4, 4),
      rounds: 3,
      constraints: {
        pinned: [
          { guest: 'g1', table: 1 },
          { guest: 'g2', table: 2 },
        ],
        keepApart: [{ guests: ['g3', 'g4'] }, { guests: ['g5', 'g6', 'g7'] }],
        keepTogether: [{ guests: ['g8', 'g9'], mode: 'first-round' }],
      },
    };
    const result = plan(req);
    expect(result.method).toBe('affine-plane');
    expect(result.stats.repeats).toBe(0);
    for (const round of result.rounds) {
      expect(tableOfIn(round).get('g1')).toBe(1);
      expect(tableOfIn(round).get('g2')).toBe(2);
    }
  });
});

describe('search', () => {
  it.each([
    [32, 8, 4, 4],
    [32, 8, 4, 5],
    [32, 8, 4, 6],
    [20, 5, 4, 5],
    [36, 6, 6, 3],
  ])('%i guests at %i tables of %i reach %i rounds without repeats', (n, t, s, R) => {
    const result = plan({
      guests: guestsOf(n),
      tables: equal(t, s),
      rounds: R,
      searchOnly: true,
      maxIterations: 20_000,
    });
    expect(result.method).toBe('search');
    expect(result.stats.repeats).toBe(0);
  });

  it('continues past a partial construction when more rounds are asked than it has', () => {
    // 30 guests at eight tables of 4: the geometry gives 9 rounds; round 10 is searched.
    const result = plan({ guests: guestsOf(30), tables: equal(8, 4), rounds: 10, maxIterations: 5_000 });
    expect(result.method).toBe('search');
    expect(result.notes[0]).toContain('gives 9 rounds without repeats');
  });

  it('finds the fewest repeats the tables allow when repeats cannot be avoided', () => {
    // Four tables, two of 6 and two of 5: from round 2 on at least 6 repeats a round.
    const result = plan({ guests: guestsOf(22), tables: [6, 6, 5, 5], rounds: 3, maxIterations: 5_000 });
    expect(result.stats.bound.rule).toBe('table-count');
    expect(result.stats.repeatsLowerBound).toBe(12);
    expect(result.stats.repeats).toBe(12);
    expect(result.stats.distinctPairsMet).toBe(result.stats.distinctPairsUpperBound);
  });

  it('spreads unavoidable repeats fairly', () => {
    // 12 guests at three tables of 4 for 6 rounds: 108 meetings among 66 pairs, so at
    // least 42 repeats, 7 per guest on average; nobody should carry more than that.
    const result = plan({ guests: guestsOf(12), tables: equal(3, 4), rounds: 6, maxIterations: 2_000 });
    expect(result.stats.roundsBeyondBound).toBeGreaterThan(0);
    expect(result.stats.repeats).toBe(42);
    expect(result.stats.maxRepeatsPerGuest).toBe(7);
  });

  it('keeps couples together every round and counts their repeats as forced', () => {
    const req: RotationRequest = {
      guests: guestsOf(24),
      tables: equal(6, 4),
      rounds: 4,
      maxIterations: 20_000,
      constraints: {
        keepTogether: [
          { guests: ['g1', 'g2'], mode: 'always' },
          { guests: ['g3', 'g4'], mode: 'always' },
        ],
        keepApart: [{ guests: ['g5', 'g6'] }],
        pinned: [{ guest: 'g24', table: 1, rounds: [1, 3] }],
      },
    };
    const result = plan(req);
    expect(result.method).toBe('search');
    expect(result.stats.forcedRepeats).toBe(6);
    expect(result.stats.repeats).toBe(6);
    expect(
      result.notes.some((n) => n.includes('6 of the repeats come from guests who must sit together')),
    ).toBe(true);
  });

  it('honours rules on uneven tables', () => {
    const guests = guestsOf(22);
    const result = plan({
      guests,
      tables: [6, 6, 5, 5],
      rounds: 3,
      maxIterations: 10_000,
      constraints: {
        pinned: [
          { guest: 'g1', table: 1 },
          { guest: 'g2', table: 3, rounds: [2] },
        ],
        keepTogether: [{ guests: ['g3', 'g4', 'g5'], mode: 'first-round' }],
        keepApart: [{ guests: ['g6', 'g7', 'g8'] }, { guests: ['g1', 'g9'] }],
      },
    });
    expect(result.rounds.every((r) => tableOfIn(r).get('g1') === 1)).toBe(true);
  });

  it('reports keep-apart rules it cannot satisfy, naming the pair', () => {
    const guests = guestsOf(4);
    const run = () =>
      planRotation({
        guests,
        tables: [2, 2],
        rounds: 1,
        maxIterations: 500,
        constraints: {
          keepApart: [{ guests: ['g1', 'g2'] }, { guests: ['g1', 'g3'] }, { guests: ['g1', 'g4'] }],
        },
      });
    expect(run).toThrow(SeatingError);
    expect(run).toThrow(/Could not keep "Guest 1" and "Guest \d" apart \(keep-apart rule \d\)/);
  });

  it('stops when asked, still with a valid plan', () => {
    const result = plan({
      guests: guestsOf(32),
      tables: equal(8, 4),
      rounds: 9,
      searchOnly: true,
      shouldStop: () => true,
    });
    expect(result.notes).toContain('The search stopped at the time limit; this is the best plan it found.');
  });
});

describe('determinism', () => {
  const req = (seed: number): RotationRequest => ({
    guests: guestsOf(20),
    tables: [6, 5, 5, 4],
    rounds: 4,
    seed,
    maxIterations: 3_000,
    constraints: { keepApart: [{ guests: ['g1', 'g2'] }], pinned: [{ guest: 'g3', table: 2 }] },
  });

  it('gives the same plan for the same seed and budget', () => {
    expect(planRotation(req(7))).toEqual(planRotation(req(7)));
  });

  it('gives another plan for another seed', () => {
    expect(planRotation(req(7)).rounds).not.toEqual(planRotation(req(8)).rounds);
  });

  it('produces plain JSON', () => {
    const result = planRotation(req(1));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('every plan is valid', () => {
  it('for random guest counts, tables and rounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        fc.integer({ min: 0, max: 1000 }),
        (tables, rounds, k, seed) => {
          const seats = tables.reduce((s, c) => s + c, 0);
          const n = 1 + (k % seats);
          const req: RotationRequest = { guests: guestsOf(n), tables, rounds, seed, maxIterations: 300 };
          const result = plan(req);
          expect(result.stats.rounds).toBe(rounds);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('for random rules, whenever the rules are consistent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 24 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.nat())), { maxLength: 3 }),
        (n, tableCount, rounds, together, apart, pins) => {
          const size = Math.ceil(n / tableCount) + 1;
          const id = (i: number) => `g${(i % n) + 1}`;
          const req: RotationRequest = {
            guests: guestsOf(n),
            tables: Array.from({ length: tableCount }, () => size),
            rounds,
            maxIterations: 500,
            constraints: {
              keepTogether: together.map(([a, b, always]) => ({
                guests: [id(a), id(b)],
                mode: always ? 'always' : 'first-round',
              })),
              keepApart: apart.map(([a, b]) => ({ guests: [id(a), id(b)] })),
              pinned: pins.map(([g, t, r]) => ({
                guest: id(g),
                table: (t % tableCount) + 1,
                ...(r === null ? {} : { rounds: [(r % rounds) + 1] }),
              })),
            },
          };
          fc.pre(validateRotationRequest(req).length === 0);
          try {
            plan(req);
          } catch (error) {
            // The only acceptable failures are the engine's own, explained ones.
            expect(error).toBeInstanceOf(SeatingError);
            expect(['apart_unsatisfiable', 'no_room_for_group']).toContain((error as SeatingError).code);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
