/**
 * Preparing for an event: whom to look for (ranked by shared interests and by what you
 * want from the event), two or three openers for each, a modest goal, a break plan and
 * a graceful way out. Pure: the app supplies the event, your profile and your energy.
 */
import { breakPlan, draftOpeners, exitLine } from '../drafts/index.ts';
import { buildInterestWeights, interestSimilarity } from '../taxonomy/index.ts';
import { foldText } from '../text/fold.ts';
import type { Attendee, EventKind, KindredEvent } from './event.types.ts';

/** Default energy an event of each kind takes, on the same scale as interaction forms. */
export const EVENT_COSTS: Record<EventKind, number> = {
  meetup: 7,
  conference: 10,
  talk: 5,
  dinner: 6,
  workshop: 6,
  party: 8,
  offsite: 10,
  other: 6,
};

const DURATION_MINUTES: Record<EventKind, number> = {
  meetup: 150,
  conference: 420,
  talk: 90,
  dinner: 150,
  workshop: 180,
  party: 180,
  offsite: 420,
  other: 120,
};

export interface PrepTarget {
  attendee: Attendee;
  score: number;
  /** Why this person is worth finding, in plain words. */
  why: string;
  sharedInterests: string[];
  openers: string[];
}

export interface EventPrep {
  event: KindredEvent;
  goal: string;
  targets: PrepTarget[];
  breaks: string[];
  exitLine: string;
  /** Energy: what the event takes and what the week has left after it. */
  energy: { cost: number; leftAfter: number };
  afterwards: string;
}

export interface PrepInput {
  event: KindredEvent;
  me: { interestKeys: string[]; goals: string | null };
  /** Energy left in the event's week, before the event. */
  energyLeft: number;
  seed: string;
  /** How many people to suggest looking for. */
  limit?: number;
}

function goalWords(goal: string | null): string[] {
  return goal
    ? foldText(goal)
        .split(' ')
        .filter((w) => w.length >= 4)
    : [];
}

/** A goal that fits the energy you have: fewer, deeper conversations when it is low. */
function defaultGoal(energyLeftAfter: number, known: number): string {
  if (energyLeftAfter <= 2) return 'Two meaningful conversations, then leave when you planned to.';
  if (known > 0) return 'Say hello again to one person you know, and meet two new people.';
  return 'Meet three new people and learn one thing about each.';
}

export function prepareEvent(input: PrepInput): EventPrep {
  const { event } = input;
  const weights = buildInterestWeights([
    input.me.interestKeys,
    ...event.attendees.map((a) => a.interests.map((i) => i.key)),
  ]);
  const words = goalWords(input.me.goals ?? event.goal);
  const scored = event.attendees.map((attendee) => {
    const sim = interestSimilarity(
      input.me.interestKeys,
      attendee.interests.map((i) => i.key),
      weights,
    );
    const about = foldText(
      [attendee.role, attendee.organisation, ...attendee.interests.map((i) => i.label)]
        .filter(Boolean)
        .join(' '),
    );
    const goalHits = words.filter((w) => about.includes(w));
    const known = attendee.personId !== null;
    const score = sim.score * 3 + goalHits.length * 1.5 + (known ? 1 : 0);
    const shared = sim.shared.map((s) => s.label);
    const reasons: string[] = [];
    if (shared.length) reasons.push(`you share ${shared.slice(0, 2).join(' and ').toLowerCase()}`);
    if (goalHits.length)
      reasons.push(`their work fits what you hope to get from this (${goalHits.join(', ')})`);
    if (known) reasons.push('you already know them: an easy first hello');
    return { attendee, score, shared, reasons };
  });
  scored.sort((a, b) => b.score - a.score || a.attendee.name.localeCompare(b.attendee.name));
  const targets = scored
    // Nobody stands out? Still suggest a few hellos: the list is a start, not a verdict.
    .slice(0, input.limit ?? 5)
    .map((s) => ({
      attendee: s.attendee,
      score: Math.round(s.score * 100) / 100,
      why: s.reasons.length ? `${s.reasons.join('; ')}.` : 'Worth a hello.',
      sharedInterests: s.shared,
      openers: draftOpeners(
        {
          person: { name: s.attendee.name, organisation: s.attendee.organisation, seniority: null },
          sharedInterests: s.shared,
          theirRole: s.attendee.role,
          myGoal: input.me.goals ?? event.goal,
          eventName: event.name,
        },
        `${input.seed}:${s.attendee.id}`,
        3,
      ),
    }));
  const leftAfter = input.energyLeft - event.energyCost;
  return {
    event,
    goal: event.goal ?? defaultGoal(leftAfter, targets.filter((t) => t.attendee.personId).length),
    targets,
    breaks: breakPlan({ durationMinutes: DURATION_MINUTES[event.kind], energyLeft: Math.max(0, leftAfter) }),
    exitLine: exitLine(`${input.seed}:${event.id}`),
    energy: { cost: event.energyCost, leftAfter },
    afterwards:
      'Within two days, note who you met with one detail each in the event’s debrief, and keep the day after light.',
  };
}
