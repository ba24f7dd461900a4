import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/prng.ts';
import { buildCandidateGraph, DEFAULT_CANDIDATE_TUNING } from './candidate-graph.ts';
import type { CandidateTuning, PairingMember } from './matching.types.ts';
import { pairWeight } from './pair-weight.ts';
import { preparePairing } from './pairing.engine.ts';
import type { PairingModel } from './pairing-model.ts';
import type { WeightedGraph } from './weighted-graph.ts';

const POOL = [
  'hiking',
  'chess',
  'jazz',
  'Rust',
  'pottery',
  'travel',
  'tango',
  'kayaking',
  'bouldering',
  'poker',
  'knitting',
];

/** A community where interests are spread unevenly, with one pair sharing a rare custom interest. */
function community(size: number): PairingMember[] {
  const random = createRandom('candidates-test');
  const members: PairingMember[] = Array.from({ length: size }, (_, i) => ({
    id: `m${i}`,
    interests: random.shuffle(POOL).slice(0, 1 + random.int(4)),
    team: `t${i % 5}`,
    blocked: i % 17 === 0 ? [`m${(i + 1) % size}`] : [],
  }));
  members[3] = { ...(members[3] as PairingMember), interests: ['tessellated origami', 'travel'] };
  members[size - 2] = {
    ...(members[size - 2] as PairingMember),
    interests: ['Tessellated origami', 'chess'],
  };
  return members;
}

function graphFor(
  members: PairingMember[],
  tuning: Partial<CandidateTuning>,
): { model: PairingModel; graph: WeightedGraph } {
  const { model } = preparePairing({ members, today: '2026-03-02', crossTeamOnly: false });
  const graph = buildCandidateGraph(model, { ...DEFAULT_CANDIDATE_TUNING, ...tuning }, createRandom(1));
  return { model, graph };
}

function checkGraph(model: PairingModel, graph: WeightedGraph): void {
  for (let u = 0; u < graph.n; u++) {
    const seen = new Set<number>();
    for (let p = graph.start[u] as number; p < (graph.start[u + 1] as number); p++) {
      const v = graph.adj[p] as number;
      expect(seen.has(v)).toBe(false);
      seen.add(v);
      // Every edge is allowed, positive, and weighs exactly what the weight function says.
      expect(graph.w[p]).toBe(pairWeight(model, u, v));
      expect(graph.w[p]).toBeGreaterThan(0);
      // Both directions are stored.
      let back = false;
      for (let q = graph.start[v] as number; q < (graph.start[v + 1] as number); q++)
        back ||= graph.adj[q] === u;
      expect(back).toBe(true);
    }
  }
}

describe('buildCandidateGraph', () => {
  const members = community(400);

  it('keeps only allowed, positive, exactly weighed, symmetric edges (both paths)', () => {
    for (const tuning of [{}, { exhaustiveUpTo: 0 }]) {
      const { model, graph } = graphFor(members, tuning);
      checkGraph(model, graph);
    }
  });

  /** Share of members whose best kept edge is as heavy as their best pair in the whole round. */
  function bestFound(model: PairingModel, graph: WeightedGraph): number {
    let found = 0;
    for (let i = 0; i < model.n; i++) {
      let best = 0;
      for (let j = 0; j < model.n; j++) best = Math.max(best, pairWeight(model, i, j) ?? 0);
      let kept = 0;
      for (let p = graph.start[i] as number; p < (graph.start[i + 1] as number); p++)
        kept = Math.max(kept, graph.w[p] as number);
      if (kept >= best - 1e-12) found++;
    }
    return found / model.n;
  }

  it('finds every member’s best partner through the index when the lists fit the budget', () => {
    const { model, graph } = graphFor(members, { exhaustiveUpTo: 0 });
    expect(bestFound(model, graph)).toBe(1);
  });

  it('still finds most best partners when common interests are only sampled', () => {
    const { model, graph } = graphFor(members, { exhaustiveUpTo: 0, postingCap: 40, scanBudget: 120 });
    expect(bestFound(model, graph)).toBeGreaterThan(0.6);
  });

  it('always links the two who share a rare interest', () => {
    const { model, graph } = graphFor(members, { exhaustiveUpTo: 0, postingCap: 40, scanBudget: 120 });
    const a = model.ids.indexOf('m3');
    const b = model.ids.indexOf(`m${members.length - 2}`);
    const row = Array.from(graph.adj.subarray(graph.start[a] as number, graph.start[a + 1] as number));
    expect(row).toContain(b);
  });

  it('gives people with no interests candidates too', () => {
    const lonely = community(300).map((m, i) => (i < 10 ? { ...m, interests: [] } : m));
    const { model, graph } = graphFor(lonely, { exhaustiveUpTo: 0 });
    for (let i = 0; i < 10; i++) {
      const at = model.ids.indexOf(`m${i}`);
      expect((graph.start[at + 1] as number) - (graph.start[at] as number)).toBeGreaterThan(0);
    }
  });

  it('is the same for the same seed', () => {
    const first = graphFor(members, { exhaustiveUpTo: 0 }).graph;
    const second = graphFor(members, { exhaustiveUpTo: 0 }).graph;
    expect(Array.from(second.adj)).toEqual(Array.from(first.adj));
  });
});
