/**
 * Local improvement of a matching by short augmentations, the practical core of the
 * Drake–Hougardy and Pettie–Sanders approximations: look around each member for a change
 * of at most two pairs that raises the total weight, and apply it.
 *
 * For a member a and a candidate c (a's partner b and c's partner d may be absent):
 * pair a–c, breaking a–b and c–d, then re-seat b and d, either with each other (a swap:
 * an alternating 4-cycle) or each with their best free candidate (augmenting paths of
 * length up to 5). The closing edge b–d is weighed directly, so it need not be a candidate.
 *
 * Every applied move raises the weight by more than a rounding margin, so the search
 * ends. Only members whose neighbourhood changed are looked at again (a work list); the
 * search stops after `maxRounds` sweeps or at the first sweep that adds less than 0.01%,
 * so that the running time stays predictable.
 */
import type { Random } from '../random/prng.ts';
import type { Matching } from './greedy.matching.ts';
import { pairWeight } from './pair-weight.ts';
import type { PairingModel } from './pairing-model.ts';
import type { WeightedGraph } from './weighted-graph.ts';

/** Gains smaller than this are rounding noise; ignoring them guarantees termination. */
const EPSILON = 1e-9;
/** A sweep that adds less than this fraction of the weight ends the search: the tail is long and thin. */
const MIN_ROUND_GAIN = 1e-4;

interface Seat {
  u: number;
  w: number;
}

const NOBODY: Seat = Object.freeze({ u: -1, w: 0 });

interface Refill {
  gain: number;
  /** b and d pair with each other. */
  together: boolean;
  forB: Seat;
  forD: Seat;
}

/** v's heaviest candidate edge to a free member other than the excluded ones. */
function bestFree(
  graph: WeightedGraph,
  mate: Int32Array,
  freeNear: Int32Array,
  v: number,
  ex1: number,
  ex2: number,
  ex3: number,
  ex4: number,
): Seat {
  if (v === -1 || freeNear[v] === 0) return NOBODY;
  const end = graph.start[v + 1] as number;
  for (let p = graph.start[v] as number; p < end; p++) {
    const u = graph.adj[p] as number;
    if (mate[u] === -1 && u !== ex1 && u !== ex2 && u !== ex3 && u !== ex4)
      return { u, w: graph.w[p] as number };
  }
  return NOBODY;
}

/** The best way to re-seat b and d (either may be -1) once a and c pair up. */
function refill(
  model: PairingModel,
  graph: WeightedGraph,
  mate: Int32Array,
  freeNear: Int32Array,
  a: number,
  c: number,
  b: number,
  d: number,
): Refill {
  let best: Refill = { gain: 0, together: false, forB: NOBODY, forD: NOBODY };
  if (b !== -1 && d !== -1) {
    const wbd = pairWeight(model, b, d);
    if (wbd !== null && wbd > 0) best = { gain: wbd, together: true, forB: NOBODY, forD: NOBODY };
  }
  let forB = bestFree(graph, mate, freeNear, b, a, c, d, -1);
  let forD = bestFree(graph, mate, freeNear, d, a, c, b, -1);
  if (forB.u !== -1 && forB.u === forD.u) {
    // Both want the same free member: try each way round and keep the better.
    const dElsewhere = bestFree(graph, mate, freeNear, d, a, c, b, forB.u);
    const bElsewhere = bestFree(graph, mate, freeNear, b, a, c, d, forD.u);
    if (forB.w + dElsewhere.w >= bElsewhere.w + forD.w) forD = dElsewhere;
    else forB = bElsewhere;
  }
  const gain = forB.w + forD.w;
  return gain > best.gain ? { gain, together: false, forB, forD } : best;
}

/**
 * Improves `matching` in place and returns the total gain. The first sweep visits every
 * member in a seeded order; later sweeps only those next to a change. `maxRounds` bounds
 * the number of sweeps.
 */
export function improveMatching(
  model: PairingModel,
  graph: WeightedGraph,
  matching: Matching,
  maxRounds: number,
  random: Random,
): number {
  const { mate, weight } = matching;
  const { n, start, adj } = graph;
  // freeNear[v]: how many of v's candidates are free, so that most members skip the search.
  const freeNear = new Int32Array(n);
  const nearby = (v: number, change: number) => {
    for (let p = start[v] as number; p < (start[v + 1] as number); p++) {
      const u = adj[p] as number;
      freeNear[u] = (freeNear[u] as number) + change;
    }
  };
  for (let v = 0; v < n; v++) if (mate[v] === -1) nearby(v, 1);

  const dirty = new Uint8Array(n);
  let queue: number[] = random.shuffle(Array.from({ length: n }, (_, i) => i));
  for (const v of queue) dirty[v] = 1;
  let next: number[] = [];
  const touch = (v: number) => {
    // A change at v changes the options of v and of everyone who has v as a candidate.
    const end = start[v + 1] as number;
    for (let p = start[v] as number; p <= end; p++) {
      const u = p === end ? v : (adj[p] as number);
      if (dirty[u] === 0) {
        dirty[u] = 1;
        next.push(u);
      }
    }
  };
  const setPair = (u: number, v: number, w: number) => {
    if (mate[u] === -1) nearby(u, -1);
    if (mate[v] === -1) nearby(v, -1);
    mate[u] = v;
    mate[v] = u;
    weight[u] = w;
    weight[v] = w;
  };
  const setFree = (u: number) => {
    if (mate[u] !== -1) nearby(u, 1);
    mate[u] = -1;
    weight[u] = 0;
  };

  let total = 0;
  let current = 0;
  for (let v = 0; v < n; v++) if ((mate[v] as number) > v) current += weight[v] as number;
  for (let round = 0; round < maxRounds && queue.length > 0; round++) {
    const before = total;
    for (const a of queue) dirty[a] = 0;
    for (const a of queue) {
      const end = start[a + 1] as number;
      for (let p = start[a] as number; p < end; p++) {
        const c = adj[p] as number;
        const b = mate[a] as number;
        if (c === b) continue;
        const d = mate[c] as number;
        const wac = graph.w[p] as number;
        const loss = (b === -1 ? 0 : (weight[a] as number)) + (d === -1 ? 0 : (weight[c] as number));
        // A swap a–c, b–d can only win if its heavier new edge outweighs the average of the
        // two pairs it breaks. Looking only at swaps where a–c is that heavier edge (the
        // others are found from b's side) skips most candidates without weighing b–d.
        if (b !== -1 && d !== -1 && 2 * wac <= loss && freeNear[b] === 0 && freeNear[d] === 0) continue;
        const r = refill(model, graph, mate, freeNear, a, c, b, d);
        const gain = wac - loss + r.gain;
        if (!(gain > EPSILON)) continue;
        if (b !== -1) setFree(b);
        if (d !== -1) setFree(d);
        setPair(a, c, wac);
        if (r.together) setPair(b, d, r.gain);
        if (r.forB.u !== -1) setPair(b, r.forB.u, r.forB.w);
        if (r.forD.u !== -1) setPair(d, r.forD.u, r.forD.w);
        for (const v of [a, c, b, d, r.forB.u, r.forD.u]) if (v !== -1) touch(v);
        total += gain;
      }
    }
    queue = next;
    next = [];
    if (total - before < MIN_ROUND_GAIN * (current + before)) break;
  }
  return total;
}
