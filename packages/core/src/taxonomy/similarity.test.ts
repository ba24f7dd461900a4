import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interestSimilarity } from './similarity.ts';
import { buildInterestWeights } from './weights.ts';

const KEYS = [
  'hiking',
  'chess',
  'bookbinding',
  'running',
  'rust',
  'baking',
  'custom:sourdough-baking',
  'jazz',
];

// A population in which each key has a different frequency: "hiking" common, "jazz" rare.
const population = KEYS.flatMap((key, i) => Array.from({ length: (KEYS.length - i) * 3 }, () => [key]));
const weights = buildInterestWeights(population);
const keySet = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: KEYS.length });

describe('interestSimilarity', () => {
  it('is 0 with nothing shared or an empty side', () => {
    expect(interestSimilarity(['hiking'], ['chess'], weights)).toEqual({ score: 0, shared: [] });
    expect(interestSimilarity([], ['chess'], weights)).toEqual({ score: 0, shared: [] });
    expect(interestSimilarity(['chess'], [], weights)).toEqual({ score: 0, shared: [] });
  });

  it('is the cosine of the idf-weighted sets and explains itself', () => {
    const a = ['hiking', 'chess', 'jazz'];
    const b = ['chess', 'jazz', 'running'];
    const w = (key: string) => weights.idf(key) ** 2;
    const norm = Math.sqrt((w('hiking') + w('chess') + w('jazz')) * (w('chess') + w('jazz') + w('running')));
    const result = interestSimilarity(a, b, weights);
    expect(result.score).toBeCloseTo((w('chess') + w('jazz')) / norm, 12);
    expect(result.shared.map((s) => s.key)).toEqual(['jazz', 'chess']);
    expect(result.shared[0]).toMatchObject({ label: 'Jazz' });
    expect(result.shared[0]?.weight).toBeCloseTo(w('jazz') / norm, 12);
  });

  it('labels custom interests from their key', () => {
    const result = interestSimilarity(
      ['custom:sourdough-baking'],
      ['custom:sourdough-baking', 'chess'],
      weights,
    );
    expect(result.shared).toEqual([
      { key: 'custom:sourdough-baking', label: 'Sourdough baking', weight: expect.any(Number) },
    ]);
  });

  it('counts duplicate keys once', () => {
    expect(interestSimilarity(['chess', 'chess'], ['chess'], weights).score).toBe(1);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(keySet, keySet, (a, b) => {
        expect(interestSimilarity(a, b, weights)).toEqual(interestSimilarity(b, a, weights));
      }),
    );
  });

  it('stays within [0, 1] and its shared weights add up to the score', () => {
    fc.assert(
      fc.property(keySet, keySet, (a, b) => {
        const { score, shared } = interestSimilarity(a, b, weights);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(shared.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(score, 9);
        for (let i = 1; i < shared.length; i++) {
          expect((shared[i - 1]?.weight ?? 0) >= (shared[i]?.weight ?? 0)).toBe(true);
        }
      }),
    );
  });

  it('gives exactly 1 for the same non-empty set in any order', () => {
    fc.assert(
      fc.property(
        keySet.filter((keys) => keys.length > 0),
        (keys) => {
          expect(interestSimilarity(keys, [...keys].reverse(), weights).score).toBe(1);
        },
      ),
    );
  });

  it('rises more for a rare shared interest than for a common one', () => {
    const [rare, common] = ['jazz', 'hiking'];
    const base = fc.uniqueArray(fc.constantFrom(...KEYS.filter((k) => k !== rare && k !== common)), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(base, base, (a, b) => {
        // Already identical sets are at the ceiling: nothing can raise them.
        fc.pre(interestSimilarity(a, b, weights).score < 1);
        const withRare = interestSimilarity([...a, rare], [...b, rare], weights).score;
        const withCommon = interestSimilarity([...a, common], [...b, common], weights).score;
        expect(weights.idf(rare)).toBeGreaterThan(weights.idf(common));
        expect(withRare).toBeGreaterThan(withCommon);
      }),
    );
  });
});
