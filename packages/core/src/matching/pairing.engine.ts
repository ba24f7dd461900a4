/**
 * A pairing round, end to end: model the active members, build the candidate graph,
 * match it (exactly when it is small; else greedy, then local improvement), place whoever is left (pairs by any
 * allowed weight, then one trio where numbers are odd), and explain every match.
 * Pure: the day and the seed come in with the request, so a round can be replayed.
 */
import { createRandom } from '../random/prng.ts';
import { buildCandidateGraph, DEFAULT_CANDIDATE_TUNING } from './candidate-graph.ts';
import { exactMatching } from './exact.matching.ts';
import { explainPair, explainTrio } from './explain-pair.ts';
import { greedyMatching, matchingWeight } from './greedy.matching.ts';
import { freeMembers, pairLeftovers } from './leftover-pairing.ts';
import { improveMatching } from './local-improvement.ts';
import type {
  CandidateTuning,
  MatchGroup,
  PairingRequest,
  PairingRound,
  PairingSettings,
  UnmatchedMember,
} from './matching.types.ts';
import { DEFAULT_PAIRING_SETTINGS, isExcluded } from './pair-weight.ts';
import { buildPairingModel, type PairingModel, toEpochMs } from './pairing-model.ts';
import { formTrios } from './trio.ts';

/** Sweeps of local improvement when the request does not say. */
export const DEFAULT_IMPROVEMENT_ROUNDS = 12;
/**
 * Up to this many active members the candidate graph is matched exactly (blossom
 * algorithm, about a second at 1,500 members); above it, greedy plus local improvement.
 */
export const DEFAULT_EXACT_UP_TO = 1500;

/** A request resolved: defaults filled in, the model of the active members built. */
export interface PreparedPairing {
  model: PairingModel;
  settings: PairingSettings;
  tuning: CandidateTuning;
  seed: string | number;
  today: string;
  /** Input indices of paused members. */
  paused: number[];
}

/** Resolves defaults and models the active members. Throws on duplicate ids (a caller's bug). */
export function preparePairing(request: PairingRequest): PreparedPairing {
  const settings = { ...DEFAULT_PAIRING_SETTINGS, ...request.settings };
  const tuning = { ...DEFAULT_CANDIDATE_TUNING, ...request.tuning };
  const todayMs = toEpochMs(request.today);
  const today = new Date(todayMs).toISOString().slice(0, 10);
  const seen = new Set<string>();
  const paused: number[] = [];
  const activeIndex: number[] = [];
  request.members.forEach((member, index) => {
    if (seen.has(member.id)) throw new Error(`duplicate member id "${member.id}"`);
    seen.add(member.id);
    if (member.paused) paused.push(index);
    else activeIndex.push(index);
  });
  const active = activeIndex.map((index) => request.members[index] as PairingRequest['members'][number]);
  const model = buildPairingModel(
    active,
    Int32Array.from(activeIndex),
    request.history ?? [],
    todayMs,
    Boolean(request.crossTeamOnly),
    settings,
  );
  return { model, settings, tuning, seed: request.seed ?? today, today, paused };
}

function unplacedReason(model: PairingModel, i: number): UnmatchedMember {
  const id = model.ids[i] as string;
  let allowed = false;
  for (let j = 0; j < model.n && !allowed; j++) allowed = !isExcluded(model, i, j);
  if (!allowed) {
    return {
      id,
      code: 'no_allowed_partner',
      reason:
        model.n === 1
          ? `${id} is the only active member this round, so there is nobody to pair them with.`
          : `Nobody in this round can be paired with ${id}: every other active member is blocked${model.crossTeamOnly ? ' or on the same team, and this round pairs across teams only' : ''}.`,
    };
  }
  return {
    id,
    code: 'no_free_partner',
    reason: `Everyone ${id} may be paired with under this round's rules was already matched, and no pair could take them as a third.`,
  };
}

/** Pairs a community's members for one round. Same request and seed, same round. */
export function pairMembers(request: PairingRequest): PairingRound {
  const prepared = preparePairing(request);
  const { model, tuning, seed } = prepared;
  const random = createRandom(seed);

  const graph = buildCandidateGraph(model, tuning, random.fork('candidates'));
  const greedy = greedyMatching(graph);
  const greedyWeight = matchingWeight(greedy);
  let matching = greedy;
  if (model.n <= (request.exactUpTo ?? DEFAULT_EXACT_UP_TO)) {
    matching = exactMatching(graph);
  } else {
    improveMatching(
      model,
      graph,
      matching,
      request.improvementPasses ?? DEFAULT_IMPROVEMENT_ROUNDS,
      random.fork('improve'),
    );
  }
  const optimisedWeight = matchingWeight(matching);
  pairLeftovers(model, matching, random.fork('leftovers'));
  const { trios, unplaced } = formTrios(model, graph, matching, freeMembers(matching));

  const inTrio = new Uint8Array(model.n);
  const groups: { first: number; group: MatchGroup }[] = [];
  for (const trio of trios) {
    inTrio[trio.a] = 1;
    inTrio[trio.b] = 1;
    inTrio[trio.third] = 1;
    const first = Math.min(...[trio.a, trio.b, trio.third].map((m) => model.memberIndex[m] as number));
    groups.push({ first, group: explainTrio(model, trio, seed) });
  }
  for (let v = 0; v < model.n; v++) {
    const u = matching.mate[v] as number;
    if (u > v && inTrio[v] === 0) {
      const first = Math.min(model.memberIndex[v] as number, model.memberIndex[u] as number);
      groups.push({ first, group: explainPair(model, v, u, seed) });
    }
  }
  groups.sort((x, y) => x.first - y.first);

  const unmatched: UnmatchedMember[] = prepared.paused.map((index) => {
    const id = request.members[index]?.id as string;
    return { id, code: 'paused', reason: `${id} has paused matching and sits this round out.` };
  });
  for (const i of [...unplaced].sort(
    (x, y) => (model.memberIndex[x] as number) - (model.memberIndex[y] as number),
  )) {
    unmatched.push(unplacedReason(model, i));
  }

  const result = groups.map((g) => g.group);
  return {
    seed,
    today: prepared.today,
    groups: result,
    unmatched,
    totalWeight: result.reduce((sum, g) => sum + g.weight, 0),
    stats: {
      members: request.members.length,
      active: model.n,
      candidateEdges: graph.edges,
      greedyWeight,
      matchingWeight: optimisedWeight,
      method: model.n <= (request.exactUpTo ?? DEFAULT_EXACT_UP_TO) ? 'exact' : 'greedy+local',
      pairs: result.filter((g) => g.members.length === 2).length,
      trios: trios.length,
    },
  };
}

/**
 * Explains groups already formed (pairs and trios, by member id) from a request that may
 * hold less than the one that formed them — say, only what members let each other see —
 * so a reason never names what one of them keeps to themselves. Weights, shared
 * interests, reasons and starters all come from this request; every id must be in it.
 */
export function explainGroups(request: PairingRequest, groups: readonly (readonly string[])[]): MatchGroup[] {
  const { model, seed } = preparePairing(request);
  const indexOf = new Map<string, number>();
  model.ids.forEach((id, i) => {
    indexOf.set(id as string, i);
  });
  const at = (id: string): number => {
    const i = indexOf.get(id);
    if (i === undefined) throw new Error(`member "${id}" is not active in the explaining request`);
    return i;
  };
  return groups.map((ids) =>
    ids.length === 3
      ? explainTrio(
          model,
          { a: at(ids[0] as string), b: at(ids[1] as string), third: at(ids[2] as string) },
          seed,
        )
      : explainPair(model, at(ids[0] as string), at(ids[1] as string), seed),
  );
}
