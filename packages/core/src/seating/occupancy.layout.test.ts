import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedOccupancy, fitPinnedLoad } from './occupancy.layout.ts';

describe('balancedOccupancy', () => {
  it('spreads guests in proportion to seats', () => {
    expect(balancedOccupancy(30, Array(8).fill(4))).toEqual([4, 4, 4, 4, 4, 4, 3, 3]);
    expect(balancedOccupancy(22, [6, 6, 5, 5])).toEqual([6, 6, 5, 5]);
    expect(balancedOccupancy(12, [10, 10, 10])).toEqual([4, 4, 4]);
  });

  it('leaves tables empty rather than seating anyone alone', () => {
    expect(balancedOccupancy(6, Array(5).fill(2))).toEqual([2, 2, 2, 0, 0]);
    expect(balancedOccupancy(5, [10, 2, 2])).toEqual([3, 2, 0]);
  });

  it('always seats everyone within capacity, and nobody alone when avoidable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (caps, k) => {
          const seats = caps.reduce((s, c) => s + c, 0);
          const n = 1 + (k % seats);
          const occ = balancedOccupancy(n, caps);
          expect(occ.reduce((s, o) => s + o, 0)).toBe(n);
          occ.forEach((o, t) => {
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThanOrEqual(caps[t] as number);
          });
          if (n >= 2 && caps.some((c) => c >= 2)) {
            // A lone guest only where every table with room for two is already in use.
            const lonely = occ.filter((o) => o === 1).length;
            expect(lonely).toBeLessThanOrEqual(caps.filter((c) => c === 1).length + (n % 2));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fitPinnedLoad', () => {
  it('raises a table to its pinned load, taking seats from the roomiest', () => {
    expect(fitPinnedLoad([3, 3, 3], [5, 5, 5], [5, 0, 1])).toEqual([5, 2, 2]);
  });
});
