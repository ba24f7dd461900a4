/**
 * Candidates that come from what people told you: asking how a dated thing went once
 * its day has passed, and congratulating a recorded win while it is still news.
 */
import { costOf } from '../../energy/forms.ts';
import type { Detail } from '../../people/person.types.ts';
import { addDays } from '../../time/local-date.ts';
import type { PlanInput, PlanPerson } from '../plan.types.ts';
import { asyncFormFor, type Candidate, draftBase, sharedWithMe } from './candidate.ts';

/** How long after its follow-up day asking "how did it go?" still feels natural. */
export const FOLLOW_UP_WINDOW_DAYS = 30;
/** How long a win stays news worth congratulating. */
export const WIN_WINDOW_DAYS = 21;

export function detailFollowUp(input: PlanInput, pp: PlanPerson, detail: Detail): Candidate | null {
  if (detail.kind === 'win' || !detail.followUpOn || detail.followedUpAt) return null;
  const horizonEnd = addDays(input.today, input.horizon === 'week' ? 6 : 0);
  const until = addDays(detail.followUpOn, FOLLOW_UP_WINDOW_DAYS);
  if (detail.followUpOn > horizonEnd || until < input.today) return null;
  const form = asyncFormFor(pp.person);
  const followUpOn = detail.followUpOn;
  const from = followUpOn > input.today ? followUpOn : input.today;
  return {
    key: `follow_up:${detail.id}`,
    kind: 'detail_follow_up',
    personIds: [pp.person.id],
    energyCost: costOf(form, input.settings.energyCosts),
    value: 6,
    window: { from, to: until },
    detailId: detail.id,
    form,

    explain: () => ({
      reason: `${pp.person.name} told you: “${detail.text}”. ${followUpOn <= input.today ? 'That day has passed' : 'That day comes soon'}: asking how it went shows you listened.`,

      draftInputs: [
        {
          personId: pp.person.id,
          input: {
            kind: 'detail_follow_up',
            ...draftBase(input, pp, form, sharedWithMe(input, pp)),
            detail: { text: detail.text, happensOn: detail.happensOn },
          },
        },
      ],
    }),
  };
}

export function congratulate(input: PlanInput, pp: PlanPerson, detail: Detail): Candidate | null {
  if (detail.kind !== 'win' || detail.followedUpAt) return null;
  const since = detail.happensOn ?? detail.createdAt.slice(0, 10);
  const until = addDays(since, WIN_WINDOW_DAYS);
  if (until < input.today) return null;
  const form = asyncFormFor(pp.person);
  return {
    key: `congrats:${detail.id}`,
    kind: 'congratulate',
    personIds: [pp.person.id],
    energyCost: costOf(form, input.settings.energyCosts),
    value: 7,
    window: { from: since > input.today ? since : input.today, to: until },
    detailId: detail.id,
    form,

    explain: () => ({
      reason: `${pp.person.name} has news worth celebrating: “${detail.text}”. A short congratulation is one of the cheapest, warmest gestures there is.`,

      draftInputs: [
        {
          personId: pp.person.id,
          input: {
            kind: 'congratulate',
            ...draftBase(input, pp, form, sharedWithMe(input, pp)),
            detail: { text: detail.text, happensOn: detail.happensOn },
          },
        },
      ],
    }),
  };
}
