import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/prng.ts';
import { positiveEdgeIndices } from './complete-graph.ts';
import { exactMatching } from './exact.matching.ts';
import { greedyMatching, type Matching, matchingWeight } from './greedy.matching.ts';
import { improveMatching } from './local-improvement.ts';
import type { PairingMember } from './matching.types.ts';
import { preparePairing } from './pairing.engine.ts';
import { TopK } from './top-k.ts';
import { EdgeBuffer, edgeWeight, type WeightedGraph } from './weighted-graph.ts';

type Edge = [number, number, number];

function graphOf(n: number, edges: readonly Edge[]): WeightedGraph {
  const buffer = new EdgeBuffer();
  for (const [u, v, w] of edges) buffer.add(u, v, w);
  return buffer.toGraph(n);
}

/** Random simple graphs with positive weights (duplicates removed, no loops). */
const graphs = (maxN: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .uniqueArray(
        fc.record({
          u: fc.integer({ min: 0, max: n - 1 }),
          v: fc.integer({ min: 0, max: n - 1 }),
          w: fc.integer({ min: 1, max: 20 }),
        }),
        { selector: (e) => `${Math.min(e.u, e.v)}-${Math.max(e.u, e.v)}`, maxLength: (n * (n - 1)) / 2 },
      )
      .map((list) => ({
        n,
        edges: list.filter((e) => e.u !== e.v).map((e) => [e.u, e.v, e.w / 4] as Edge),
      })),
  );

/** Every matching, by brute force: the optimum of a small graph. */
function bruteForceOptimum(n: number, edges: readonly Edge[]): number {
  const weight = new Map(edges.map(([u, v, w]) => [`${Math.min(u, v)}-${Math.max(u, v)}`, w]));
  const used = new Array<boolean>(n).fill(false);
  const go = (v: number): number => {
    if (v >= n) return 0;
    if (used[v]) return go(v + 1);
    used[v] = true;
    let best = go(v + 1);
    for (let u = v + 1; u < n; u++) {
      const w = weight.get(`${v}-${u}`);
      if (used[u] || w === undefined) continue;
      used[u] = true;
      best = Math.max(best, w + go(v + 1));
      used[u] = false;
    }
    used[v] = false;
    return best;
  };
  return go(0);
}

function expectValid(graph: WeightedGraph, matching: Matching): void {
  for (let v = 0; v < graph.n; v++) {
    const u = matching.mate[v] as number;
    if (u === -1) continue;
    expect(matching.mate[u]).toBe(v);
    expect(edgeWeight(graph, v, u)).toBe(matching.weight[v]);
  }
}

/** Greedy by sorting, the definition the suitor algorithm must reproduce. */
function sortedGreedy(n: number, edges: readonly Edge[]): number {
  const order = [...edges].sort(
    (a, b) => b[2] - a[2] || a[0] + a[1] - (b[0] + b[1]) || Math.min(a[0], a[1]) - Math.min(b[0], b[1]),
  );
  const taken = new Array<boolean>(n).fill(false);
  let total = 0;
  for (const [u, v, w] of order) {
    if (taken[u] || taken[v]) continue;
    taken[u] = true;
    taken[v] = true;
    total += w;
  }
  return total;
}

describe('EdgeBuffer / WeightedGraph', () => {
  it('stores each edge in both rows, heaviest first, and drops duplicates', () => {
    const g = graphOf(3, [
      [0, 1, 0.5],
      [1, 0, 0.5],
      [0, 2, 0.9],
    ]);
    expect(g.edges).toBe(2);
    expect(Array.from(g.adj.subarray(g.start[0] as number, g.start[1] as number))).toEqual([2, 1]);
    expect(edgeWeight(g, 1, 0)).toBe(0.5);
    expect(edgeWeight(g, 1, 2)).toBeUndefined();
  });
});

describe('TopK', () => {
  it('keeps the k best, ties to the lower index', () => {
    const top = new TopK(3);
    for (const [s, i] of [
      [0.1, 5],
      [0.9, 1],
      [0.5, 7],
      [0.5, 2],
      [0.3, 9],
      [0.9, 0],
    ] as const) {
      top.offer(s, i);
    }
    const kept = Array.from({ length: top.size }, (_, k) => top.item(k)).sort((a, b) => a - b);
    expect(kept).toEqual([0, 1, 2]);
    expect(top.floor).toBe(0.5);
  });
});

describe('greedyMatching (suitor)', () => {
  it('finds the greedy matching, whatever the graph', () => {
    fc.assert(
      fc.property(graphs(12), ({ n, edges }) => {
        const graph = graphOf(n, edges);
        const matching = greedyMatching(graph);
        expectValid(graph, matching);
        expect(matchingWeight(matching)).toBeCloseTo(sortedGreedy(n, edges), 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('exactMatching (blossom)', () => {
  it('finds the optimum, whatever the graph', () => {
    fc.assert(
      fc.property(graphs(10), ({ n, edges }) => {
        const graph = graphOf(n, edges);
        const matching = exactMatching(graph);
        expectValid(graph, matching);
        expect(matchingWeight(matching)).toBeCloseTo(bruteForceOptimum(n, edges), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('beats greedy where greedy is fooled', () => {
    // Greedy takes 1–2 (weight 3) and strands 0 and 3; the optimum is 0–1 + 2–3.
    const graph = graphOf(4, [
      [1, 2, 3],
      [0, 1, 2],
      [2, 3, 2],
    ]);
    expect(matchingWeight(greedyMatching(graph))).toBe(3);
    expect(matchingWeight(exactMatching(graph))).toBe(4);
  });

  it('handles odd cycles that need a blossom', () => {
    const edges: Edge[] = [
      [0, 1, 5],
      [1, 2, 5],
      [2, 0, 5],
      [2, 3, 4],
      [3, 4, 6],
      [4, 5, 3],
      [0, 5, 4],
      [5, 6, 2],
    ];
    expect(matchingWeight(exactMatching(graphOf(7, edges)))).toBe(bruteForceOptimum(7, edges));
  });
});

describe('improveMatching', () => {
  const members: PairingMember[] = Array.from({ length: 60 }, (_, i) => ({
    id: `m${i}`,
    interests: [
      ['chess', 'jazz', 'hiking', 'pottery', 'Rust', 'tango'][i % 6] as string,
      ['travel', 'cooking', 'running'][i % 3] as string,
    ],
    team: `t${i % 4}`,
  }));

  it('never lowers the weight, keeps the matching valid and stays at or under the optimum', () => {
    fc.assert(
      fc.property(graphs(12), fc.integer(), ({ n, edges }, seed) => {
        const graph = graphOf(n, edges);
        // Weights of the model are not the graph's here, so give it a model of the same size
        // whose closing edges weigh nothing: only moves through candidate edges count.
        const model = preparePairing({
          members: Array.from({ length: n }, (_, i) => ({ id: `x${i}`, interests: [], team: 'same' })),
          today: '2026-03-02',
        }).model;
        const matching = greedyMatching(graph);
        const before = matchingWeight(matching);
        improveMatching(model, graph, matching, 10, createRandom(seed));
        expectValid(graph, matching);
        expect(matchingWeight(matching)).toBeGreaterThanOrEqual(before - 1e-12);
        expect(matchingWeight(matching)).toBeLessThanOrEqual(bruteForceOptimum(n, edges) + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('frees a stranded pair in the classic greedy trap', () => {
    const graph = graphOf(4, [
      [1, 2, 3],
      [0, 1, 2],
      [2, 3, 2],
    ]);
    const model = preparePairing({
      members: Array.from({ length: 4 }, (_, i) => ({ id: `x${i}`, interests: [], team: 'same' })),
      today: '2026-03-02',
    }).model;
    const matching = greedyMatching(graph);
    improveMatching(model, graph, matching, 5, createRandom(1));
    expect(matchingWeight(matching)).toBe(4);
  });

  it('improves a real community’s greedy matching, up to the exact optimum', () => {
    const { model } = preparePairing({ members, today: '2026-03-02' });
    const { u, v, w } = positiveEdgeIndices(model);
    const buffer = new EdgeBuffer();
    u.forEach((i, e) => {
      buffer.add(i, v[e] as number, w[e] as number);
    });
    const graph = buffer.toGraph(model.n);
    const matching = greedyMatching(graph);
    const greedy = matchingWeight(matching);
    improveMatching(model, graph, matching, 20, createRandom(7));
    const optimum = matchingWeight(exactMatching(graph));
    expect(matchingWeight(matching)).toBeGreaterThanOrEqual(greedy);
    expect(matchingWeight(matching)).toBeLessThanOrEqual(optimum + 1e-9);
    expect(matchingWeight(matching)).toBeGreaterThan(0.95 * optimum);
  });
});
