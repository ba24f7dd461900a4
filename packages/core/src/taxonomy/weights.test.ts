import { describe, expect, it } from 'vitest';
import { buildInterestWeights } from './weights.ts';

describe('buildInterestWeights', () => {
  const population = [
    ['hiking', 'chess'],
    ['hiking', 'bookbinding'],
    ['hiking', 'chess', 'hiking'],
    ['running'],
  ];
  const weights = buildInterestWeights(population);

  it('counts the people it was built from', () => {
    expect(weights.populationSize).toBe(4);
  });

  it('uses ln((N + 1) / (df + 1)) + 1, counting a person once per key', () => {
    expect(weights.idf('hiking')).toBeCloseTo(Math.log(5 / 4) + 1, 12);
    expect(weights.idf('chess')).toBeCloseTo(Math.log(5 / 3) + 1, 12);
    expect(weights.idf('bookbinding')).toBeCloseTo(Math.log(5 / 2) + 1, 12);
  });

  it('weighs rarer interests more, and unseen ones most', () => {
    expect(weights.idf('bookbinding')).toBeGreaterThan(weights.idf('chess'));
    expect(weights.idf('chess')).toBeGreaterThan(weights.idf('hiking'));
    expect(weights.idf('never-seen')).toBeCloseTo(Math.log(5) + 1, 12);
    expect(weights.idf('never-seen')).toBeGreaterThan(weights.idf('bookbinding'));
  });

  it('is positive even for an interest everyone has, and for an empty population', () => {
    expect(buildInterestWeights([['a'], ['a']]).idf('a')).toBe(1);
    const empty = buildInterestWeights([]);
    expect(empty.populationSize).toBe(0);
    expect(empty.idf('anything')).toBe(1);
  });

  it('accepts any iterable, read once', () => {
    function* people() {
      yield ['a'];
      yield ['b'];
    }
    expect(buildInterestWeights(people()).populationSize).toBe(2);
  });
});
