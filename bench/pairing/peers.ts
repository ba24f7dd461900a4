/**
 * What bench/pairing compares the engine with, all measured by the engine's own weight
 * function on the same community: random pairing (what most coffee-chat bots do), plain
 * greedy on the complete graph, and the exact optimum computed by networkx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EdgeBuffer,
  greedyMatching,
  type MatchGroup,
  type PairingModel,
  pairWeight,
  positiveEdgeIndices,
} from '../../packages/core/src/matching/index.ts';
import { sharedKeyIds } from '../../packages/core/src/matching/pair-weight.ts';
import { createRandom } from '../../packages/core/src/random/prng.ts';

/** Debian's python3 (with python3-networkx), not a pyenv shim on PATH. */
const PYTHON = '/usr/bin/python3';
const EXACT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'exact_matching.py');

export interface PairingQuality {
  /** Σ pair weights; a trio counts its best pair (the matching inside it). */
  matchingWeight: number;
  pairs: number;
  /** Mean number of shared interests per pair (trios left out). */
  avgShared: number;
}

/** Model indices of a list of ids. */
function indexer(model: PairingModel): (id: string) => number {
  const at = new Map(model.ids.map((id, i) => [id, i]));
  return (id) => at.get(id) as number;
}

/** Quality of the engine's groups, measured on the model. */
export function qualityOfGroups(model: PairingModel, groups: readonly MatchGroup[]): PairingQuality {
  const at = indexer(model);
  let weight = 0;
  let shared = 0;
  let pairs = 0;
  for (const group of groups) {
    const ids = group.members.map(at);
    if (ids.length === 2) {
      weight += pairWeight(model, ids[0] as number, ids[1] as number) ?? 0;
      shared += sharedKeyIds(model, ids[0] as number, ids[1] as number).length;
      pairs++;
    } else {
      const [x, y, z] = ids as [number, number, number];
      weight += Math.max(
        pairWeight(model, x, y) ?? 0,
        pairWeight(model, x, z) ?? 0,
        pairWeight(model, y, z) ?? 0,
      );
    }
  }
  return { matchingWeight: weight, pairs, avgShared: pairs ? shared / pairs : 0 };
}

/** A random pairing of the active members (seeded shuffle, neighbours paired); forbidden pairs weigh 0. */
export function randomPairing(model: PairingModel, seed: number): PairingQuality {
  const order = createRandom(`random-pairing:${seed}`).shuffle(Array.from({ length: model.n }, (_, i) => i));
  let weight = 0;
  let shared = 0;
  let pairs = 0;
  for (let k = 0; k + 1 < order.length; k += 2) {
    const a = order[k] as number;
    const b = order[k + 1] as number;
    weight += pairWeight(model, a, b) ?? 0;
    shared += sharedKeyIds(model, a, b).length;
    pairs++;
  }
  return { matchingWeight: weight, pairs, avgShared: pairs ? shared / pairs : 0 };
}

export interface CompleteGraph {
  u: Int32Array;
  v: Int32Array;
  w: Float64Array;
}

export function completeGraph(model: PairingModel): CompleteGraph {
  return positiveEdgeIndices(model);
}

/** Plain greedy (heaviest edge first) on the complete graph of positive edges. */
export function plainGreedy(model: PairingModel, graph: CompleteGraph): number {
  const buffer = new EdgeBuffer();
  graph.u.forEach((i, e) => {
    buffer.add(i, graph.v[e] as number, graph.w[e] as number);
  });
  const matching = greedyMatching(buffer.toGraph(model.n));
  let total = 0;
  matching.mate.forEach((u, v) => {
    if (u > v) total += matching.weight[v] as number;
  });
  return total;
}

export interface ExactResult {
  weight: number;
  seconds: number;
  networkx: string;
}

/** The exact maximum-weight matching of the complete graph, by networkx in a child process. */
export function exactByNetworkx(model: PairingModel, graph: CompleteGraph): ExactResult {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-bench-pairing-'));
  try {
    const file = join(dir, 'graph.json');
    const edges = Array.from(graph.u, (i, e) => `[${i},${graph.v[e]},${graph.w[e]}]`).join(',');
    writeFileSync(file, `{"n":${model.n},"edges":[${edges}]}`);
    const out = execFileSync(PYTHON, [EXACT_SCRIPT, file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ExactResult;
    return { weight: result.weight, seconds: result.seconds, networkx: result.networkx };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
