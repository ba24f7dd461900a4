import { describe, expect, it } from 'vitest';
import { affineResolution } from './affine-space.construction.ts';
import { galoisField } from './galois-field.arithmetic.ts';
import { KIRKMAN_15, kirkmanResolution } from './kirkman.construction.ts';
import { allSubspaces, partialSpread, subspaceCount } from './partial-spread.search.ts';
import { roundRobinPairs } from './round-robin.construction.ts';
import { transversalResolution } from './transversal.construction.ts';

/** Checks rounds of point blocks: each a partition of 0..points-1 into equal blocks, no pair twice. */
function checkDesign(rounds: readonly (readonly (readonly number[])[])[], points: number, blockSize: number) {
  const met = new Set<number>();
  let repeats = 0;
  for (const round of rounds) {
    const seen = round.flat().sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: points }, (_, i) => i));
    for (const block of round) {
      expect(block).toHaveLength(blockSize);
      for (const a of block) {
        for (const b of block) {
          if (a >= b) continue;
          if (met.has(a * points + b)) repeats++;
          met.add(a * points + b);
        }
      }
    }
  }
  return { repeats, pairs: met.size };
}

describe('affine resolutions', () => {
  it.each([
    // [table size, tables, rounds asked, rounds expected, method]
    [3, 3, 4, 4, 'affine-plane'],
    [4, 4, 5, 5, 'affine-plane'],
    [5, 5, 6, 6, 'affine-plane'],
    [7, 7, 8, 8, 'affine-plane'],
    [8, 8, 9, 9, 'affine-plane'],
    [9, 9, 10, 10, 'affine-plane'],
    [3, 9, 13, 13, 'affine-space'],
    [4, 16, 21, 21, 'affine-space'],
    [2, 8, 15, 15, 'affine-space'],
    [4, 8, 9, 9, 'affine-space'],
  ] as const)(
    '%i x %i tables: %i rounds asked, %i without repeats',
    (size, tables, asked, expected, method) => {
      const res = affineResolution(size, tables, asked);
      expect(res?.method).toBe(method);
      expect(res?.rounds).toHaveLength(expected);
      const { repeats } = checkDesign(res?.rounds ?? [], size * tables, size);
      expect(repeats).toBe(0);
    },
  );

  it('gives every pair exactly once when the resolution is complete (16 guests, 5 rounds)', () => {
    const res = affineResolution(4, 4, 5);
    expect(checkDesign(res?.rounds ?? [], 16, 4).pairs).toBe((16 * 15) / 2);
  });

  it('stops at the largest partial spread for 32 guests at tables of 4 (9 of the 10 the bound allows)', () => {
    expect(affineResolution(4, 8, 10)?.rounds).toHaveLength(9);
  });

  it('declines sizes that are not powers of one prime', () => {
    expect(affineResolution(4, 5, 3)).toBeNull();
    expect(affineResolution(6, 6, 3)).toBeNull();
    expect(affineResolution(4, 1, 3)).toBeNull();
  });
});

describe('partial spreads', () => {
  it('enumerates each subspace once', () => {
    const f = galoisField(2);
    if (!f) throw new Error('GF(2)');
    expect(allSubspaces(f, 4, 2)).toHaveLength(subspaceCount(2, 4, 2));
    expect(subspaceCount(2, 5, 2)).toBe(155);
    const keys = new Set(
      allSubspaces(f, 5, 2).map((s) =>
        s
          .slice()
          .sort((a, b) => a - b)
          .join(','),
      ),
    );
    expect(keys.size).toBe(155);
  });

  it('returns subspaces that meet only in zero', () => {
    const f = galoisField(2);
    if (!f) throw new Error('GF(2)');
    const spread = partialSpread(f, 5, 2, { want: 9 });
    expect(spread).toHaveLength(9);
    const seen = new Set<number>();
    for (const s of spread) {
      for (const v of s) {
        if (v === 0) continue;
        expect(seen.has(v)).toBe(false);
        seen.add(v);
      }
    }
  });
});

describe("Kirkman's schoolgirls", () => {
  it('seats 15 guests at 5 tables of 3 for 7 rounds, every pair exactly once', () => {
    const { repeats, pairs } = checkDesign(KIRKMAN_15, 15, 3);
    expect(repeats).toBe(0);
    expect(pairs).toBe(105);
  });

  it('applies only to five tables of three', () => {
    expect(kirkmanResolution(3, 5, 3)).toHaveLength(3);
    expect(kirkmanResolution(3, 6, 3)).toBeNull();
  });
});

describe('transversal designs', () => {
  it.each([
    [4, 5],
    [5, 8],
    [6, 8],
    [3, 9],
    [7, 11],
    [5, 7],
  ])('%i guests a table at %i tables: as many rounds as tables, no pair twice', (size, tables) => {
    const rounds = transversalResolution(size, tables, 100) ?? [];
    expect(rounds).toHaveLength(tables);
    expect(checkDesign(rounds, size * tables, size).repeats).toBe(0);
  });

  it('needs a prime-power number of tables, at least as many as seats a table', () => {
    expect(transversalResolution(4, 6, 3)).toBeNull();
    expect(transversalResolution(6, 5, 3)).toBeNull();
  });
});

describe('round-robin pairs', () => {
  it.each([2, 4, 10, 16, 30])('%i guests meet everyone once over n-1 rounds', (n) => {
    const rounds = roundRobinPairs(n, n - 1) ?? [];
    expect(rounds).toHaveLength(n - 1);
    const { repeats, pairs } = checkDesign(rounds, n, 2);
    expect(repeats).toBe(0);
    expect(pairs).toBe((n * (n - 1)) / 2);
  });

  it('needs an even number of points', () => {
    expect(roundRobinPairs(7, 3)).toBeNull();
  });
});
