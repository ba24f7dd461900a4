import { describe, expect, it } from 'vitest';
import { galoisField, primePower } from './galois-field.arithmetic.ts';

describe('primePower', () => {
  it('recognises prime powers and rejects the rest', () => {
    expect(primePower(2)).toEqual({ p: 2, k: 1 });
    expect(primePower(8)).toEqual({ p: 2, k: 3 });
    expect(primePower(9)).toEqual({ p: 3, k: 2 });
    expect(primePower(49)).toEqual({ p: 7, k: 2 });
    expect(primePower(6)).toBeNull();
    expect(primePower(12)).toBeNull();
    expect(primePower(1)).toBeNull();
  });
});

describe('galoisField', () => {
  it.each([2, 3, 4, 5, 7, 8, 9, 16, 25, 27])('GF(%i) satisfies the field axioms', (q) => {
    const f = galoisField(q);
    expect(f).not.toBeNull();
    if (!f) return;
    for (let a = 0; a < q; a++) {
      expect(f.add(a, 0)).toBe(a);
      expect(f.mul(a, 1)).toBe(a);
      expect(f.add(a, f.neg(a))).toBe(0);
      if (a !== 0) {
        // Every non-zero element has exactly one inverse.
        const inverses = Array.from({ length: q }, (_, b) => b).filter((b) => f.mul(a, b) === 1);
        expect(inverses).toHaveLength(1);
      }
      for (let b = 0; b < q; b++) {
        expect(f.add(a, b)).toBe(f.add(b, a));
        expect(f.mul(a, b)).toBe(f.mul(b, a));
        for (let c = 0; c < q; c++) {
          expect(f.mul(a, f.add(b, c))).toBe(f.add(f.mul(a, b), f.mul(a, c)));
          expect(f.mul(a, f.mul(b, c))).toBe(f.mul(f.mul(a, b), c));
        }
      }
    }
  });

  it('refuses orders that are not prime powers', () => {
    expect(galoisField(6)).toBeNull();
    expect(galoisField(10)).toBeNull();
  });
});
