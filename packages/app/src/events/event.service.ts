/**
 * Events: adding one with its expected attendees, preparing for it, and the debrief
 * afterwards that turns the people you met into people you keep.
 */
import type { Attendee, EventPrep, KindredEvent } from '@kindred/core';
import {
  addDays,
  EVENT_COSTS,
  EVENT_KINDS,
  energyLeftInWeek,
  foldText,
  isIsoDay,
  normaliseInterests,
  prepareEvent,
  weekStart,
} from '@kindred/core';
import type { Keyset } from '@kindred/store';
import { z } from 'zod';
import { newId, settingsOf, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { recordInteraction } from '../interactions/log-interaction.service.ts';
import { savePerson } from '../people/add-person.service.ts';
import { buildDetail } from '../people/build-detail.ts';
import { buildPerson } from '../people/build-person.ts';
import { parseInput } from '../people/person-input.schema.ts';

const attendeeSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).nullable().default(null),
  role: z.string().trim().max(200).nullable().default(null),
  interests: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});

export const eventInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(EVENT_KINDS).default('meetup'),
  startsOn: z.string().refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' }),
  location: z.string().trim().max(300).nullable().default(null),
  energyCost: z.number().int().min(0).max(50).optional(),
  goal: z.string().trim().max(300).nullable().default(null),
  notes: z.string().max(5000).nullable().default(null),
  attendees: z.array(attendeeSchema).max(5000).default([]),
});
export type EventInput = z.input<typeof eventInputSchema>;

export async function addEvent(ctx: UseCaseContext, input: EventInput): Promise<KindredEvent> {
  const valid = parseInput(eventInputSchema, input, 'event');
  const known = await ctx.store.repos.people.identityKeys(ctx.ownerId);
  const byName = new Map(known.names.map((n) => [`${n.nameKey}|${n.organisationKey ?? ''}`, n.personId]));
  const byNameOnly = new Map<string, string | null>();
  for (const n of known.names) byNameOnly.set(n.nameKey, byNameOnly.has(n.nameKey) ? null : n.personId);
  const attendees: Attendee[] = valid.attendees.map((a) => {
    const nameKey = foldText(a.name);
    // Someone you already know, by name and organisation, or by a name only one person has.
    const personId =
      byName.get(`${nameKey}|${a.organisation ? foldText(a.organisation) : ''}`) ??
      (a.organisation ? null : (byNameOnly.get(nameKey) ?? null));
    return {
      id: newId(),
      name: a.name,
      organisation: a.organisation,
      role: a.role,
      interests: normaliseInterests(a.interests).map((i) => ({ key: i.key, label: i.label })),
      personId,
    };
  });
  const event: KindredEvent = {
    id: newId(),
    name: valid.name,
    kind: valid.kind,
    startsOn: valid.startsOn,
    location: valid.location,
    energyCost: valid.energyCost ?? EVENT_COSTS[valid.kind],
    goal: valid.goal,
    notes: valid.notes,
    debriefedAt: null,
    createdAt: ctx.now.toISOString(),
    attendees,
  };
  await ctx.store.transaction((repos) => repos.events.insert(ctx.ownerId, event));
  return event;
}

export async function listEvents(
  ctx: UseCaseContext,
  range: { from?: string; to?: string; limit?: number; after?: Keyset | undefined } = {},
) {
  return ctx.store.repos.events.list(ctx.ownerId, range);
}

/** An event by id only, as the HTTP API names them. */
export async function eventById(ctx: UseCaseContext, id: string): Promise<KindredEvent> {
  const event = await ctx.store.repos.events.get(ctx.ownerId, id);
  if (!event) {
    throw new AppError('event_not_found', `No event of yours has the id ${id}.`, [
      { field: 'id', message: 'not found' },
    ]);
  }
  return event;
}

export async function removeEvent(ctx: UseCaseContext, id: string): Promise<void> {
  const removed = await ctx.store.transaction((repos) => repos.events.delete(ctx.ownerId, id));
  if (!removed) {
    throw new AppError('event_not_found', `No event of yours has the id ${id}.`, [
      { field: 'id', message: 'not found' },
    ]);
  }
}

/** Finds an event by id or an unambiguous part of its name. */
export async function resolveEvent(ctx: UseCaseContext, ref: string): Promise<KindredEvent> {
  const byId = await ctx.store.repos.events.get(ctx.ownerId, ref.trim());
  if (byId) return byId;
  const folded = foldText(ref);
  const matches = (await ctx.store.repos.events.list(ctx.ownerId)).filter((e) =>
    foldText(e.name).includes(folded),
  );
  if (matches.length === 1) return matches[0] as KindredEvent;
  if (matches.length === 0) {
    throw new AppError(
      'event_not_found',
      `No event called "${ref}". List them with \`kindred event list\`.`,
      [{ field: 'event', message: 'not found' }],
    );
  }
  throw new AppError(
    'event_ambiguous',
    `"${ref}" could be ${matches.length} events: ${matches.map((e) => `${e.name} on ${e.startsOn} [${e.id}]`).join(', ')}. Use more of the name, or the id.`,
    [{ field: 'event', message: 'ambiguous' }],
  );
}

export async function prepEvent(ctx: UseCaseContext, event: KindredEvent, seed?: string): Promise<EventPrep> {
  const owner = await ctx.store.repos.users.get(ctx.ownerId);
  if (!owner) throw new AppError('invalid_input', 'This account no longer exists.');
  const settings = settingsOf(owner);
  const week = weekStart(event.startsOn);
  const energy = await ctx.store.repos.interactions.energyByDay(ctx.ownerId, week, addDays(week, 6));
  const others = (
    await ctx.store.repos.events.list(ctx.ownerId, { from: week, to: addDays(week, 6) })
  ).filter((e) => e.id !== event.id);
  const spent: Record<string, number> = {};
  for (const e of energy) spent[e.day] = (spent[e.day] ?? 0) + e.spent;
  for (const e of others) spent[e.startsOn] = (spent[e.startsOn] ?? 0) + e.energyCost;
  return prepareEvent({
    event,
    me: {
      interestKeys: normaliseInterests(settings.profile.interests).map((i) => i.key),
      goals: settings.profile.lookingFor,
    },
    energyLeft: energyLeftInWeek(settings.weeklyBudget, spent, event.startsOn),
    seed: seed ?? event.id,
  });
}

export interface MetInput {
  name: string;
  organisation?: string | null;
  detail?: string | null;
}

export interface DebriefResult {
  event: KindredEvent;
  people: { id: string; name: string; mergedInto: boolean }[];
}

/**
 * Records who you met with one detail each. Each becomes (or is merged into) a person met
 * at the event, with the meeting logged; the plan then proposes the follow-ups. Someone
 * on the expected list is matched by name: a person you already keep gets the detail, a
 * new one takes the organisation, role and interests the list gave. The meeting costs
 * no extra energy: the event's own cost already counts in its week. All in one transaction.
 */
export async function debriefEvent(
  ctx: UseCaseContext,
  event: KindredEvent,
  met: MetInput[],
): Promise<DebriefResult> {
  if (met.length === 0) {
    throw new AppError('invalid_input', 'Say who you met, e.g. --met "Sam Lee: training for a marathon".', [
      { field: 'met', message: 'nobody given' },
    ]);
  }
  if (event.startsOn > today(ctx)) {
    throw new AppError(
      'invalid_input',
      `${event.name} is on ${event.startsOn}, which has not come yet. Debrief it afterwards; until then, its prep sheet helps you get ready.`,
      [{ field: 'event', message: 'in the future' }],
    );
  }
  const at = ctx.now.toISOString();
  return ctx.store.transaction(async (repos) => {
    const people: DebriefResult['people'] = [];
    for (const m of met) {
      const attendee = event.attendees.find((a) => foldText(a.name) === foldText(m.name));
      const known = attendee?.personId ? await repos.people.get(ctx.ownerId, attendee.personId) : undefined;
      if (known) {
        if (m.detail) await repos.details.insert(ctx.ownerId, buildDetail(ctx, known.id, { text: m.detail }));
        people.push({ id: known.id, name: known.name, mergedInto: true });
        continue;
      }
      const candidate = buildPerson(
        {
          name: m.name,
          organisation: m.organisation ?? attendee?.organisation ?? null,
          role: attendee?.role ?? null,
          interests: attendee?.interests.map((i) => i.label) ?? [],
          metOn: event.startsOn,
          metWhere: event.name,
        },
        at,
      );
      const detail = m.detail ? buildDetail(ctx, candidate.id, { text: m.detail }) : null;
      const saved = await savePerson(repos, ctx, candidate, event.startsOn, detail);
      people.push({ id: saved.person.id, name: saved.person.name, mergedInto: saved.mergedInto });
    }
    await recordInteraction(repos, ctx, {
      personIds: people.map((p) => p.id),
      form: event.kind === 'conference' || event.kind === 'offsite' ? 'conference' : 'group_event',
      occurredOn: event.startsOn,
      energyCost: 0,
      note: `Met at ${event.name}`,
    });
    const updated: KindredEvent = { ...event, debriefedAt: at };
    await repos.events.update(ctx.ownerId, updated);
    return { event: updated, people };
  });
}
