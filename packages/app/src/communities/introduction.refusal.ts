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
 * the other person also said no, and that difference would tell. For the same reason,
 * two people a round matched are told so whatever either answered: a no to a match
 * leaves a block, and deciding on the block would tell one that the other said no.
 */
import type { IntroductionAnswer } from '@kindred/store';
import { AppError } from '../errors/app-error.ts';
import { type IntroductionStatus, statusOfAnswers } from './introduction.present.ts';

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
  /** When a round last matched the two (ISO), whatever they answered; null if never. */
  lastMatchedOn: string | null;
  now: Date;
}

const POINT_AT = 'userIds';

/** The one answer for every reason the proposer may not know. */
function unavailable(facts: PairFacts): AppError {
  const [a, b] = facts.pair;
  // One wording for every reason, true whichever it is.
  const message =
    a.userId === facts.proposerId
      ? `Kindred won't suggest you and ${b.name} to each other just now, and can't say why. You could post an ask and see who else fits.`
      : `Kindred won't suggest ${a.name} and ${b.name} to each other just now, and can't say why. You could suggest someone else to either of them.`;
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

/** The proposer and the other were matched by a round: a fact both of them know. */
function matchedAlready(facts: PairFacts, on: string | null): AppError {
  const other = facts.pair[1].name;
  const when = on ? ` (on ${on.slice(0, 10)})` : '';
  return new AppError(
    'introduction_unavailable',
    `A round in ${facts.communityName} already matched you with ${other}${when}, so Kindred does not introduce the two of you as well. That match, in your matches, is the place to meet or to change your answer.`,
    [{ field: POINT_AT, message: 'you two were matched in a round' }],
  );
}

const STATUS_WORDS: Record<IntroductionStatus, string> = {
  waiting: 'still waiting',
  introduced: 'introduced',
  'not-going-ahead': 'did not go ahead',
};

/** About an earlier introduction the proposer was in (as a party or its connector). */
function known(facts: PairFacts, status: IntroductionStatus, createdAt: string): AppError {
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
    {
      field: POINT_AT,
      message: `an earlier introduction of these two you are in or made: ${STATUS_WORDS[status]}`,
    },
  ]);
}

/**
 * The refusal for proposing this pair now, or null when it may go ahead. An earlier
 * introduction counts while under way or done, or declined within DECLINED_REST_DAYS.
 */
export function refusalFor(facts: PairFacts): AppError | null {
  const rest = new Date(facts.now.getTime() - DECLINED_REST_DAYS * DAY_MS).toISOString();
  const live = facts.earlier
    .map((e) => ({ ...e, status: statusOfAnswers(e.answers) }))
    .filter((e) => e.status !== 'not-going-ahead' || e.createdAt >= rest);
  const proposerIsParty = facts.pair.some((p) => p.userId === facts.proposerId);

  // What the proposer already knows, most useful first.
  if (facts.proposerIsAdmin && facts.blocks.some((b) => b.reason === 'admin')) return keptApartByAdmin(facts);
  // A member's no to a match leaves a block, so a block says they were matched: the same
  // answer as a match, whoever said no. (Leaving a community takes the leaver's side of
  // their matches with it while the block stays; so a block can outlive the match rows.)
  const memberBlock = facts.blocks.some((b) => b.reason !== 'admin');
  if (proposerIsParty && (facts.lastMatchedOn || memberBlock))
    return matchedAlready(facts, facts.lastMatchedOn);
  const mine = live.filter((e) => proposerIsParty || e.connectorId === facts.proposerId);
  for (const status of ['waiting', 'introduced', 'not-going-ahead'] as const) {
    const one = mine.find((e) => e.status === status);
    if (one) return known(facts, status, one.createdAt);
  }

  // Anything else is someone else's to keep.
  if (live.length > 0 || facts.blocks.length > 0) return unavailable(facts);
  return null;
}
