import { describe, expect, it } from 'vitest';
import { createRandom } from './prng.ts';

describe('createRandom', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in range and shuffles to a permutation', () => {
    const r = createRandom('x');
    for (let i = 0; i < 1000; i++) {
      const v = r.int(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
    }
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(r.shuffle(items).sort()).toEqual(items);
  });

  it('forks reproducibly without touching the parent stream', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    a.fork('sub').next();
    expect(a.next()).toBe(b.next());
    expect(createRandom(1).fork('sub').next()).toBe(createRandom(1).fork('sub').next());
  });
});
