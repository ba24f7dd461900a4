/**
 * Whether two members may be proposed to each other, and what the proposer may be told
 * when not. Reasons not to propose a pair are private to the people they belong to: an
 * earlier introduction belongs to its two parties and its connector, a "no" to a match
 * belongs to whoever said it, and an admin's kept-apart pair to the admins. A proposer
 * is told a reason only when it is already theirs to know; otherwise every reason gets
 * the same neutral answer, so nothing in it says which (or whose) it was.
 *
 * Reasons the proposer knows are checked before the ones they do not, on purpose: if
 * a hidden reason came first, the answer would change (plain, or neutral) with whether
 * the other person also said no, and that difference would tell.
 */
import type { IntroductionAnswer } from '@kindred/store';
import { AppError } from '../errors/app-error.ts';

/** A declined pair is not proposed again for this long, so nobody is asked twice in a row. */
export const DECLINED_REST_DAYS = 180;

const DAY_MS = 86_400_000;

export interface PairFacts {
  proposerId: string;
  proposerIsAdmin: boolean;
  communityName: string;
  /** The two members, side a first (the proposer, when one of them). */
  pair: [{ userId: string; name: string }, { userId: string; name: string }];
  earlier: { connectorId: string; answers: [IntroductionAnswer, IntroductionAnswer]; createdAt: string }[];
  blocks: { reason: 'admin' | 'declined' | 'not_again'; setBy: string | null }[];
  now: Date;
}

const POINT_AT = 'userIds';

/** The one answer for every reason the proposer may not know. */
function unavailable(facts: PairFacts): AppError {
  const [a, b] = facts.pair;
  const message =
    a.userId === facts.proposerId
      ? `Kindred won't suggest you and ${b.name} to each other just now. The reason isn't ours to share, and it says nothing about you. You could post an ask and see who else fits.`
      : `Kindred won't suggest ${a.name} and ${b.name} to each other just now. The reason stays with them, and it is nothing you did. You could suggest someone else to either of them.`;
  return new AppError('introduction_unavailable', message, [
    { field: POINT_AT, message: 'these two cannot be suggested to each other just now' },
  ]);
}

function keptApartByAdmin(facts: PairFacts): AppError {
  const [a, b] = facts.pair;
  const who = a.userId === facts.proposerId ? `You and ${b.name}` : `${a.name} and ${b.name}`;
  return new AppError(
    'introduction_unavailable',
    `${who} are a kept-apart pair in ${facts.communityName}, so Kindred will not introduce them either. If they no longer need keeping apart, take the pair off the kept-apart list first.`,
    [{ field: POINT_AT, message: 'a kept-apart pair' }],
  );
}

function ownNo(facts: PairFacts): AppError {
  const other = facts.pair[1].name;
  return new AppError(
    'introduction_unavailable',
    `You told Kindred you would rather not be paired with ${other} in ${facts.communityName}, so it will not introduce the two of you either. If you have changed your mind, change your answer on that match first.`,
    [{ field: POINT_AT, message: 'you asked not to be paired with them' }],
  );
}

type Status = 'waiting' | 'introduced' | 'not-going-ahead';
const statusOf = (answers: readonly IntroductionAnswer[]): Status =>
  answers.includes('declined')
    ? 'not-going-ahead'
    : answers.every((a) => a === 'accepted')
      ? 'introduced'
      : 'waiting';

/** About an earlier introduction the proposer was in (as a party or its connector). */
function known(facts: PairFacts, status: Status, createdAt: string): AppError {
  const [a, b] = facts.pair;
  const party = a.userId === facts.proposerId;
  const it = party
    ? `Your introduction to ${b.name}`
    : `The introduction you made of ${a.name} and ${b.name}`;
  const again = new Date(new Date(createdAt).getTime() + DECLINED_REST_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const message = {
    waiting: `${it} is still waiting for an answer; you can follow it in your introductions.`,
    introduced: party
      ? `You and ${b.name} are introduced already: their email is on that introduction in your list.`
      : `${a.name} and ${b.name} are introduced already, through the introduction you made.`,
    'not-going-ahead': `${it} did not go ahead, and Kindred waits ${DECLINED_REST_DAYS} days before suggesting the same two again, so not before ${again}.`,
  }[status];
  return new AppError('introduction_exists', message, [
    { field: POINT_AT, message: `an earlier introduction of these two you are in or made (${status})` },
  ]);
}

/**
 * The refusal for proposing this pair now, or null when it may go ahead. An earlier
 * introduction counts while under way or done, or declined within DECLINED_REST_DAYS.
 */
export function refusalFor(facts: PairFacts): AppError | null {
  const rest = new Date(facts.now.getTime() - DECLINED_REST_DAYS * DAY_MS).toISOString();
  const live = facts.earlier
    .map((e) => ({ ...e, status: statusOf(e.answers) }))
    .filter((e) => e.status !== 'not-going-ahead' || e.createdAt >= rest);
  const proposerIsParty = facts.pair.some((p) => p.userId === facts.proposerId);

  // What the proposer already knows, most useful first.
  if (facts.proposerIsAdmin && facts.blocks.some((b) => b.reason === 'admin')) return keptApartByAdmin(facts);
  if (proposerIsParty && facts.blocks.some((b) => b.setBy === facts.proposerId)) return ownNo(facts);
  const mine = live.filter((e) => proposerIsParty || e.connectorId === facts.proposerId);
  for (const status of ['waiting', 'introduced', 'not-going-ahead'] as const) {
    const one = mine.find((e) => e.status === status);
    if (one) return known(facts, status, one.createdAt);
  }

  // Anything else is someone else's to keep.
  if (live.length > 0 || facts.blocks.length > 0) return unavailable(facts);
  return null;
}
