/**
 * Community seating events, the writes: an admin sets up a dinner or event (members who
 * attend, extra guests, tables, rounds, keep-together and keep-apart rules) and Kindred
 * plans the seat rotation with a stored seed, so opening it again shows the same plan; a
 * re-plan draws a new seed. Reading them is seating-view.service.ts. A non-member is
 * told "not found" exactly as for an id never made.
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
import type { Repositories } from '@kindred/store';
import { newId, type UseCaseContext } from '../context.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { adminOnly } from './community.errors.ts';
import { adminOf } from './community.service.ts';
import { seatingEventNotFound } from './seating-event.errors.ts';
import { currentPlan, planKey, planSetup, type StoredSetup, storedSetup } from './seating-event.plan.ts';
import type { SeatingEvent } from './seating-event.present.ts';
import {
  type SeatingEventInput,
  type SeatingEventSetup,
  seatingEventSchema,
} from './seating-event.schema.ts';
import { adminView, loadEvent } from './seating-view.service.ts';

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
    const inserted = await repos.communitySeating.insert(
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
    // The store checks adminship again in SQL; adminOf above has already said why not.
    if (!inserted) throw adminOnly(community.name, 'plan seating');
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
  adminId: string,
  communityId: string,
  eventId: string,
  userIds: readonly string[],
): Promise<void> {
  const members = await repos.communitySeating.memberNames(adminId, communityId, [...new Set(userIds)]);
  await repos.communitySeating.setAttendees(adminId, communityId, eventId, [...members.keys()].sort());
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
