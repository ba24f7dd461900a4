/** Events and their expected attendees. */
import type { Attendee, EventKind, KindredEvent } from '@kindred/core';
import type { EventsTable } from '../schema/database.types.ts';
import { chunk, type Executor, type Keyset } from './executor.ts';

function eventRow(ownerId: string, event: KindredEvent): EventsTable {
  return {
    id: event.id,
    owner_id: ownerId,
    name: event.name,
    kind: event.kind,
    starts_on: event.startsOn,
    location: event.location,
    energy_cost: event.energyCost,
    goal: event.goal,
    notes: event.notes,
    debriefed_at: event.debriefedAt,
    created_at: event.createdAt,
  };
}

export function createEventRepository(db: Executor) {
  async function withAttendees(ownerId: string, rows: EventsTable[]): Promise<KindredEvent[]> {
    const attendees = new Map<string, Attendee[]>();
    for (const part of chunk(rows.map((r) => r.id))) {
      const list = await db
        .selectFrom('event_attendees')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('event_id', 'in', part)
        .orderBy('event_id')
        .orderBy('position')
        .execute();
      for (const a of list) {
        attendees.set(a.event_id, [
          ...(attendees.get(a.event_id) ?? []),
          {
            id: a.id,
            name: a.name,
            organisation: a.organisation,
            role: a.role,
            interests: JSON.parse(a.interests) as Attendee['interests'],
            personId: a.person_id,
          },
        ]);
      }
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as EventKind,
      startsOn: r.starts_on,
      location: r.location,
      energyCost: Number(r.energy_cost),
      goal: r.goal,
      notes: r.notes,
      debriefedAt: r.debriefed_at,
      createdAt: r.created_at,
      attendees: attendees.get(r.id) ?? [],
    }));
  }

  async function writeAttendees(ownerId: string, event: KindredEvent): Promise<void> {
    await db
      .deleteFrom('event_attendees')
      .where('owner_id', '=', ownerId)
      .where('event_id', '=', event.id)
      .execute();
    const rows = event.attendees.map((a, position) => ({
      id: a.id,
      owner_id: ownerId,
      event_id: event.id,
      name: a.name,
      organisation: a.organisation,
      role: a.role,
      interests: JSON.stringify(a.interests),
      person_id: a.personId,
      position,
    }));
    for (const part of chunk(rows)) await db.insertInto('event_attendees').values(part).execute();
  }

  return {
    async insert(ownerId: string, event: KindredEvent): Promise<void> {
      await db.insertInto('events').values(eventRow(ownerId, event)).execute();
      await writeAttendees(ownerId, event);
    },

    async update(ownerId: string, event: KindredEvent): Promise<void> {
      const { id: _id, owner_id: _owner, created_at: _created, ...changes } = eventRow(ownerId, event);
      await db
        .updateTable('events')
        .set(changes)
        .where('owner_id', '=', ownerId)
        .where('id', '=', event.id)
        .execute();
      await writeAttendees(ownerId, event);
    },

    async get(ownerId: string, id: string): Promise<KindredEvent | undefined> {
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .execute();
      return (await withAttendees(ownerId, rows))[0];
    },

    /**
     * Events in a day range (inclusive), soonest first; with `limit`, a page of them,
     * `after` being where the previous page ended (its last day and id).
     */
    async list(
      ownerId: string,
      range: { from?: string; to?: string; limit?: number; after?: Keyset | undefined } = {},
    ): Promise<KindredEvent[]> {
      let query = db.selectFrom('events').selectAll().where('owner_id', '=', ownerId);
      if (range.from) query = query.where('starts_on', '>=', range.from);
      if (range.to) query = query.where('starts_on', '<=', range.to);
      if (range.after) {
        const last = range.after;
        query = query.where((eb) =>
          eb.or([
            eb('starts_on', '>', last.key),
            eb.and([eb('starts_on', '=', last.key), eb('id', '>', last.id)]),
          ]),
        );
      }
      query = query.orderBy('starts_on').orderBy('id');
      if (range.limit) query = query.limit(range.limit);
      return withAttendees(ownerId, await query.execute());
    },

    async delete(ownerId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('events')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
