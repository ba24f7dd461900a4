/**
 * Odd numbers: whoever is still free after pairing joins an existing pair as a third.
 * Which pair, and even who ends up as the third, is chosen to lose the least: for the free
 * member u we weigh joining every pair, and also "rotations" where u takes the place of
 * one of its best candidates a, and a's old partner b becomes the third somewhere else.
 * A trio's weight is the sum of its three pair weights; the third must be allowed (by
 * every hard rule) with both members of the pair.
 */
import type { Matching } from './greedy.matching.ts';
import { pairWeight } from './pair-weight.ts';
import type { PairingModel } from './pairing-model.ts';
import type { WeightedGraph } from './weighted-graph.ts';

/** A pair (a, b) with a third member. */
export interface Trio {
  a: number;
  b: number;
  third: number;
}

/** How many of u's best candidates are tried as a rotation. */
const ROTATIONS = 8;

interface Join {
  a: number;
  b: number;
  gain: number;
}

/** Up to this many members, every pair is weighed as a host for the third; above, u's neighbourhood first. */
const FULL_SCAN_UP_TO = 20_000;

/** The better host for u of `best` and the pair holding a (ties to the lower index, for determinism). */
function consider(
  model: PairingModel,
  matching: Matching,
  inTrio: Uint8Array,
  u: number,
  skipA: number,
  a: number,
  best: Join | null,
): Join | null {
  const b = matching.mate[a] as number;
  if (b === -1 || inTrio[a] === 1 || a === skipA || b === skipA || a === u || b === u) return best;
  const wa = pairWeight(model, u, a);
  if (wa === null) return best;
  const wb = pairWeight(model, u, b);
  if (wb === null) return best;
  const gain = wa + wb;
  if (
    best === null ||
    gain > best.gain ||
    (gain === best.gain && Math.min(a, b) < Math.min(best.a, best.b))
  ) {
    return a < b ? { a, b, gain } : { a: b, b: a, gain };
  }
  return best;
}

/**
 * The pair u adds most to as a third, skipping pairs already in a trio and the pair of
 * skipA. In a large round only the pairs of u's candidates are weighed (the best host is
 * almost always there; the rest of the round is scanned only when none of them allows u).
 */
function bestPairToJoin(
  model: PairingModel,
  graph: WeightedGraph,
  matching: Matching,
  inTrio: Uint8Array,
  u: number,
  skipA: number,
): Join | null {
  let best: Join | null = null;
  if (model.n > FULL_SCAN_UP_TO) {
    const end = graph.start[u + 1] as number;
    for (let p = graph.start[u] as number; p < end; p++)
      best = consider(model, matching, inTrio, u, skipA, graph.adj[p] as number, best);
    if (best !== null) return best;
  }
  for (let a = 0; a < model.n; a++) {
    if ((matching.mate[a] as number) > a) best = consider(model, matching, inTrio, u, skipA, a, best);
  }
  return best;
}

function setPair(matching: Matching, u: number, v: number, w: number): void {
  matching.mate[u] = v;
  matching.mate[v] = u;
  matching.weight[u] = w;
  matching.weight[v] = w;
}

/**
 * Places each free member as the third of a pair, best option first (see the module
 * comment); changes `matching` when a rotation wins. Returns the trios and those who
 * could not be placed under the hard rules.
 */
export function formTrios(
  model: PairingModel,
  graph: WeightedGraph,
  matching: Matching,
  free: readonly number[],
): { trios: Trio[]; unplaced: number[] } {
  const inTrio = new Uint8Array(model.n);
  const trios: Trio[] = [];
  const unplaced: number[] = [];
  for (const u of free) {
    if (matching.mate[u] !== -1) continue;
    let bestGain = Number.NEGATIVE_INFINITY;
    let apply: (() => void) | null = null;
    const direct = bestPairToJoin(model, graph, matching, inTrio, u, -1);
    if (direct) {
      bestGain = direct.gain;
      apply = () => trios.push({ a: direct.a, b: direct.b, third: u });
    }
    let tried = 0;
    const end = graph.start[u + 1] as number;
    for (let p = graph.start[u] as number; p < end && tried < ROTATIONS; p++) {
      const a = graph.adj[p] as number;
      const b = matching.mate[a] as number;
      if (b === -1 || inTrio[a] === 1) continue;
      tried++;
      const wua = graph.w[p] as number;
      const join = bestPairToJoin(model, graph, matching, inTrio, b, a);
      if (!join) continue;
      const gain = wua - (matching.weight[a] as number) + join.gain;
      if (gain > bestGain) {
        bestGain = gain;
        apply = () => {
          setPair(matching, u, a, wua);
          matching.mate[b] = -1;
          matching.weight[b] = 0;
          trios.push({ a: join.a, b: join.b, third: b });
        };
      }
    }
    if (apply === null) {
      unplaced.push(u);
      continue;
    }
    apply();
    const trio = trios[trios.length - 1] as Trio;
    inTrio[trio.a] = 1;
    inTrio[trio.b] = 1;
  }
  return { trios, unplaced };
}
