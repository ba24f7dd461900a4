import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.ts';

// The plain full-table definition, to check the banded, early-exit version against.
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(boundedEditDistance('running', 'runing', 2)).toBe(1);
    expect(boundedEditDistance('knitting', 'kniting', 2)).toBe(1);
    expect(boundedEditDistance('baking', 'biking', 2)).toBe(1);
    expect(boundedEditDistance('poetry', 'potery', 2)).toBe(1);
    expect(boundedEditDistance('machine learning', 'machne lerning', 2)).toBe(2);
    expect(boundedEditDistance('same', 'same', 1)).toBe(0);
  });

  it('reports max + 1 for anything further than max', () => {
    expect(boundedEditDistance('chess', 'cricket', 2)).toBe(3);
    expect(boundedEditDistance('abc', 'abcdef', 1)).toBe(2);
    expect(boundedEditDistance('', 'ab', 1)).toBe(2);
  });

  it('agrees with the full-table definition wherever it answers', () => {
    const word = fc.stringMatching(/^[abc ]{0,9}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = referenceDistance(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
