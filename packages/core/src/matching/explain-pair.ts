/**
 * Why two (or three) people were matched, in plain words, from the same parts the weight
 * was built from: what they share (rarest first, since that is what drove the match),
 * crossing teams, a mentoring fit, and an earlier meeting that counted against them.
 * People are told the truth about a weak match too ("nothing in common on paper") rather
 * than a flattering story.
 */

import { interestPhrase, isActivity, listPhrase } from './interest-phrase.ts';
import type { MatchGroup, SharedInterestLabel } from './matching.types.ts';
import { emptyWeightParts, pairWeight } from './pair-weight.ts';
import { findRelation, type PairingModel } from './pairing-model.ts';
import { conversationStarter } from './starters.ts';
import type { Trio } from './trio.ts';

/** How many shared interests a reason names before summarising the rest. */
const NAMED = 3;

/** Model indices in the order the members came in the request, which is how a group lists them. */
function byInput(model: PairingModel, members: readonly number[]): number[] {
  return [...members].sort((x, y) => (model.memberIndex[x] as number) - (model.memberIndex[y] as number));
}

function keysOf(model: PairingModel, i: number): Int32Array {
  return model.keyIds.subarray(model.keyStart[i] as number, model.keyStart[i + 1] as number);
}

/** Key ids held by at least `atLeast` of the members, heaviest (rarest) first, then by label. */
function sharedKeys(model: PairingModel, members: readonly number[], atLeast: number): number[] {
  const count = new Map<number, number>();
  for (const i of members) for (const k of keysOf(model, i)) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count]
    .filter(([, c]) => c >= atLeast)
    .map(([k]) => k)
    .sort(
      (a, b) =>
        (model.idf2[b] as number) - (model.idf2[a] as number) ||
        ((model.keyLabels[a] as string) < (model.keyLabels[b] as string) ? -1 : 1),
    );
}

function phrases(model: PairingModel, keys: readonly number[]): string[] {
  return keys.map((k) => interestPhrase(model.keys[k] as string, model.keyLabels[k] as string));
}

function sharedSentence(model: PairingModel, keys: readonly number[]): string {
  const named = phrases(model, keys.slice(0, NAMED));
  let sentence =
    keys.length > named.length
      ? `You share ${keys.length} interests, among them ${listPhrase(named)}.`
      : `You both listed ${listPhrase(named)}.`;
  const top = keys[0] as number;
  const holders = model.df[top] as number;
  if (model.n >= 20 && holders <= Math.max(2, Math.round(model.n * 0.02))) {
    sentence += ` Only ${holders} of the ${model.n} people in this round listed ${named[0]}.`;
  }
  return sentence;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The reason for a pair, in the order a reader cares about. */
function pairReason(model: PairingModel, i: number, j: number, keys: readonly number[]): string {
  const parts = emptyWeightParts();
  pairWeight(model, i, j, parts);
  const sentences: string[] = [];
  const teams = [model.teamNames[model.team[i] as number], model.teamNames[model.team[j] as number]];
  if (keys.length > 0) sentences.push(sharedSentence(model, keys));
  if (parts.mentoring > 0) {
    const mentor = parts.mentor;
    const mentee = mentor === i ? j : i;
    sentences.push(
      `${model.ids[mentor]} is open to mentoring and ${model.ids[mentee]} would like a mentor, with some experience between you.`,
    );
  }
  if (parts.crossTeam > 0) {
    sentences.push(
      keys.length === 0 && parts.mentoring === 0
        ? `Nothing in common on paper, which makes this a chance to meet someone from another part of the community (${teams[0]} and ${teams[1]}).`
        : `You work in different teams (${teams[0]} and ${teams[1]}).`,
    );
  } else if (keys.length === 0 && parts.mentoring === 0) {
    sentences.push('Nothing in common on paper yet; this pairing makes sure nobody sits the round out.');
  }
  if (parts.repeat > 0) {
    const at = findRelation(model, i, j);
    const last =
      at === -1 || Number.isNaN(model.relLastMet[at] as number)
        ? undefined
        : (model.relLastMet[at] as number);
    sentences.push(
      `You were matched before${last === undefined ? '' : ` (last on ${day(last)})`}; that counted against this pair, and it still came out best.`,
    );
  }
  return sentences.join(' ');
}

function shared(model: PairingModel, keys: readonly number[]): SharedInterestLabel[] {
  return keys.map((k) => ({ key: model.keys[k] as string, label: model.keyLabels[k] as string }));
}

function starter(
  model: PairingModel,
  members: readonly number[],
  keys: readonly number[],
  seed: string | number,
  mentoring: boolean,
) {
  return conversationStarter({
    ids: members.map((m) => model.ids[m] as string),
    seed,
    shared: keys.slice(0, 2).map((k) => ({
      phrase: interestPhrase(model.keys[k] as string, model.keyLabels[k] as string),
      activity: isActivity(model.keys[k] as string),
    })),
    mentoring,
  });
}

/** A pair with its weight, shared interests, reason and starter. */
export function explainPair(model: PairingModel, a: number, b: number, seed: string | number): MatchGroup {
  const [i, j] = byInput(model, [a, b]) as [number, number];
  const parts = emptyWeightParts();
  const weight = pairWeight(model, i, j, parts) as number;
  const keys = sharedKeys(model, [i, j], 2);
  return {
    members: [model.ids[i] as string, model.ids[j] as string],
    weight,
    shared: shared(model, keys),
    reason: pairReason(model, i, j, keys),
    starter: starter(model, [i, j], keys, seed, parts.mentoring > 0),
  };
}

/** A trio: weight is the sum of its three pair weights; shared means held by at least two. */
export function explainTrio(model: PairingModel, trio: Trio, seed: string | number): MatchGroup {
  const members = byInput(model, [trio.a, trio.b, trio.third]);
  const [x, y, z] = members as [number, number, number];
  const weight =
    (pairWeight(model, x, y) as number) +
    (pairWeight(model, x, z) as number) +
    (pairWeight(model, y, z) as number);
  const everyone = new Set(sharedKeys(model, members, 3));
  // What all three share comes first: it is what the conversation can start from.
  const keys = sharedKeys(model, members, 2).sort(
    (a, b) => Number(everyone.has(b)) - Number(everyone.has(a)),
  );
  const sentences = [
    `The numbers were odd, so ${model.ids[trio.third]} joins ${model.ids[trio.a]} and ${model.ids[trio.b]} as a trio.`,
  ];
  const all = keys.filter((k) => everyone.has(k));
  if (all.length > 0)
    sentences.push(`All three of you listed ${listPhrase(phrases(model, all.slice(0, NAMED)))}.`);
  // Then what each two of them share, named, so each person sees their own thread.
  const byPair: string[] = [];
  for (const [p, q] of [
    [x, y],
    [x, z],
    [y, z],
  ] as const) {
    const own = sharedKeys(model, [p, q], 2).filter((k) => !everyone.has(k));
    if (own.length > 0) {
      byPair.push(
        `${model.ids[p]} and ${model.ids[q]} share ${listPhrase(phrases(model, own.slice(0, NAMED)))}`,
      );
    }
  }
  if (byPair.length > 0) sentences.push(`${all.length > 0 ? 'Also, ' : ''}${byPair.join('; ')}.`);
  if (keys.length === 0) sentences.push('Nothing in common on paper yet, so there is plenty to find out.');
  for (const [p, q] of [
    [x, y],
    [x, z],
    [y, z],
  ] as const) {
    const parts = emptyWeightParts();
    pairWeight(model, p, q, parts);
    if (parts.mentoring > 0) {
      const mentee = parts.mentor === p ? q : p;
      sentences.push(
        `${model.ids[parts.mentor]} is open to mentoring and ${model.ids[mentee]} would like a mentor.`,
      );
    }
  }
  const teams = new Set(members.map((m) => model.team[m]));
  if (teams.size > 1) sentences.push(`You come from ${teams.size === 3 ? 'three' : 'two'} different teams.`);
  return {
    members: members.map((m) => model.ids[m] as string),
    weight,
    shared: shared(model, keys),
    reason: sentences.join(' '),
    starter: starter(model, members, keys, seed, false),
  };
}
