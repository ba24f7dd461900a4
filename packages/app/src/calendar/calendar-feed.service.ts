/**
 * The private calendar feed: a secret URL a calendar app subscribes to. Only the hash
 * of the secret is kept; making a new one replaces the old, which is how a leaked link
 * is revoked. Reading the feed needs no session (calendar apps cannot sign in), so the
 * secret alone says whose plan it is.
 */
import { addDays } from '@kindred/core';
import type { SystemContext } from '../accounts/account.service.ts';
import { contextForUser } from '../accounts/authenticate.service.ts';
import { hashSecret, looksLike, newSecret } from '../accounts/secrets.ts';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { listEvents } from '../events/event.service.ts';
import { planFor } from '../plan/plan.service.ts';
import { writePlanCalendar } from './plan-calendar.write.ts';

export interface CalendarFeedStatus {
  active: boolean;
  /** When the current link was made; null when there is none. */
  createdAt: string | null;
}

/** How far back and ahead the feed shows events, in days. */
const EVENTS_BACK = 30;
const EVENTS_AHEAD = 365;

const feedNotFound = () =>
  new AppError(
    'feed_not_found',
    'This calendar link is not active: it was replaced or turned off. Make a new link (POST /api/calendar-feed) and subscribe to that one instead.',
    [{ field: 'token', message: 'not an active calendar link' }],
  );

/**
 * Makes a new feed secret, replacing any old one (whose URL stops working at once).
 * The token is returned only here; it is not stored.
 */
export async function createCalendarFeed(ctx: UseCaseContext): Promise<{ token: string; createdAt: string }> {
  const token = newSecret('feed');
  const createdAt = ctx.now.toISOString();
  await ctx.store.transaction((repos) => repos.calendarFeeds.set(ctx.ownerId, hashSecret(token), createdAt));
  return { token, createdAt };
}

export async function revokeCalendarFeed(ctx: UseCaseContext): Promise<void> {
  if (!(await ctx.store.repos.calendarFeeds.delete(ctx.ownerId))) {
    throw new AppError('feed_not_found', 'You have no calendar link to turn off. Nothing was changed.', [
      { field: 'feed', message: 'none active' },
    ]);
  }
}

export async function calendarFeedStatus(ctx: UseCaseContext): Promise<CalendarFeedStatus> {
  const feed = await ctx.store.repos.calendarFeeds.get(ctx.ownerId);
  return { active: feed !== undefined, createdAt: feed?.createdAt ?? null };
}

/** The iCalendar text for the feed with this secret: this week's plan and the events around it. */
export async function renderCalendarFeed(sys: SystemContext, token: string): Promise<string> {
  if (!looksLike('feed', token)) throw feedNotFound();
  const userId = await sys.store.repos.calendarFeeds.userFor(hashSecret(token));
  if (!userId) throw feedNotFound();
  const ctx = await contextForUser(sys, userId);
  if (!ctx) throw feedNotFound();
  const day = today(ctx);
  const [plan, events] = await Promise.all([
    planFor(ctx, 'week'),
    listEvents(ctx, { from: addDays(day, -EVENTS_BACK), to: addDays(day, EVENTS_AHEAD) }),
  ]);
  return writePlanCalendar({ actions: plan.actions, events, timeZone: ctx.timeZone, now: ctx.now });
}
