/**
 * Asks and introductions as each person sees them. The rules of consent live here:
 * a party sees the other party's shared profile and the connector's note, and the other
 * party's email only once both have accepted; the connector sees only whether it went
 * ahead. Nobody is ever told who declined: a decline shows as "not going ahead".
 */
import { labelForKey } from '@kindred/core';
import type { AskRecord, IntroductionAnswer, IntroductionRecord } from '@kindred/store';
import type { InterestLabel, SharedProfile } from './profile.present.ts';

export interface Ask {
  id: string;
  communityId: string;
  asker: { userId: string; displayName: string };
  /** Whether the viewer made this ask (and so may close it). */
  mine: boolean;
  interests: InterestLabel[];
  note: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface Suggestion {
  userId: string;
  displayName: string;
  /** Interest similarity with the ask, 0 to 1 (rare shared interests weigh more). */
  score: number;
  /** The asked-for interests this member shares, heaviest first. */
  shared: InterestLabel[];
  profile: SharedProfile;
}

/** waiting: not everyone has said yes yet; introduced: both did; not-going-ahead: someone said no. */
export type IntroductionStatus = 'waiting' | 'introduced' | 'not-going-ahead';

export interface IntroducedPerson {
  userId: string;
  displayName: string;
  /** Only to the other party, and only once both have accepted. */
  email: string | null;
  profile: SharedProfile;
}

export interface Introduction {
  id: string;
  communityId: string;
  communityName: string;
  /** party: you are one of the two; connector: you proposed it for two others. */
  role: 'party' | 'connector';
  connector: { userId: string; displayName: string };
  note: string | null;
  askId: string | null;
  createdAt: string;
  status: IntroductionStatus;
  /** Your own answer; null when you are only the connector. */
  myAnswer: IntroductionAnswer | null;
  /** The people being introduced, without you: one for a party, both for the connector. */
  people: IntroducedPerson[];
}

const labels = (keys: readonly string[]): InterestLabel[] =>
  keys.map((key) => ({ key, label: labelForKey(key) }));

export function presentAsk(record: AskRecord, viewerId: string): Ask {
  return {
    id: record.id,
    communityId: record.communityId,
    asker: { userId: record.userId, displayName: record.displayName },
    mine: record.userId === viewerId,
    interests: labels(record.interests),
    note: record.note,
    createdAt: record.createdAt,
    closedAt: record.closedAt,
  };
}

export function statusOf(record: IntroductionRecord): IntroductionStatus {
  return statusOfAnswers(record.parties.map((p) => p.answer));
}

/** One no ends it; two yeses make it; anything else is still waiting. */
export function statusOfAnswers(answers: readonly IntroductionAnswer[]): IntroductionStatus {
  if (answers.includes('declined')) return 'not-going-ahead';
  return answers.every((a) => a === 'accepted') ? 'introduced' : 'waiting';
}

/** The ids whose shared profiles `viewerId` needs to see this introduction. */
export function peopleShownTo(record: IntroductionRecord, viewerId: string): string[] {
  return record.parties.map((p) => p.userId).filter((id) => id !== viewerId);
}

export function presentIntroduction(
  record: IntroductionRecord,
  viewerId: string,
  profiles: ReadonlyMap<string, SharedProfile>,
): Introduction {
  const mine = record.parties.find((p) => p.userId === viewerId);
  const status = statusOf(record);
  return {
    id: record.id,
    communityId: record.communityId,
    communityName: record.communityName,
    role: mine ? 'party' : 'connector',
    connector: { userId: record.connectorId, displayName: record.connectorName },
    note: record.note,
    askId: record.askId,
    createdAt: record.createdAt,
    status,
    myAnswer: mine ? mine.answer : null,
    people: record.parties
      .filter((p) => p.userId !== viewerId)
      .map((p) => ({
        userId: p.userId,
        displayName: p.displayName,
        email: mine && status === 'introduced' ? p.email : null,
        profile: profiles.get(p.userId) ?? {},
      })),
  };
}
