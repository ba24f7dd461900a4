/**
 * Every positive-weight edge of the complete graph of a round, before any pruning: what
 * `kindred pair --graph` writes so that anyone can check a round against an outside exact
 * solver, and what the bench hands to networkx. Quadratic, so meant for small rounds.
 */
import type { PairingRequest } from './matching.types.ts';
import { pairWeight } from './pair-weight.ts';
import { preparePairing } from './pairing.engine.ts';
import type { PairingModel } from './pairing-model.ts';

/** One edge: the two member ids (in input order) and the pair's weight. */
export type GraphEdge = [a: string, b: string, weight: number];

/** The positive edges among the model's members, as model indices, i < j, in row order. */
export function positiveEdgeIndices(model: PairingModel): { u: Int32Array; v: Int32Array; w: Float64Array } {
  const u: number[] = [];
  const v: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < model.n; i++) {
    for (let j = i + 1; j < model.n; j++) {
      const weight = pairWeight(model, i, j);
      if (weight === null || !(weight > 0)) continue;
      u.push(i);
      v.push(j);
      w.push(weight);
    }
  }
  return { u: Int32Array.from(u), v: Int32Array.from(v), w: Float64Array.from(w) };
}

/**
 * The positive-weight edges of a request's complete graph (active members only), each with
 * its two ids in request order, listed in request order of the first and then the second.
 */
export function completePairingGraph(request: PairingRequest): GraphEdge[] {
  const { model } = preparePairing(request);
  const { u, v, w } = positiveEdgeIndices(model);
  const at = (i: number) => model.memberIndex[i] as number;
  const edges = Array.from(u, (i, e) => {
    const j = v[e] as number;
    return at(i) < at(j) ? { a: i, b: j, w: w[e] as number } : { a: j, b: i, w: w[e] as number };
  });
  edges.sort((x, y) => at(x.a) - at(y.a) || at(x.b) - at(y.b));
  return edges.map((e) => [model.ids[e.a] as string, model.ids[e.b] as string, e.w]);
}
