/**
 * Everyone active is matched, not only those with a positive edge. The optimisation works
 * on positive weights (a pair worth nothing is no better than no pair), so it may leave
 * people free: someone with no listed interests in a one-team community, or whose only
 * good candidates were taken. Here they are paired among themselves by the same weight
 * (zero or even negative, as long as no hard rule forbids it), and then through short
 * augmenting paths (u takes a's place, a's old partner takes another free member).
 */
import type { Random } from '../random/prng.ts';
import type { Matching } from './greedy.matching.ts';
import { pairWeight } from './pair-weight.ts';
import type { PairingModel } from './pairing-model.ts';

/** Above this many free members, pairing among them looks at a window, not at all pairs. */
const ALL_PAIRS_UP_TO = 2000;
const WINDOW = 64;
/** Weighings the augmenting-path search may spend in all (it only matters in odd corners). */
const AUGMENT_BUDGET = 5_000_000;

function setPair(matching: Matching, u: number, v: number, w: number): void {
  matching.mate[u] = v;
  matching.mate[v] = u;
  matching.weight[u] = w;
  matching.weight[v] = w;
}

/** The members left free, in index order. */
export function freeMembers(matching: Matching): number[] {
  const out: number[] = [];
  for (let v = 0; v < matching.mate.length; v++) if (matching.mate[v] === -1) out.push(v);
  return out;
}

/** Greedy by weight over every allowed pair of free members (few of them). */
function pairAllFree(model: PairingModel, matching: Matching, free: readonly number[]): void {
  const pairs: { u: number; v: number; w: number }[] = [];
  for (let x = 0; x < free.length; x++) {
    for (let y = x + 1; y < free.length; y++) {
      const u = free[x] as number;
      const v = free[y] as number;
      const w = pairWeight(model, u, v);
      if (w !== null) pairs.push({ u, v, w });
    }
  }
  pairs.sort((p, q) => q.w - p.w || p.u + p.v - (q.u + q.v) || p.u - q.u);
  for (const { u, v, w } of pairs) {
    if (matching.mate[u] === -1 && matching.mate[v] === -1) setPair(matching, u, v, w);
  }
}

/** Many free members: walk them in a seeded order, each taking the best free one in a window ahead. */
function pairFreeInWindows(
  model: PairingModel,
  matching: Matching,
  free: readonly number[],
  random: Random,
): void {
  const order = random.shuffle(free);
  for (let x = 0; x < order.length; x++) {
    const u = order[x] as number;
    if (matching.mate[u] !== -1) continue;
    let best = -1;
    let bestW = Number.NEGATIVE_INFINITY;
    for (let y = x + 1; y < Math.min(order.length, x + 1 + WINDOW); y++) {
      const v = order[y] as number;
      if (matching.mate[v] !== -1) continue;
      const w = pairWeight(model, u, v);
      if (w !== null && w > bestW) {
        best = v;
        bestW = w;
      }
    }
    if (best !== -1) setPair(matching, u, best, bestW);
  }
}

/**
 * For each member still free, the best path u–a, b–v where a–b was a pair and v is
 * another free member: two people placed for one pair re-formed.
 */
function augment(model: PairingModel, matching: Matching, random: Random): void {
  let budget = AUGMENT_BUDGET;
  const n = model.n;
  const free = freeMembers(matching);
  for (const u of free) {
    if (budget <= 0) return;
    if (matching.mate[u] !== -1) continue;
    const others = free.filter((v) => v !== u && matching.mate[v] === -1);
    if (others.length === 0) return;
    let best: { a: number; v: number; wua: number; wbv: number; gain: number } | null = null;
    const startAt = random.int(n);
    for (let k = 0; k < n && budget > 0; k++) {
      const a = (startAt + k) % n;
      const b = matching.mate[a] as number;
      if (b === -1) continue;
      budget--;
      const wua = pairWeight(model, u, a);
      if (wua === null) continue;
      for (const v of others) {
        budget--;
        const wbv = pairWeight(model, b, v);
        if (wbv === null) continue;
        const gain = wua + wbv - (matching.weight[a] as number);
        if (best === null || gain > best.gain) best = { a, v, wua, wbv, gain };
      }
    }
    if (best !== null) {
      const b = matching.mate[best.a] as number;
      setPair(matching, u, best.a, best.wua);
      setPair(matching, b, best.v, best.wbv);
    }
  }
}

/** Pairs up free members wherever the hard rules allow; those left over go to trios. */
export function pairLeftovers(model: PairingModel, matching: Matching, random: Random): void {
  const free = freeMembers(matching);
  if (free.length < 2) return;
  if (free.length <= ALL_PAIRS_UP_TO) pairAllFree(model, matching, free);
  else pairFreeInWindows(model, matching, free, random);
  if (freeMembers(matching).length >= 2) augment(model, matching, random);
}
