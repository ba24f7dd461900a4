/**
 * Fitting host rules onto an exact construction. A construction fixes which points
 * share a table, not which guest is which point: any relabelling keeps zero repeats.
 * So a pin, a keep-apart, or a first-round companion can often be honoured by choosing
 * the labels well: kept-apart guests on points that never share a table, companions
 * on points that share one in round 1. Guests pinned to a table only need their
 * point's table to be numbered accordingly, which the caller does; here they become
 * "same table" or "different table" pairs. Also spreads empty seats (phantom points)
 * so nobody is left alone. A small min-conflicts search over label swaps does it.
 */

import type { Random } from '../random/prng.ts';
import type { RotationModel } from './rotation.model.ts';

interface PairRule {
  a: number;
  b: number;
  round: number;
  /** 0: must share a table; 1: must not; 2: would rather not (two empty seats). */
  kind: 0 | 1 | 2;
}

/** Per round, which pairs of items (guests, then phantoms) must or must not share a table. */
function pairRules(model: RotationModel, items: number, tableSize: number): PairRule[] | null {
  const { n } = model;
  const rules: PairRule[] = [];
  const togetherRounds = new Map<number, number>();
  for (let r = 0; r < model.rounds; r++) {
    const pin = model.pin[r] as Int32Array;
    for (const unit of model.units[r] ?? []) {
      const [first, ...rest] = unit.members;
      for (const g of rest) rules.push({ a: first as number, b: g, round: r, kind: 0 });
    }
    const pinned: number[] = [];
    for (let g = 0; g < n; g++) if ((pin[g] as number) >= 0) pinned.push(g);
    for (let i = 0; i < pinned.length; i++) {
      for (let j = i + 1; j < pinned.length; j++) {
        const a = pinned[i] as number;
        const b = pinned[j] as number;
        rules.push({ a, b, round: r, kind: pin[a] === pin[b] ? 0 : 1 });
      }
    }
    for (const { a, b } of model.apartPairs) rules.push({ a, b, round: r, kind: 1 });
    // At tables of three, two empty seats together leave someone alone; at larger tables
    // it takes more empty seats than the layouts we accept ever put at one table.
    if (tableSize === 3) {
      for (let a = n; a < items; a++)
        for (let b = a + 1; b < items; b++) rules.push({ a, b, round: r, kind: 2 });
    }
  }
  for (const rule of rules) {
    if (rule.kind !== 0) continue;
    const key = Math.min(rule.a, rule.b) * items + Math.max(rule.a, rule.b);
    const seen = togetherRounds.get(key);
    // A pair that must share a table twice is a repeat no construction can avoid.
    if (seen !== undefined && seen !== rule.round) return null;
    togetherRounds.set(key, rule.round);
  }
  return rules;
}

/**
 * A map from items (guests 0..n-1, then empty seats n..points-1) to points such that
 * every hard rule holds in the given rounds, or null when the search cannot find one
 * within its budget. Empty seats are kept apart where possible.
 */
export function relabelForRules(
  model: RotationModel,
  design: readonly (readonly (readonly number[])[])[],
  points: number,
  tableSize: number,
  random: Random,
  maxSteps = 20_000,
): number[] | null {
  const perm = random.shuffle(Array.from({ length: points }, (_, i) => i));
  const rules = pairRules(model, points, tableSize);
  if (!rules) return null;
  const active = rules.filter((rule) => rule.round < design.length);
  if (active.length === 0) return perm;
  const blockOf = design.map((round) => {
    const of = new Int32Array(points);
    round.forEach((block, t) => {
      for (const p of block) of[p] = t;
    });
    return of;
  });
  const byItem: number[][] = Array.from({ length: points }, () => []);
  active.forEach((rule, i) => {
    byItem[rule.a]?.push(i);
    byItem[rule.b]?.push(i);
  });
  const broken = (rule: PairRule) => {
    const of = blockOf[rule.round] as Int32Array;
    const same = of[perm[rule.a] as number] === of[perm[rule.b] as number];
    return rule.kind === 0 ? !same : same;
  };
  /** [hard, soft] broken among the rules touching x or y. */
  const local = (x: number, y: number): [number, number] => {
    let hard = 0;
    let soft = 0;
    const seen = new Set<number>();
    for (const i of [...(byItem[x] ?? []), ...(byItem[y] ?? [])]) {
      if (seen.has(i)) continue;
      seen.add(i);
      const rule = active[i] as PairRule;
      if (broken(rule)) {
        if (rule.kind === 2) soft++;
        else hard++;
      }
    }
    return [hard, soft];
  };
  const swapItems = (x: number, y: number) => {
    const tmp = perm[x] as number;
    perm[x] = perm[y] as number;
    perm[y] = tmp;
  };

  // Once the hard rules hold, spend a little longer on the soft ones, then settle.
  let settledAt = -1;
  for (let step = 0; step < maxSteps; step++) {
    const hard = active.filter((rule) => rule.kind !== 2 && broken(rule));
    if (hard.length === 0 && settledAt < 0) settledAt = step;
    if (hard.length > 0) settledAt = -1;
    const violated = hard.length > 0 ? hard : active.filter((rule) => broken(rule));
    if (violated.length === 0 || (settledAt >= 0 && step - settledAt > 500)) return perm;
    const rule = random.pick(violated);
    const x = random.int(2) === 0 ? rule.a : rule.b;
    let bestY = -1;
    let bestH = 0;
    let bestS = 0;
    let ties = 0;
    if (random.int(10) === 0) bestY = random.int(points);
    else {
      for (let y = 0; y < points; y++) {
        if (y === x) continue;
        const [h0, s0] = local(x, y);
        swapItems(x, y);
        const [h1, s1] = local(x, y);
        swapItems(x, y);
        const dh = h1 - h0;
        const ds = s1 - s0;
        if (bestY < 0 || dh < bestH || (dh === bestH && ds < bestS)) {
          bestY = y;
          bestH = dh;
          bestS = ds;
          ties = 1;
        } else if (dh === bestH && ds === bestS && random.int(++ties) === 0) bestY = y;
      }
    }
    if (bestY >= 0 && bestY !== x) swapItems(x, bestY);
  }
  return active.some((rule) => rule.kind !== 2 && broken(rule)) ? null : perm;
}
