/**
 * The plan: a small set of concrete next steps for a day or a week, within the energy
 * the user has left, each with its reason and a drafted message.
 */

import { draftMessage } from '../drafts/index.ts';
import { seedFrom } from '../random/prng.ts';
import { addDays, weekStart } from '../time/local-date.ts';
import type { Candidate } from './candidates/candidate.ts';
import { congratulate, detailFollowUp } from './candidates/detail.candidates.ts';
import { introductions, shareItems } from './candidates/network.candidates.ts';
import { checkIn, firstFollowUp, give, helloInPerson, stepUp } from './candidates/person.candidates.ts';
import type { Plan, PlanAction, PlanInput, PlanPerson } from './plan.types.ts';
import { NOTHING_DUE_NOTE } from './plan-notes.ts';
import { dayRules, schedule } from './schedule.ts';

/** Every action worth considering, before budget and days are applied. */
export function candidateActions(input: PlanInput, onSite: ReadonlySet<string>): Candidate[] {
  const byId = new Map(input.people.map((pp) => [pp.person.id, pp]));
  const out: Candidate[] = [];
  const push = (c: Candidate | null) => {
    if (c) out.push(c);
  };
  for (const pp of input.people) {
    push(firstFollowUp(input, pp));
    push(checkIn(input, pp));
    push(give(input, pp));
    push(stepUp(input, pp));
    push(helloInPerson(input, pp, onSite));
  }
  for (const d of input.details) {
    const pp = byId.get(d.personId);
    if (!pp) continue;
    push(detailFollowUp(input, pp, d));
    push(congratulate(input, pp, d));
  }
  out.push(...introductions(input, byId), ...shareItems(input));
  return out;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** A few words saying what to do. */
export function actionTitle(c: Candidate, people: ReadonlyMap<string, PlanPerson>): string {
  const names = c.personIds.map((id) => firstName(people.get(id)?.person.name ?? 'them'));
  const who = names[0] as string;
  switch (c.kind) {
    case 'first_follow_up':
      return `Send ${who} a short note after meeting`;
    case 'congratulate':
      return `Congratulate ${who}`;
    case 'detail_follow_up':
      return `Ask ${who} how it went`;
    case 'check_in':
      return `Check in with ${who}`;
    case 'give':
      return `Offer ${who} something, no ask attached`;
    case 'step_up':
      return `Take a step with ${who}`;
    case 'introduce':
      return `Offer to introduce ${who} and ${names[1] ?? 'someone'} (ask each first)`;
    case 'share_item':
      return `Share something with ${who}`;
    case 'hello_in_person':
      return `Say hello to ${who} in person`;
  }
}

/** Six letters and digits that stand for an action key (FNV-1a, base 36). */
export function actionHandle(key: string): string {
  return seedFrom(key).toString(36).padStart(7, '0').slice(-6);
}

function describeDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
}

export function plan(input: PlanInput): Plan {
  const rules = dayRules(input);
  const people = new Map<string, PlanPerson>(input.people.map((pp) => [pp.person.id, pp]));
  const { placed, overBudget, waiting } = schedule(
    input,
    candidateActions(input, rules.onSite),
    rules,
    people,
  );

  const actions: PlanAction[] = placed.map(({ candidate: c, day }) => {
    const { explain, onlyOn: _onlyOn, ...rest } = c;
    const { reason, draftInputs } = explain();
    return {
      ...rest,
      reason,
      handle: actionHandle(c.key),
      title: actionTitle(c, people),
      day,
      drafts: draftInputs.map((d) => ({
        personId: d.personId,
        kind: d.input.kind,
        draft: draftMessage(d.input, `${input.seed}:${c.key}:${d.personId}`),
      })),
    };
  });

  const energy = [...rules.left.keys()].map((week) => {
    const planned = actions.filter((a) => weekStart(a.day) === week).reduce((s, a) => s + a.energyCost, 0);
    return {
      weekStart: week,
      budget: input.settings.weeklyBudget,
      spent: rules.spent.get(week) ?? 0,
      reserved: rules.reserved.get(week) ?? 0,
      planned,
      left: (rules.left.get(week) ?? 0) - planned,
    };
  });

  const notes: string[] = [];
  for (const d of rules.days) {
    if (rules.quiet.has(d)) notes.push(`${describeDay(d)} is one of your quiet days: nothing is planned.`);
    else if (rules.recovery.has(d))
      notes.push(`${describeDay(d)} follows a draining day: only light, optional gestures.`);
    else if (rules.onSite.has(d))
      notes.push(`You are on site on ${describeDay(d)}: in-person hellos fit best then.`);
  }
  for (const e of input.events) {
    if (e.on >= input.today && e.on <= addDays(input.today, rules.days.length - 1)) {
      notes.push(
        `${e.name} on ${describeDay(e.on)} takes ${e.energyCost} points of your energy; the plan leaves room for it.`,
      );
    }
  }
  if (overBudget.length > 0) {
    notes.push(
      `This week's energy is spoken for: ${overBudget.length} more ${overBudget.length === 1 ? 'suggestion waits' : 'suggestions wait'} for a week with room, most valuable first.`,
    );
  }
  if (waiting > 0) {
    notes.push(
      `${waiting} smaller ${waiting === 1 ? 'thing' : 'things'} can wait: the plan keeps each day small.`,
    );
  }
  if (actions.length === 0 && overBudget.length === 0 && waiting === 0) {
    notes.push(NOTHING_DUE_NOTE);
  }
  return { today: input.today, horizon: input.horizon, days: rules.days, energy, actions, notes };
}
