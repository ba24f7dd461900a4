/**
 * Candidates that come from one tie's own rhythm: the follow-up after a first meeting,
 * the regular check-in, a give when the balance tilts to asks, a step up the ladder,
 * and a hello in person on a day you are both around.
 */
import { costOf } from '../../energy/forms.ts';
import { cadenceFor } from '../../ladder/cadence.ts';
import { nextStep } from '../../ladder/next-steps.ts';
import { stageLabel, stageRank } from '../../ladder/stages.ts';
import { addDays, daysBetween } from '../../time/local-date.ts';
import type { PlanInput, PlanPerson } from '../plan.types.ts';
import { asyncFormFor, type Candidate, draftBase, respectAsync, sharedWithMe } from './candidate.ts';

const RECENT_DAYS = 180;

export function firstFollowUp(input: PlanInput, pp: PlanPerson): Candidate | null {
  const { person, stats } = pp;
  if (!person.metOn) return null;
  const since = daysBetween(person.metOn, input.today);
  // Noted a few days late (a debrief after a busy week)? The note is still worth sending soon.
  const addedRecently = daysBetween(person.createdAt.slice(0, 10), input.today) <= 1;
  if (since < 0 || since > (addedRecently ? 7 : 2)) return null;
  if (stats.lastContactOn && stats.lastContactOn > person.metOn) return null;
  const form = asyncFormFor(person);
  return {
    key: `first_follow_up:${person.id}:${person.metOn}`,
    kind: 'first_follow_up',
    personIds: [person.id],
    energyCost: costOf(form, input.settings.energyCosts),
    value: 9,
    window: {
      from: input.today,
      to: addDays(person.metOn, 2) > input.today ? addDays(person.metOn, 2) : addDays(input.today, 1),
    },
    form,

    explain: () => ({
      reason: `You met ${person.name} ${since === 0 ? 'today' : since === 1 ? 'yesterday' : `${since} days ago`}: a short note while the memory is fresh makes the next hello easy.`,

      draftInputs: [
        {
          personId: person.id,
          input: {
            kind: 'first_follow_up',
            ...draftBase(input, pp, form, sharedWithMe(input, pp)),
            metAt: person.metWhere,
          },
        },
      ],
    }),
  };
}

export function checkIn(input: PlanInput, pp: PlanPerson): Candidate | null {
  const { person, stats } = pp;
  const cadence = cadenceFor(person.stage, person.cadenceDays);
  const last = stats.lastContactOn ?? person.metOn;
  if (!cadence || !last) return null;
  const dueOn = addDays(last, cadence);
  const horizonEnd = addDays(input.today, input.horizon === 'week' ? 6 : 0);
  if (dueOn > horizonEnd) return null;
  const overdueDays = Math.max(0, daysBetween(dueOn, input.today));
  const form = asyncFormFor(person);
  const since = daysBetween(last, input.today);
  return {
    key: `check_in:${person.id}:${last}`,
    kind: 'check_in',
    personIds: [person.id],
    energyCost: costOf(form, input.settings.energyCosts),
    value: 2 + stageRank(person.stage) * 0.5 + Math.min(3, (overdueDays / cadence) * 3),
    window: {
      from: dueOn > input.today ? dueOn : input.today,
      to: addDays(dueOn > input.today ? dueOn : input.today, Math.ceil(cadence / 2)),
    },
    form,

    explain: () => ({
      reason:
        overdueDays > 0
          ? `It has been ${since} days since you were last in touch with ${person.name}. For a tie at “${stageLabel(person.stage, person.seniority)}”, a light touch about every ${cadence} days keeps it alive.`
          : `${person.name} is due a light check-in: about every ${cadence} days suits a tie at “${stageLabel(person.stage, person.seniority)}”.`,

      draftInputs: [
        {
          personId: person.id,
          input: { kind: 'check_in', ...draftBase(input, pp, form, sharedWithMe(input, pp)) },
        },
      ],
    }),
  };
}

export function give(input: PlanInput, pp: PlanPerson): Candidate | null {
  const { person, stats } = pp;
  if (person.stage === 'stranger') return null;
  const since = addDays(input.today, -RECENT_DAYS);
  const recent = stats.recent.filter((r) => r.on >= since);
  const asks = recent.filter((r) => r.exchange === 'ask').length;
  const gives = recent.filter((r) => r.exchange === 'give').length;
  if (asks < 2 || asks - gives < 2) return null;
  const form = asyncFormFor(person);
  return {
    key: `give:${person.id}:${stats.lastContactOn ?? ''}`,
    kind: 'give',
    personIds: [person.id],
    energyCost: costOf(form, input.settings.energyCosts),
    value: 4 + Math.min(2, asks - gives - 2),
    window: { from: input.today, to: addDays(input.today, 14) },
    form,

    explain: () => ({
      reason: `Lately you have asked ${person.name} for more than you have offered (${asks} asks, ${gives} gives): time to give something back, with no ask attached.`,

      draftInputs: [
        {
          personId: person.id,
          input: { kind: 'give', ...draftBase(input, pp, form, sharedWithMe(input, pp)) },
        },
      ],
    }),
  };
}

export function stepUp(input: PlanInput, pp: PlanPerson): Candidate | null {
  const { person, stats } = pp;
  const step = nextStep(person.stage, person.seniority);
  const cadence = cadenceFor(person.stage, person.cadenceDays);
  if (!step || !cadence || person.stage === 'stranger' || !stats.lastContactOn) return null;
  const stableFor = stats.stageSince ? daysBetween(stats.stageSince, input.today) : 0;
  const warm = daysBetween(stats.lastContactOn, input.today) <= cadence * 2;
  const awkward = stats.recent.slice(0, 2).some((r) => r.outcome === 'awkward');
  if (stableFor < 30 || !warm || awkward || stats.contactCount < stageRank(person.stage) + 1) return null;
  const form = respectAsync(person, step.live ? 'coffee' : asyncFormFor(person));
  const topic = stats.lastTopics[0] ?? null;
  return {
    key: `step_up:${person.id}:${person.stage}`,
    kind: 'step_up',
    personIds: [person.id],
    form,
    energyCost: costOf(form, input.settings.energyCosts),
    value: 3.5,
    window: { from: input.today, to: addDays(input.today, 21) },
    step: step.kind,
    explain: () => ({
      reason: `Your tie with ${person.name} has been steady at “${stageLabel(person.stage, person.seniority)}” for ${stableFor} days and is warm: ${step.title.charAt(0).toLowerCase()}${step.title.slice(1)}.`,
      draftInputs: [
        {
          personId: person.id,
          input: {
            kind: 'step_up',
            ...draftBase(input, pp, form, sharedWithMe(input, pp)),
            step: { kind: step.kind, topic },
          },
        },
      ],
    }),
  };
}

/** On days on site: a hello in person to someone you have only met on calls or in writing. */
export function helloInPerson(
  input: PlanInput,
  pp: PlanPerson,
  onSite: ReadonlySet<string>,
): Candidate | null {
  const { person, stats } = pp;
  if (onSite.size === 0 || person.prefersAsync || stats.everInPerson || stats.contactCount === 0) return null;
  if (!input.me.organisation || person.organisation?.toLowerCase() !== input.me.organisation.toLowerCase())
    return null;
  const days = [...onSite].sort();
  return {
    key: `hello:${person.id}`,
    kind: 'hello_in_person',
    personIds: [person.id],
    form: 'greeting',
    energyCost: costOf('greeting', input.settings.energyCosts),
    value: 3,
    window: { from: days[0] as string, to: days[days.length - 1] as string },
    onlyOn: onSite,
    explain: () => ({
      reason: `You will both be on site and have only met ${person.name} on calls or in writing: a quick hello in person makes the next call warmer.`,
      draftInputs: [
        {
          personId: person.id,
          input: {
            kind: 'hello_in_person',
            ...draftBase(input, pp, 'greeting', sharedWithMe(input, pp)),
            channel: 'in_person',
          },
        },
      ],
    }),
  };
}
