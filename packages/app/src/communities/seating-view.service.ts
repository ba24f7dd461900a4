/**
 * Reading community seating events: the whole event and plan for an admin, the list
 * (every event for admins, the ones they attend for members), an attending member's own
 * schedule, and the printable place cards. Names are read live from the membership, and
 * a plan is shown as it stands now: members who have left are taken out of it and the
 * event reads as needing a re-plan (see seating-event.service.ts for why it is not
 * re-planned by itself). A non-member is told "not found" as for an id never made.
 */
import type { RotationPlan } from '@kindred/core';
import type { Repositories, SeatingEventWithAttendees } from '@kindred/store';
import type { UseCaseContext } from '../context.ts';
import { renderPlaceCards } from '../seating/place-cards.render.ts';
import { adminOf, membershipOf } from './community.service.ts';
import { seatingEventNotFound } from './seating-event.errors.ts';
import { currentPlan, liveGuests, memberKey, type StoredSetup } from './seating-event.plan.ts';
import {
  type MySeatingSchedule,
  presentSchedule,
  presentSeatingEvent,
  type SeatingEvent,
  type SeatingEventSummary,
} from './seating-event.present.ts';

type Page = { limit: number; after?: string | undefined };

/** The event as its community's admin or members may load it; "not found" otherwise. */
export async function loadEvent(
  repos: Repositories,
  userId: string,
  communityId: string,
  eventId: string,
  communityName: string,
): Promise<SeatingEventWithAttendees> {
  const event = await repos.communitySeating.get(userId, communityId, eventId);
  if (!event) throw seatingEventNotFound(communityName, eventId);
  return event;
}

/** Everything an admin sees: setup, plan as it stands now, names read live. */
export async function adminView(
  repos: Repositories,
  userId: string,
  communityId: string,
  event: SeatingEventWithAttendees,
): Promise<SeatingEvent> {
  const setup = event.setup as StoredSetup;
  const names = await repos.communitySeating.memberNames(userId, communityId, event.attendeeIds);
  const current = currentPlan(event.plan as RotationPlan, new Set(event.attendeeIds));
  return presentSeatingEvent(event, setup, current, names, event.attendeeIds);
}

/** The whole event and plan (admins). */
export async function getSeatingEvent(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
): Promise<SeatingEvent> {
  return ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    // A member who is not an admin learns nothing of an event they do not attend.
    const event = await loadEvent(repos, ctx.ownerId, communityId, eventId, community.name);
    if (community.role !== 'admin' && !event.attendeeIds.includes(ctx.ownerId)) {
      throw seatingEventNotFound(community.name, eventId);
    }
    await adminOf(
      repos,
      ctx.ownerId,
      communityId,
      'see the whole seating plan; your own tables are on your schedule',
    );
    return adminView(repos, ctx.ownerId, communityId, event);
  });
}

/** Events of the community: all of them for an admin, the ones they attend for a member. */
export async function listSeatingEvents(
  ctx: UseCaseContext,
  communityId: string,
  page: Page,
): Promise<SeatingEventSummary[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const rows = await repos.communitySeating.list(ctx.ownerId, communityId, page);
    return rows.map((row) => {
      const setup = row.setup as StoredSetup;
      return {
        id: row.id,
        title: row.title,
        date: row.day,
        attendeeCount: row.attendeeCount + setup.guests.length,
        tableCount: setup.tables.length,
        rounds: setup.rounds,
        attending: row.attending,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  });
}

/** The caller's own tables, round by round, and whom they sit with (attendees only). */
export async function getMySeatingSchedule(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
): Promise<MySeatingSchedule> {
  return ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    const event = await loadEvent(repos, ctx.ownerId, communityId, eventId, community.name);
    if (!event.attendeeIds.includes(ctx.ownerId)) throw seatingEventNotFound(community.name, eventId);
    const names = await repos.communitySeating.memberNames(ctx.ownerId, communityId, event.attendeeIds);
    const current = currentPlan(event.plan as RotationPlan, new Set(event.attendeeIds));
    return presentSchedule(event, event.setup as StoredSetup, current, names, memberKey(ctx.ownerId));
  });
}

/** The printable page (place cards, who sits where, tables by round) for an admin. */
export async function renderSeatingPlaceCards(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
): Promise<string> {
  return ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'print place cards');
    const event = await loadEvent(repos, ctx.ownerId, communityId, eventId, community.name);
    const setup = event.setup as StoredSetup;
    const names = await repos.communitySeating.memberNames(ctx.ownerId, communityId, event.attendeeIds);
    const { plan } = currentPlan(event.plan as RotationPlan, new Set(event.attendeeIds));
    const guests = liveGuests(plan, setup, names);
    return renderPlaceCards(plan, guests, {
      title: event.title,
      roundNames: Array.from({ length: setup.rounds }, (_, i) => setup.roundNames[i] ?? `Round ${i + 1}`),
      tableNames: setup.tables.map((t, i) => t.name ?? `Table ${i + 1}`),
    });
  });
}
