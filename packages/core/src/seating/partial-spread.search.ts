/**
 * Partial spreads: k-dimensional subspaces of GF(q)^m that pairwise share only the zero
 * vector. Each one, with its parallel copies (cosets), seats q^m guests at tables of
 * q^k, and two such seatings never put the same pair together twice exactly when their
 * subspaces meet only in zero. Lines (k = 1) always work, all (q^m-1)/(q-1) of them,
 * giving the affine geometries; for larger tables (32 guests at tables of 4 is GF(2)^5
 * with planes) the subspaces are found by a small exact-cover style search with slack.
 */

import type { GaloisField } from './galois-field.arithmetic.ts';

/** A subspace as the list of its points (vector ids, zero included). */
export type Subspace = number[];

/** Vectors of GF(q)^m are numbered by their base-q digits; this adds two of them. */
export function vectorAdd(field: GaloisField, m: number, a: number, b: number): number {
  const q = field.q;
  let out = 0;
  let place = 1;
  for (let i = 0; i < m; i++) {
    out += field.add(a % q, b % q) * place;
    a = Math.floor(a / q);
    b = Math.floor(b / q);
    place *= q;
  }
  return out;
}

function vectorScale(field: GaloisField, m: number, c: number, a: number): number {
  const q = field.q;
  let out = 0;
  let place = 1;
  for (let i = 0; i < m; i++) {
    out += field.mul(c, a % q) * place;
    a = Math.floor(a / q);
    place *= q;
  }
  return out;
}

/** All points of the span of the given basis vectors. */
export function span(field: GaloisField, m: number, basis: readonly number[]): Subspace {
  let points = [0];
  for (const b of basis) {
    const next: number[] = [];
    for (let c = 0; c < field.q; c++) {
      const scaled = vectorScale(field, m, c, b);
      for (const p of points) next.push(vectorAdd(field, m, p, scaled));
    }
    points = next;
  }
  return points;
}

/** Gaussian binomial [m choose k]_q: how many k-dim subspaces GF(q)^m has. */
export function subspaceCount(q: number, m: number, k: number): number {
  let num = 1;
  let den = 1;
  for (let i = 0; i < k; i++) {
    num *= q ** (m - i) - 1;
    den *= q ** (i + 1) - 1;
  }
  return Math.round(num / den);
}

/** Every k-dim subspace, from the reduced row-echelon bases (each subspace once). */
export function allSubspaces(field: GaloisField, m: number, k: number): Subspace[] {
  const q = field.q;
  const out: Subspace[] = [];
  const pivots: number[] = [];
  const choosePivots = (from: number) => {
    if (pivots.length === k) {
      // Free entries: row i, column j > pivot i that is not a pivot column.
      const free: [number, number][] = [];
      pivots.forEach((p, i) => {
        for (let j = p + 1; j < m; j++) if (!pivots.includes(j)) free.push([i, j]);
      });
      const combos = q ** free.length;
      for (let c = 0; c < combos; c++) {
        const rows = pivots.map((p) => new Array<number>(m).fill(0).map((_, j) => (j === p ? 1 : 0)));
        let rest = c;
        for (const [i, j] of free) {
          (rows[i] as number[])[j] = rest % q;
          rest = Math.floor(rest / q);
        }
        const basis = rows.map((row) =>
          row.reduce((acc: number, x: number, j: number) => acc + x * q ** j, 0),
        );
        out.push(span(field, m, basis));
      }
      return;
    }
    for (let p = from; p <= m - (k - pivots.length); p++) {
      pivots.push(p);
      choosePivots(p + 1);
      pivots.pop();
    }
  };
  choosePivots(0);
  return out;
}

export interface SpreadSearchOptions {
  /** Stop once this many subspaces are found. */
  want: number;
  /** Search nodes to spend before settling for the best found (default 200 000). */
  maxNodes?: number;
  /** Refuse geometries with more subspaces than this (default 20 000). */
  maxSubspaces?: number;
}

/**
 * Up to `want` pairwise trivially-intersecting k-dim subspaces of GF(q)^m; fewer when
 * the search budget runs out or no more exist. Deterministic. For k = 1 all lines
 * through the origin qualify and are returned directly.
 */
export function partialSpread(
  field: GaloisField,
  m: number,
  k: number,
  options: SpreadSearchOptions,
): Subspace[] {
  const q = field.q;
  if (k < 1 || k > m) return [];
  if (k === 1) {
    // One representative per direction: the vectors whose last non-zero digit is 1.
    const lines: Subspace[] = [];
    const total = q ** m;
    for (let v = 1; v < total && lines.length < options.want; v++) {
      let x = v;
      let last = 0;
      while (x > 0) {
        if (x % q !== 0) last = x % q;
        x = Math.floor(x / q);
      }
      if (last === 1) lines.push(span(field, m, [v]));
    }
    return lines;
  }
  if (subspaceCount(q, m, k) > (options.maxSubspaces ?? 20_000)) return [];
  const subspaces = allSubspaces(field, m, k);
  const total = q ** m;
  const containing: number[][] = Array.from({ length: total }, () => []);
  subspaces.forEach((s, i) => {
    for (const v of s) if (v !== 0) containing[v]?.push(i);
  });
  const blockSize = q ** k - 1;
  const want = Math.min(options.want, Math.floor((total - 1) / blockSize));
  const covered = new Uint8Array(total);
  covered[0] = 1;
  const chosen: number[] = [];
  let best: number[] = [];
  let nodes = 0;
  const maxNodes = options.maxNodes ?? 200_000;

  // Exact cover with slack: take the lowest uncovered vector and either cover it with a
  // subspace that fits, or leave it out (allowed only `slack` times in total).
  const search = (slack: number): boolean => {
    if (chosen.length > best.length) best = chosen.slice();
    if (chosen.length >= want) return true;
    if (++nodes > maxNodes) return false;
    let v = 1;
    while (v < total && covered[v]) v++;
    if (v >= total) return false;
    for (const i of containing[v] ?? []) {
      const s = subspaces[i] as Subspace;
      if (s.some((x) => x !== 0 && covered[x])) continue;
      for (const x of s) covered[x] = 1;
      chosen.push(i);
      if (search(slack)) return true;
      chosen.pop();
      for (const x of s) if (x !== 0) covered[x] = 0;
      if (nodes > maxNodes) return false;
    }
    if (slack > 0) {
      covered[v] = 1;
      const found = search(slack - 1);
      covered[v] = 0;
      if (found) return true;
    }
    return false;
  };
  search(total - 1 - want * blockSize);
  return best.map((i) => subspaces[i] as Subspace);
}
