/**
 * Gathers what the planner needs from the store: people with their history summaries,
 * details that may want action, energy spent around the horizon, scheduled events,
 * saved items and past answers. Reads summaries, never the whole history.
 */
import type { PlanInput } from '@kindred/core';
import { addDays, COSTLY_ACTION, DRAINING_EVENT, normaliseInterests, weekStart } from '@kindred/core';
import { settingsOf, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

export async function loadPlanInput(
  ctx: UseCaseContext,
  horizon: 'day' | 'week',
  seed?: string,
): Promise<PlanInput> {
  const { repos } = ctx.store;
  const day = today(ctx);
  const end = addDays(day, horizon === 'week' ? 6 : 0);
  const owner = await repos.users.get(ctx.ownerId);
  if (!owner) throw new AppError('invalid_input', 'This account no longer exists.');
  const settings = settingsOf(owner);
  const [people, details, energy, events, items, states] = await Promise.all([
    repos.planRead.people(ctx.ownerId),
    repos.details.listActionable(ctx.ownerId, addDays(day, -31), end),
    repos.interactions.energyByDay(ctx.ownerId, addDays(weekStart(day), -1), end),
    repos.events.list(ctx.ownerId, { from: addDays(weekStart(day), -1), to: addDays(weekStart(end), 6) }),
    repos.savedItems.listSince(ctx.ownerId, addDays(day, -60)),
    repos.actionStates.list(ctx.ownerId),
  ]);
  return {
    today: day,
    horizon,
    seed: seed ?? day,
    me: {
      name: owner.displayName,
      pitch: settings.pitch,
      organisation: settings.profile.organisation,
      interestKeys: normaliseInterests(settings.profile.interests).map((i) => i.key),
    },
    settings: {
      weeklyBudget: settings.weeklyBudget,
      quietDays: settings.quietDays,
      energyCosts: settings.energyCosts,
      onSiteDays: settings.onSiteDays,
      onSiteWeekdays: settings.onSiteWeekdays,
      maxActionsPerDay: settings.maxActionsPerDay,
    },
    people,
    details,
    spentByDay: Object.fromEntries(energy.map((e) => [e.day, e.spent])),
    drainingDays: energy.filter((e) => e.largest >= DRAINING_EVENT).map((e) => e.day),
    costlyDays: energy.filter((e) => e.largest >= COSTLY_ACTION).map((e) => e.day),
    events: events.map((e) => ({ id: e.id, name: e.name, on: e.startsOn, energyCost: e.energyCost })),
    items,
    states,
  };
}
