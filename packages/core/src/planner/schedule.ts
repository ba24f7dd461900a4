/**
 * Choosing and placing actions. Highest value first, each on the earliest day of its
 * window that keeps every rule: the week's energy, quiet days, the person's boundaries,
 * one costly item a day and never back to back, a recovery day after a draining one,
 * a small number of actions a day, and one action per person.
 */
import { COSTLY_ACTION, energyLeftInWeek, recoveryDays } from '../energy/budget.ts';
import { FORM_INFO } from '../energy/forms.ts';
import { seedFrom } from '../random/prng.ts';
import { addDays, weekdayOf, weekStart } from '../time/local-date.ts';
import type { Candidate } from './candidates/candidate.ts';
import type { PlanInput, PlanPerson } from './plan.types.ts';

export interface DayRules {
  days: string[];
  quiet: Set<string>;
  onSite: Set<string>;
  recovery: Set<string>;
  draining: Set<string>;
  /** Energy left per ISO week (keyed by its Monday) before the plan spends any. */
  left: Map<string, number>;
  /** Energy events take, per ISO week. */
  reserved: Map<string, number>;
  /** Energy logged contacts spent, per ISO week. */
  spent: Map<string, number>;
  /** Days already holding something costly (logged, or an event): no costly step on or beside them. */
  costly: Set<string>;
}

export function dayRules(input: PlanInput): DayRules {
  const days = Array.from({ length: input.horizon === 'week' ? 7 : 1 }, (_, i) => addDays(input.today, i));
  const quiet = new Set(days.filter((d) => input.settings.quietDays.includes(weekdayOf(d))));
  const onSite = new Set(
    days.filter(
      (d) =>
        !quiet.has(d) &&
        (input.settings.onSiteDays.includes(d) || input.settings.onSiteWeekdays.includes(weekdayOf(d))),
    ),
  );
  // A costly event needs the next day for recovery; so does a draining contact already logged.
  const draining = new Set(input.drainingDays);
  for (const e of input.events) if (e.energyCost >= COSTLY_ACTION) draining.add(e.on);
  const costly = new Set([...input.costlyDays, ...draining]);
  // An event's energy belongs to its week whether it is past (spent) or ahead (reserved).
  const reserved = new Map<string, number>();
  for (const e of input.events)
    reserved.set(weekStart(e.on), (reserved.get(weekStart(e.on)) ?? 0) + e.energyCost);
  const left = new Map<string, number>();
  for (const d of days) {
    const week = weekStart(d);
    if (!left.has(week)) {
      left.set(
        week,
        Math.max(
          0,
          energyLeftInWeek(input.settings.weeklyBudget, input.spentByDay, d) - (reserved.get(week) ?? 0),
        ),
      );
    }
  }
  const spent = new Map<string, number>();
  for (const week of left.keys()) {
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += input.spentByDay[addDays(week, i)] ?? 0;
    spent.set(week, sum);
  }
  return { days, quiet, onSite, recovery: recoveryDays(draining), draining, costly, left, reserved, spent };
}

/** A deterministic tie-break between candidates of equal value, varied by the seed. */
function tieBreak(seed: string, key: string): number {
  return seedFrom(`${seed}|${key}`);
}

/** Kinds that keep for a few days; timely ones (follow-ups, congratulations) go first thing. */
const SPREAD_KINDS = new Set<string>(['check_in', 'give', 'step_up', 'share_item', 'introduce']);

export interface Placed {
  candidate: Candidate;
  day: string;
}

export interface ScheduleResult {
  placed: Placed[];
  /** Candidates that fitted no day only because the week's energy was spent. */
  overBudget: Candidate[];
  /** Candidates not considered because every day was already full. */
  waiting: number;
}

export function schedule(
  input: PlanInput,
  candidates: Candidate[],
  rules: DayRules,
  people: ReadonlyMap<string, PlanPerson>,
): ScheduleResult {
  const states = new Map(input.states.map((s) => [s.key, s]));
  const left = new Map(rules.left);
  const perDay = new Map<string, number>();
  const costlyOn = new Set<string>(rules.costly);
  const busyPeople = new Set<string>();
  const placed: Placed[] = [];
  const overBudget: Candidate[] = [];

  const ties = new Map(candidates.map((c) => [c.key, tieBreak(input.seed, c.key)]));
  const ordered = [...candidates].sort(
    (a, b) =>
      b.value - a.value || (ties.get(a.key) ?? 0) - (ties.get(b.key) ?? 0) || a.key.localeCompare(b.key),
  );
  const perDayCap = Math.max(1, input.settings.maxActionsPerDay);
  // Once every open day is full, nothing further can be placed: stop looking.
  const capacity = rules.days.filter((d) => !rules.quiet.has(d)).length * perDayCap;
  const weekOf = new Map(rules.days.map((d) => [d, weekStart(d)]));
  const neighbours = new Map(rules.days.map((d) => [d, [addDays(d, -1), addDays(d, 1)] as const]));
  let waiting = 0;
  let maxLeft = Math.max(0, ...left.values());
  for (const c of ordered) {
    if (placed.length >= capacity) {
      const s = states.get(c.key);
      if (!s || s.state === 'snoozed') waiting++;
      continue;
    }
    const state = states.get(c.key);
    if (state && state.state !== 'snoozed') continue;
    if (c.personIds.some((id) => busyPeople.has(id))) continue;
    if (c.energyCost > maxLeft) {
      // No week has room for it: a quick no, which matters when thousands of ties are due.
      overBudget.push(c);
      continue;
    }
    const costly = c.energyCost >= COSTLY_ACTION;
    const inPerson = FORM_INFO[c.form].mode === 'in_person';
    // In-person gestures are easiest on days you are on site anyway; steps with no
    // deadline of their own spread over the week instead of piling onto today.
    const spread = SPREAD_KINDS.has(c.kind);
    let blockedByBudget = false;
    let chosen: string | undefined;
    let chosenRank = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rules.days.length; i++) {
      const d = rules.days[i] as string;
      if (d < c.window.from || d > c.window.to || rules.quiet.has(d)) continue;
      if (c.onlyOn && !c.onlyOn.has(d)) continue;
      if (state?.state === 'snoozed' && state.until && d < state.until) continue;
      if (
        !c.personIds.every((id) => {
          const until = people.get(id)?.person.doNotContactUntil;
          return !until || d >= until;
        })
      )
        continue;
      const load = perDay.get(d) ?? 0;
      if (load >= perDayCap) continue;
      if (costly) {
        if (rules.recovery.has(d)) continue;
        const [before, after] = neighbours.get(d) as readonly [string, string];
        if (costlyOn.has(d) || costlyOn.has(before) || costlyOn.has(after)) continue;
      }
      if ((left.get(weekOf.get(d) as string) ?? 0) < c.energyCost) {
        blockedByBudget = true;
        continue;
      }
      // Lower is better: on-site first for in-person steps, then the lightest day for
      // steps that keep, then the earliest day.
      const rank = (inPerson && !rules.onSite.has(d) ? 1000 : 0) + (spread ? load * 10 : 0) + i;
      if (rank < chosenRank) {
        chosen = d;
        chosenRank = rank;
      }
    }
    if (!chosen) {
      if (blockedByBudget) overBudget.push(c);
      continue;
    }
    const week = weekOf.get(chosen) as string;
    left.set(week, (left.get(week) ?? 0) - c.energyCost);
    maxLeft = Math.max(0, ...left.values());
    perDay.set(chosen, (perDay.get(chosen) ?? 0) + 1);
    if (costly) costlyOn.add(chosen);
    for (const id of c.personIds) busyPeople.add(id);
    placed.push({ candidate: c, day: chosen });
  }
  placed.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      b.candidate.value - a.candidate.value ||
      a.candidate.key.localeCompare(b.candidate.key),
  );
  return { placed, overBudget, waiting };
}
