/**
 * Folds the store's narrow rows into what the Insights page shows: a year of days for
 * the heat map, energy per ISO week against the budget, where ties stand and how they
 * moved, the give/ask balance, and how far ties reach beyond your own team. Pure: the
 * day that ends each period is passed in.
 */

import { STAGES, type Stage, stageRank } from '../ladder/stages.ts';
import { foldText } from '../text/fold.ts';
import { isoWeekKey } from '../time/iso-week.ts';
import { addDays, weekStart } from '../time/local-date.ts';
import type {
  BalanceInsight,
  CalendarInsight,
  DayTotal,
  EnergyInsight,
  PersonExchange,
  SpreadInsight,
  StageMonth,
  StageStep,
  StagesInsight,
  TieRow,
} from './insights.types.ts';

/** How far back each part looks, ending on `to` (a local day). */
export interface InsightWindows {
  calendar: { from: string; to: string };
  /** First Monday of the weeks shown. */
  weeksFrom: string;
  weeks: number;
  months: string[];
  /** The first day any part needs: the one range the store is asked for. */
  from: string;
  to: string;
}

export const CALENDAR_DAYS = 365;
export const MONTHS_SHOWN = 12;
export const TILTED_SHOWN = 5;

/** `YYYY-MM` months, oldest first, the last being the month holding `to`. */
export function monthsEnding(to: string, count: number): string[] {
  let year = Number(to.slice(0, 4));
  let month = Number(to.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out.reverse();
}

export function insightWindows(to: string, weeks: number): InsightWindows {
  const calendarFrom = addDays(to, -(CALENDAR_DAYS - 1));
  const weeksFrom = addDays(weekStart(to), -7 * (weeks - 1));
  const months = monthsEnding(to, MONTHS_SHOWN);
  const monthsFrom = `${months[0]}-01`;
  const from = [calendarFrom, weeksFrom, monthsFrom].sort()[0] as string;
  return { calendar: { from: calendarFrom, to }, weeksFrom, weeks, months, from, to };
}

const inRange = (day: string, from: string, to: string) => day >= from && day <= to;

export function calendarInsight(days: readonly DayTotal[], from: string, to: string): CalendarInsight {
  const shown = days
    .filter((d) => d.count > 0 && inRange(d.day, from, to))
    .map((d) => ({ day: d.day, count: d.count }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const weeks = new Set<string>();
  for (let day = weekStart(from); day <= to; day = addDays(day, 7)) weeks.add(day);
  const activeWeeks = new Set(shown.map((d) => weekStart(d.day)));
  return {
    from,
    to,
    total: shown.reduce((n, d) => n + d.count, 0),
    activeDays: shown.length,
    activeWeeks: activeWeeks.size,
    weeks: weeks.size,
    days: shown,
  };
}

export function energyInsight(
  days: readonly DayTotal[],
  weeksFrom: string,
  weeks: number,
  weeklyBudget: number,
): EnergyInsight {
  const rows = Array.from({ length: weeks }, (_, i) => {
    const start = addDays(weeksFrom, 7 * i);
    return { week: isoWeekKey(start), start, spent: 0, interactions: 0 };
  });
  const byStart = new Map(rows.map((r) => [r.start, r]));
  for (const d of days) {
    const row = byStart.get(weekStart(d.day));
    if (!row) continue;
    row.spent += d.spent;
    row.interactions += d.count;
  }
  const total = rows.reduce((n, r) => n + r.spent, 0);
  return {
    weeklyBudget,
    weeks: rows,
    overBudgetWeeks: rows.filter((r) => r.spent > weeklyBudget).length,
    averageSpent: rows.length === 0 ? 0 : Math.round((total / rows.length) * 10) / 10,
  };
}

/**
 * People on each stage now, and per month how many ties moved up or down the ladder and
 * how many people were first recorded. A person's first stage change is when Kindred
 * started keeping them, not a move.
 */
export function stagesInsight(
  people: readonly TieRow[],
  steps: readonly StageStep[],
  months: readonly string[],
): StagesInsight {
  const counts = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  for (const p of people) counts.set(p.stage, (counts.get(p.stage) ?? 0) + 1);
  const byMonth = new Map<string, StageMonth>(months.map((m) => [m, { month: m, up: 0, down: 0, added: 0 }]));
  const last = new Map<string, Stage>();
  for (const step of steps) {
    const before = last.get(step.personId);
    last.set(step.personId, step.stage);
    const row = byMonth.get(step.changedOn.slice(0, 7));
    if (!row) continue;
    if (before === undefined) row.added += 1;
    else if (stageRank(step.stage) > stageRank(before)) row.up += 1;
    else if (stageRank(step.stage) < stageRank(before)) row.down += 1;
  }
  return {
    now: STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 })),
    ties: people.filter((p) => p.stage !== 'stranger').length,
    months: [...byMonth.values()],
  };
}

export function balanceInsight(
  days: readonly DayTotal[],
  exchanges: readonly PersonExchange[],
  names: ReadonlyMap<string, string>,
  months: readonly string[],
  to: string,
): BalanceInsight {
  const from = `${months[0]}-01`;
  const byMonth = new Map(months.map((m) => [m, { month: m, gives: 0, asks: 0 }]));
  for (const d of days) {
    if (!inRange(d.day, from, to)) continue;
    const row = byMonth.get(d.day.slice(0, 7));
    if (!row) continue;
    row.gives += d.gives;
    row.asks += d.asks;
  }
  const rows = [...byMonth.values()];
  const tilted = exchanges
    .filter((e) => e.asks > e.gives && names.has(e.personId))
    .map((e) => ({
      personId: e.personId,
      name: names.get(e.personId) as string,
      gives: e.gives,
      asks: e.asks,
    }))
    .sort((a, b) => b.asks - b.gives - (a.asks - a.gives) || b.asks - a.asks || a.name.localeCompare(b.name))
    .slice(0, TILTED_SHOWN);
  return {
    from,
    to,
    gives: rows.reduce((n, r) => n + r.gives, 0),
    asks: rows.reduce((n, r) => n + r.asks, 0),
    months: rows,
    tilted,
  };
}

const sameText = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim() !== '' && foldText(a) === foldText(b);

/**
 * How many ties sit outside your own team or organisation. Ties are people past
 * "stranger"; a tie's place is judged from the organisation and team recorded for them
 * against those in your profile.
 */
export function spreadInsight(
  people: readonly TieRow[],
  me: { organisation: string | null; team: string | null },
): SpreadInsight {
  const organisation = me.organisation?.trim() || null;
  const team = me.team?.trim() || null;
  const myKey = organisation ? foldText(organisation) : null;
  const out = {
    otherOrganisation: 0,
    otherTeam: 0,
    sameTeam: 0,
    sameOrganisation: 0,
    unknown: 0,
  };
  const ties = people.filter((p) => p.stage !== 'stranger');
  for (const p of ties) {
    if (!p.organisationKey || !myKey) out.unknown += 1;
    else if (p.organisationKey !== myKey) out.otherOrganisation += 1;
    else if (!team || !p.team?.trim()) out.sameOrganisation += 1;
    else if (sameText(p.team, team)) out.sameTeam += 1;
    else out.otherTeam += 1;
  }
  const outside = out.otherOrganisation + out.otherTeam;
  const inside = out.sameTeam + out.sameOrganisation;
  return {
    organisation,
    team,
    ties: ties.length,
    ...out,
    outside,
    inside,
    nudge: spreadNudge(organisation, out.sameOrganisation === 0 ? team : null, ties.length, outside, inside),
  };
}

/** `team` is given only when every local tie is known to be in it. */
function spreadNudge(
  organisation: string | null,
  team: string | null,
  ties: number,
  outside: number,
  inside: number,
): string | null {
  if (ties === 0) return null;
  if (!organisation) {
    return 'Add your organisation and team to your profile in Settings, and Kindred can show how far your ties reach beyond them.';
  }
  if (inside > 0 && outside === 0) {
    const where = team ? `${team} at ${organisation}` : organisation;
    return `Every tie we can place sits inside ${where}. Ties across groups are easiest to build in peacetime, before you need them: next time you are on site, say hello to someone from another team, or join a group outside work.`;
  }
  return null;
}
