import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COSTLY_ACTION } from '../energy/budget.ts';
import { FORM_INFO } from '../energy/forms.ts';
import { createRandom } from '../random/prng.ts';
import { addDays, weekdayOf, weekStart } from '../time/local-date.ts';
import { FOLLOW_UP_WINDOW_DAYS } from './candidates/detail.candidates.ts';
import { planInputArb } from './plan.arbitraries.ts';
import { candidateActions, plan } from './plan.ts';
import type { ActionState, PlanInput } from './plan.types.ts';
import { dayRules } from './schedule.ts';

/** Marks a random share of the current suggestions done, snoozed or dismissed. */
function withStates(input: PlanInput, seed: number): PlanInput {
  const random = createRandom(seed);
  const states: ActionState[] = [];
  for (const c of candidateActions(input, dayRules(input).onSite)) {
    const roll = random.next();
    if (roll < 0.1) states.push({ key: c.key, state: 'done', until: null });
    else if (roll < 0.2) states.push({ key: c.key, state: 'dismissed', until: null });
    else if (roll < 0.3)
      states.push({ key: c.key, state: 'snoozed', until: addDays(input.today, random.int(8)) });
  }
  return { ...input, states };
}

const inputs = fc.tuple(planInputArb, fc.integer()).map(([input, seed]) => withStates(input, seed));
const RUNS = { numRuns: 300 };

describe('plan properties', () => {
  it('never spends more energy than is left in any week', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = plan(input);
        const rules = dayRules(input);
        for (const [week, left] of rules.left) {
          const used = result.actions
            .filter((a) => weekStart(a.day) === week)
            .reduce((s, a) => s + a.energyCost, 0);
          expect(used).toBeLessThanOrEqual(left);
        }
        for (const e of result.energy) expect(e.left).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('never targets a person inside their boundary', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const people = new Map(input.people.map((pp) => [pp.person.id, pp.person]));
        for (const a of plan(input).actions) {
          for (const id of a.personIds) {
            const p = people.get(id);
            expect(p).toBeDefined();
            if (p?.doNotContactUntil) expect(a.day >= p.doNotContactUntil).toBe(true);
            if (p?.prefersAsync) expect(FORM_INFO[a.form].mode).toBe('async');
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps quiet days empty and costly items off recovery days, one a day and apart', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = plan(input);
        // The rules, restated from the inputs rather than taken from the planner.
        const costlyEvents = input.events.filter((e) => e.energyCost >= COSTLY_ACTION).map((e) => e.on);
        const recovery = new Set([...input.drainingDays, ...costlyEvents].map((d) => addDays(d, 1)));
        const busy = new Set([...input.costlyDays, ...input.drainingDays, ...costlyEvents]);
        const costlyDays = result.actions.filter((a) => a.energyCost >= COSTLY_ACTION).map((a) => a.day);
        for (const a of result.actions) {
          expect(input.settings.quietDays).not.toContain(weekdayOf(a.day));
          if (a.energyCost >= COSTLY_ACTION) {
            expect(recovery.has(a.day)).toBe(false);
            for (const d of [addDays(a.day, -1), a.day, addDays(a.day, 1)]) expect(busy.has(d)).toBe(false);
            expect(costlyDays.filter((d) => d === a.day)).toHaveLength(1);
            expect(costlyDays).not.toContain(addDays(a.day, 1));
          }
        }
        const perDay = new Map<string, number>();
        for (const a of result.actions) perDay.set(a.day, (perDay.get(a.day) ?? 0) + 1);
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(input.settings.maxActionsPerDay);
      }),
      RUNS,
    );
  });

  it('proposes nothing done or dismissed, and nothing snoozed before its day', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const states = new Map(input.states.map((s) => [s.key, s]));
        for (const a of plan(input).actions) {
          const s = states.get(a.key);
          if (!s) continue;
          expect(s.state).toBe('snoozed');
          expect(a.day >= (s.until ?? '')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('includes every passed, open follow-up unless boundaries, quiet days or higher-value actions crowd it out', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = plan(input);
        const rules = dayRules(input);
        const states = new Map(input.states.map((s) => [s.key, s]));
        const people = new Map(input.people.map((pp) => [pp.person.id, pp]));
        const candidates = new Map(candidateActions(input, rules.onSite).map((c) => [c.key, c]));
        for (const d of input.details) {
          if (d.kind === 'win' || !d.followUpOn || d.followedUpAt) continue;
          if (d.followUpOn > input.today || addDays(d.followUpOn, FOLLOW_UP_WINDOW_DAYS) < input.today)
            continue;
          const key = `follow_up:${d.id}`;
          if (states.has(key) || !people.has(d.personId)) continue;
          if (result.actions.some((a) => a.key === key)) continue;
          const c = candidates.get(key);
          expect(c).toBeDefined();
          if (!c) continue;
          const person = people.get(d.personId)?.person;
          // Crowded out by a more valuable action for the same person?
          if (result.actions.some((a) => a.personIds.includes(d.personId) && a.value >= c.value)) continue;
          for (const day of rules.days) {
            if (rules.quiet.has(day) || day < c.window.from || day > c.window.to) continue;
            if (person?.doNotContactUntil && day < person.doNotContactUntil) continue;
            const higher = result.actions.filter((a) => a.value >= c.value);
            const sameDay = higher.filter((a) => a.day === day).length;
            const weekUsed = higher
              .filter((a) => weekStart(a.day) === weekStart(day))
              .reduce((s, a) => s + a.energyCost, 0);
            const budgetFull = (rules.left.get(weekStart(day)) ?? 0) - weekUsed < c.energyCost;
            const dayFull = sameDay >= input.settings.maxActionsPerDay;
            const costlyBlocked =
              c.energyCost >= COSTLY_ACTION &&
              (rules.recovery.has(day) ||
                [addDays(day, -1), day, addDays(day, 1)].some((d) => rules.costly.has(d)) ||
                higher.some(
                  (a) =>
                    a.energyCost >= COSTLY_ACTION &&
                    Math.abs(Date.parse(a.day) - Date.parse(day)) <= 86_400_000,
                ));
            // Otherwise the follow-up had a free day and should have been planned on it.
            expect(budgetFull || dayFull || costlyBlocked).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same inputs and seed', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(plan(input)).toEqual(plan(structuredClone(input)));
      }),
      { numRuns: 100 },
    );
  });
});
