/**
 * Community seating events: an admin sets up a dinner or event (members who attend,
 * extra guests, tables, rounds, keep-together and keep-apart rules) and Kindred plans
 * the seat rotation with a stored seed, so opening it again shows the same plan; a
 * re-plan draws a new seed. Admins read the whole plan and print place cards; a member
 * who attends reads their own schedule. A non-member is told "not found" exactly as for
 * an id never made.
 *
 * A member who leaves the community drops out of every event (their attendee row goes
 * with the membership). The stored plan is not changed behind the admin's back: it reads
 * as needing a re-plan, with the departed member's seats shown empty and never named,
 * because cards may already be printed and a silent reshuffle would contradict them.
 *
 * Planning is CPU work of up to a few seconds, so a write is read-check, plan, then
 * write-check in a second transaction: nothing holds the database while the engine runs.
 */
import { randomInt } from 'node:crypto';
import type { RotationPlan, ShouldStop } from '@kindred/core';
import type { Repositories, SeatingEventWithAttendees } from '@kindred/store';
import { newId, type UseCaseContext } from '../context.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { renderPlaceCards } from '../seating/place-cards.render.ts';
import { adminOf, membershipOf } from './community.service.ts';
import { seatingEventNotFound } from './seating-event.errors.ts';
import {
  currentPlan,
  memberKey,
  planKey,
  planSetup,
  type StoredSetup,
  storedSetup,
  userIdOf,
} from './seating-event.plan.ts';
import {
  type MySeatingSchedule,
  presentSchedule,
  presentSeatingEvent,
  type SeatingEvent,
  type SeatingEventSummary,
} from './seating-event.present.ts';
import {
  type SeatingEventInput,
  type SeatingEventSetup,
  seatingEventSchema,
} from './seating-event.schema.ts';

type Page = { limit: number; after?: string | undefined };

export interface PlanningOptions {
  /** Wall-clock budget for the search, in milliseconds (default 3 000). */
  budgetMs?: number;
}

const DEFAULT_BUDGET_MS = 3000;

const newSeed = () => String(randomInt(1, 2 ** 31));

function deadline(options: PlanningOptions): ShouldStop {
  const end = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  return () => performance.now() > end;
}

/** The event as its community's admin or members may load it; "not found" otherwise. */
async function loadEvent(
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
async function adminView(
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

/** Plans outside any transaction, from names read in one. */
async function planFor(
  ctx: UseCaseContext,
  communityId: string,
  setup: SeatingEventSetup,
  seed: string,
  what: string,
  options: PlanningOptions,
): Promise<RotationPlan> {
  const { name, names } = await ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, what);
    return {
      name: community.name,
      names: await repos.communitySeating.memberNames(ctx.ownerId, communityId, setup.userIds),
    };
  });
  return planSetup(setup, names, name, seed, deadline(options));
}

export async function createSeatingEvent(
  ctx: UseCaseContext,
  communityId: string,
  input: SeatingEventInput,
  options: PlanningOptions = {},
): Promise<SeatingEvent> {
  const setup = parseInput(seatingEventSchema, input, 'seating event');
  const seed = newSeed();
  const plan = await planFor(ctx, communityId, setup, seed, 'plan seating', options);
  const id = newId();
  const at = ctx.now.toISOString();
  return ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'plan seating');
    await repos.communitySeating.insert(
      {
        id,
        title: setup.title,
        day: setup.date,
        setup: storedSetup(setup),
        seed,
        plan,
        plannedAt: at,
        createdAt: at,
        updatedAt: at,
      },
      communityId,
      ctx.ownerId,
    );
    await saveAttendees(repos, ctx.ownerId, communityId, id, setup.userIds);
    const made = await loadEvent(repos, ctx.ownerId, communityId, id, community.name);
    return adminView(repos, ctx.ownerId, communityId, made);
  });
}

/**
 * Keeps the attendees who are still members now; one who left while the plan was being
 * made stays in the plan, which then reads as needing a re-plan.
 */
async function saveAttendees(
  repos: Repositories,
  readerId: string,
  communityId: string,
  eventId: string,
  userIds: readonly string[],
): Promise<void> {
  const members = await repos.communitySeating.memberNames(readerId, communityId, [...new Set(userIds)]);
  await repos.communitySeating.setAttendees(communityId, eventId, [...members.keys()].sort());
}

/**
 * Replaces the setup. Who sits where is planned again (with the same seed) only when
 * something it depends on changed; renaming the event, a table or a round keeps the plan.
 */
export async function updateSeatingEvent(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
  input: SeatingEventInput,
  options: PlanningOptions = {},
): Promise<SeatingEvent> {
  const setup = parseInput(seatingEventSchema, input, 'seating event');
  const before = await ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'change seating');
    return loadEvent(repos, ctx.ownerId, communityId, eventId, community.name);
  });
  const unchanged =
    planKey(setup) ===
      planKey({ ...(before.setup as StoredSetup), title: '', date: null, userIds: before.attendeeIds }) &&
    currentPlan(before.plan as RotationPlan, new Set(before.attendeeIds)).departed === 0;
  const plan = unchanged
    ? (before.plan as RotationPlan)
    : await planFor(ctx, communityId, setup, before.seed, 'change seating', options);
  return saveChange(ctx, communityId, eventId, setup, before.seed, plan, unchanged ? before.plannedAt : null);
}

/** Plans the event again with a new seed: a different arrangement, for everyone attending now. */
export async function replanSeatingEvent(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
  options: PlanningOptions = {},
): Promise<SeatingEvent> {
  const before = await ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'plan seating');
    return loadEvent(repos, ctx.ownerId, communityId, eventId, community.name);
  });
  const stored = before.setup as StoredSetup;
  // Rules that named a member who has since left drop that member (and a rule left with one person).
  const attending = new Set(before.attendeeIds);
  const keep = (refs: string[]) => refs.filter((ref) => attending.has(ref) || stored.guests.includes(ref));
  const setup: SeatingEventSetup = {
    ...stored,
    title: before.title,
    date: before.day,
    userIds: before.attendeeIds,
    keepTogether: stored.keepTogether
      .map((r) => ({ ...r, attendees: keep(r.attendees) }))
      .filter((r) => r.attendees.length > 1),
    keepApart: stored.keepApart
      .map((r) => ({ ...r, attendees: keep(r.attendees) }))
      .filter((r) => r.attendees.length > 1),
  };
  const seed = newSeed();
  const plan = await planFor(ctx, communityId, setup, seed, 'plan seating', options);
  return saveChange(ctx, communityId, eventId, setup, seed, plan, null);
}

async function saveChange(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
  setup: SeatingEventSetup,
  seed: string,
  plan: RotationPlan,
  plannedAt: string | null,
): Promise<SeatingEvent> {
  const at = ctx.now.toISOString();
  return ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'change seating');
    const changed = await repos.communitySeating.update(ctx.ownerId, communityId, eventId, {
      title: setup.title,
      day: setup.date,
      setup: storedSetup(setup),
      seed,
      plan,
      plannedAt: plannedAt ?? at,
      updatedAt: at,
    });
    if (!changed) throw seatingEventNotFound(community.name, eventId);
    await saveAttendees(repos, ctx.ownerId, communityId, eventId, setup.userIds);
    return adminView(
      repos,
      ctx.ownerId,
      communityId,
      await loadEvent(repos, ctx.ownerId, communityId, eventId, community.name),
    );
  });
}

export async function deleteSeatingEvent(
  ctx: UseCaseContext,
  communityId: string,
  eventId: string,
): Promise<void> {
  await ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'delete seating events');
    if (!(await repos.communitySeating.delete(ctx.ownerId, communityId, eventId))) {
      throw seatingEventNotFound(community.name, eventId);
    }
  });
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
    const guests = plan.guests.map((g) => {
      const userId = userIdOf(g.id);
      return { id: g.id, name: userId ? (names.get(userId) ?? '') : g.name };
    });
    return renderPlaceCards(plan, guests, {
      title: event.title,
      roundNames: Array.from({ length: setup.rounds }, (_, i) => setup.roundNames[i] ?? `Round ${i + 1}`),
      tableNames: setup.tables.map((t, i) => t.name ?? `Table ${i + 1}`),
    });
  });
}
