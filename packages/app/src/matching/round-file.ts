/**
 * The shapes `kindred pair` writes: round.json (the matches, who sat out and why) and
 * graph.json (every positive-weight edge of the complete graph, for checking a round with
 * an outside exact solver). Weights are rounded to six decimals: enough to compare totals,
 * short enough to read.
 */
import type { GraphEdge, MatchGroup, PairingRound, UnmatchedMember } from '@kindred/core';

export interface RoundPair {
  /** Two member ids, or three for a trio, in members.json order. */
  members: string[];
  weight: number;
  /** Labels of the shared interests, the ones that drove the match first. */
  shared: string[];
  /** Their taxonomy keys (custom interests as `custom:<slug>`), in the same order. */
  sharedKeys: string[];
  reason: string;
  starter: string;
}

export interface RoundFile {
  round: {
    date: string;
    seed: string | number;
    crossTeamOnly: boolean;
    members: number;
    active: number;
    method: PairingRound['stats']['method'];
  };
  pairs: RoundPair[];
  unmatched: UnmatchedMember[];
  totalWeight: number;
}

export interface GraphFile {
  date: string;
  /** Active member ids, in members.json order. */
  members: string[];
  /** `[a, b, weight]` for every pair with a positive weight. */
  edges: GraphEdge[];
}

/** Six decimals, and never `-0`. */
export function roundWeight(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}

function toPair(group: MatchGroup): RoundPair {
  return {
    members: group.members,
    weight: roundWeight(group.weight),
    shared: group.shared.map((s) => s.label),
    sharedKeys: group.shared.map((s) => s.key),
    reason: group.reason,
    starter: group.starter,
  };
}

export function toRoundFile(round: PairingRound, crossTeamOnly: boolean): RoundFile {
  return {
    round: {
      date: round.today,
      seed: round.seed,
      crossTeamOnly,
      members: round.stats.members,
      active: round.stats.active,
      method: round.stats.method,
    },
    pairs: round.groups.map(toPair),
    unmatched: round.unmatched,
    totalWeight: roundWeight(round.totalWeight),
  };
}

export function toGraphFile(date: string, members: string[], edges: GraphEdge[]): GraphFile {
  return { date, members, edges: edges.map(([a, b, w]) => [a, b, roundWeight(w)]) };
}
