/**
 * Zero-repeat rotations from finite geometry. Put the guests on the points of GF(q)^m
 * and, each round, seat together the points of one family of parallel flats (a
 * subspace and its translates). Two rounds never seat a pair together twice when
 * their subspaces meet only in zero. With q^2 guests at q tables of q this is the
 * affine plane AG(2,q): q+1 rounds, every pair meeting exactly once (16 guests at
 * tables of 4 for 5 rounds, 25/5 for 6, 49/7 for 8). Higher dimensions cover e.g.
 * 27 guests at tables of 3 (13 rounds) and 32 at tables of 4 (9 rounds, planes of
 * GF(2)^5). Points here are plain numbers; the engine maps them onto guests.
 */

import { type GaloisField, galoisField, primePower } from './galois-field.arithmetic.ts';
import { partialSpread, type Subspace, vectorAdd } from './partial-spread.search.ts';

export interface AffineResolution {
  method: 'affine-plane' | 'affine-space';
  q: number;
  m: number;
  k: number;
  /** Per round, the tables as lists of points 0..q^m-1. */
  rounds: number[][][];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The parallel class of a subspace: its translates, ordered by their smallest point. */
function parallelClass(field: GaloisField, m: number, subspace: Subspace): number[][] {
  const total = field.q ** m;
  const seen = new Uint8Array(total);
  const blocks: number[][] = [];
  for (let x = 0; x < total; x++) {
    if (seen[x]) continue;
    const block = subspace.map((s) => vectorAdd(field, m, x, s)).sort((a, b) => a - b);
    for (const y of block) seen[y] = 1;
    blocks.push(block);
  }
  return blocks;
}

/**
 * Up to `rounds` zero-repeat rounds for `tableCount` tables of `tableSize`, when
 * tableSize = q^k and tableSize * tableCount = q^m for a prime power q; null when the
 * sizes are not of that form or the geometry is too large to search. May return fewer
 * rounds than asked: as many as the geometry (and the search budget) allow.
 */
export function affineResolution(
  tableSize: number,
  tableCount: number,
  rounds: number,
): AffineResolution | null {
  if (tableCount < 2 || tableSize < 2 || rounds < 1) return null;
  const inner = primePower(tableSize);
  const outer = primePower(tableSize * tableCount);
  if (!inner || !outer || inner.p !== outer.p) return null;
  const p = inner.p;
  const common = gcd(inner.k, outer.k);
  let best: AffineResolution | null = null;
  // Larger fields first: they give lines (k = 1), which always resolve completely.
  for (let c = common; c >= 1; c--) {
    if (common % c !== 0) continue;
    const q = p ** c;
    const m = outer.k / c;
    const k = inner.k / c;
    const field = galoisField(q);
    if (!field) continue;
    const spread = partialSpread(field, m, k, { want: rounds });
    if (spread.length === 0) continue;
    const resolution: AffineResolution = {
      method: m === 2 && k === 1 ? 'affine-plane' : 'affine-space',
      q,
      m,
      k,
      rounds: spread.map((s) => parallelClass(field, m, s)),
    };
    if (!best || resolution.rounds.length > best.rounds.length) best = resolution;
    if (best.rounds.length >= rounds) break;
  }
  return best;
}
