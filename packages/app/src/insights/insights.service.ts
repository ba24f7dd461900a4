/**
 * The Insights page's numbers: four narrow reads from the store (days, per-person
 * exchanges, people, stage history), folded by core into a year of days, energy per
 * ISO week against the budget, where ties stand and move, the give/ask balance, and
 * the spread beyond your own team. Every day is the user's own: "today" is taken in
 * their time zone, and interactions are stored on their local day.
 */
import {
  balanceInsight,
  calendarInsight,
  energyInsight,
  insightWindows,
  spreadInsight,
  stagesInsight,
} from '@kindred/core/insights/insights.ts';
import type { InsightsView } from '@kindred/core/insights/insights.types.ts';
import { settingsOf, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

export type { InsightsView } from '@kindred/core/insights/insights.types.ts';

export interface InsightsQuery {
  /** How many ISO weeks of energy to show, ending with the week holding `to` (default 16). */
  weeks?: number | undefined;
  /** The last local day shown (default today); never after today. */
  to?: string | undefined;
}

export const INSIGHT_WEEKS = { min: 4, max: 52, default: 16 } as const;

export async function insightsFor(ctx: UseCaseContext, query: InsightsQuery = {}): Promise<InsightsView> {
  const day = today(ctx);
  const to = query.to ?? day;
  if (to > day) {
    throw new AppError('invalid_input', `to: ${to} is after today (${day}); insights look back, not ahead.`, [
      { field: 'to', message: `after today (${day})` },
    ]);
  }
  const weeks = query.weeks ?? INSIGHT_WEEKS.default;
  if (!Number.isInteger(weeks) || weeks < INSIGHT_WEEKS.min || weeks > INSIGHT_WEEKS.max) {
    throw new AppError(
      'invalid_input',
      `weeks: give a whole number from ${INSIGHT_WEEKS.min} to ${INSIGHT_WEEKS.max}.`,
      [{ field: 'weeks', message: `from ${INSIGHT_WEEKS.min} to ${INSIGHT_WEEKS.max}` }],
    );
  }
  const { repos } = ctx.store;
  const owner = await repos.users.get(ctx.ownerId);
  if (!owner) throw new AppError('invalid_input', 'This account no longer exists.');
  const settings = settingsOf(owner);
  const w = insightWindows(to, weeks);
  const balanceFrom = `${w.months[0]}-01`;
  const [days, exchanges, people, steps] = await Promise.all([
    repos.insights.dayTotals(ctx.ownerId, w.from, to),
    repos.insights.exchangesByPerson(ctx.ownerId, balanceFrom, to),
    repos.insights.ties(ctx.ownerId),
    repos.insights.stageSteps(ctx.ownerId),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    today: day,
    timeZone: ctx.timeZone,
    calendar: calendarInsight(days, w.calendar.from, w.calendar.to),
    energy: energyInsight(days, w.weeksFrom, weeks, settings.weeklyBudget),
    stages: stagesInsight(people, steps, w.months),
    balance: balanceInsight(days, exchanges, names, w.months, to),
    spread: spreadInsight(people, {
      organisation: settings.profile.organisation,
      team: settings.profile.team,
    }),
  };
}
