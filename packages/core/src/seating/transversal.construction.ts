/**
 * Zero-repeat rotations for t tables of s guests whenever t is a prime power and s <= t
 * (40 guests at eight tables of 5, 48 at eight of 6, 20 at five of 4): a resolvable
 * transversal design built from GF(t). Give each guest a first-round table i and a seat
 * j (a distinct field element per seat); in round k they sit at table i + k*j. Two guests
 * in different seats j != j' share a table in round k exactly when i - i' = k (j' - j),
 * which one k solves; guests in the same seat never meet. So t rounds, no pair twice.
 */

import { galoisField } from './galois-field.arithmetic.ts';

/**
 * Up to t rounds for `tableCount` = t tables of `tableSize` = s, over points i*s + j;
 * null when t is not a prime power or s > t.
 */
export function transversalResolution(
  tableSize: number,
  tableCount: number,
  rounds: number,
): number[][][] | null {
  const s = tableSize;
  const t = tableCount;
  if (s < 2 || t < 2 || s > t || rounds < 1) return null;
  const field = galoisField(t);
  if (!field) return null;
  const out: number[][][] = [];
  for (let k = 0; k < Math.min(t, rounds); k++) {
    const tables: number[][] = Array.from({ length: t }, () => []);
    for (let i = 0; i < t; i++) {
      for (let j = 0; j < s; j++) {
        const table = field.add(i, field.mul(k, j));
        (tables[table] as number[]).push(i * s + j);
      }
    }
    out.push(tables);
  }
  return out;
}
