/**
 * Seating events of a community and the members who attend them. Every read goes
 * through the reader's own membership (an EXISTS on community_members), and every change
 * through an admin's (checked in SQL here too, not only in app/), so a non-member gets
 * nothing back, exactly as for an id that never existed. Attendee rows point at the
 * membership itself, so a member who leaves drops out of every event; the plan stored
 * beside them is left as it was planned.
 */
import type { ExpressionBuilder } from 'kysely';
import type { CommunitySeatingEventsTable, Database } from '../schema/database.types.ts';
import type { CommunityRole } from './community.repository.ts';
import type { Executor } from './executor.ts';

export interface SeatingEventRecord {
  id: string;
  communityId: string;
  title: string;
  day: string | null;
  /** Parsed JSON, checked by app/. */
  setup: unknown;
  seed: string;
  /** Parsed JSON, checked by app/. */
  plan: unknown;
  plannedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** A seating event with the members attending it (user ids, in id order). */
export interface SeatingEventWithAttendees extends SeatingEventRecord {
  attendeeIds: string[];
}

/** What an admin writes: everything but the ids and the creation time. */
export type SeatingEventChange = Pick<
  SeatingEventRecord,
  'title' | 'day' | 'setup' | 'seed' | 'plan' | 'plannedAt' | 'updatedAt'
>;

const toRecord = (row: CommunitySeatingEventsTable): SeatingEventRecord => ({
  id: row.id,
  communityId: row.community_id,
  title: row.title,
  day: row.day,
  setup: JSON.parse(row.setup),
  seed: row.seed,
  plan: JSON.parse(row.plan),
  plannedAt: row.planned_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

type Eb = ExpressionBuilder<Database, 'community_seating_events'>;

/** `userId` is a member (with `role`, when given) of the event's community. */
function memberOfEventCommunity(eb: Eb, userId: string, role?: CommunityRole) {
  let sub = eb
    .selectFrom('community_members as me')
    .select('me.user_id')
    .whereRef('me.community_id', '=', 'community_seating_events.community_id')
    .where('me.user_id', '=', userId);
  if (role) sub = sub.where('me.role', '=', role);
  return eb.exists(sub);
}

export function createCommunitySeatingRepository(db: Executor) {
  const scoped = (readerId: string, communityId: string, role?: CommunityRole) =>
    db
      .selectFrom('community_seating_events')
      .where('community_seating_events.community_id', '=', communityId)
      .where((eb) => memberOfEventCommunity(eb, readerId, role));

  async function attendeeIdsOf(eventId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('community_seating_attendees')
      .select('user_id')
      .where('event_id', '=', eventId)
      .orderBy('user_id')
      .execute();
    return rows.map((r) => r.user_id);
  }

  return {
    /** A new event, if `creatorId` is an admin of the community; false (nothing written) otherwise. */
    async insert(
      event: Omit<SeatingEventRecord, 'communityId'>,
      communityId: string,
      creatorId: string,
    ): Promise<boolean> {
      const admin = await db
        .selectFrom('community_members')
        .select('user_id')
        .where('community_id', '=', communityId)
        .where('user_id', '=', creatorId)
        .where('role', '=', 'admin')
        .executeTakeFirst();
      if (!admin) return false;
      await db
        .insertInto('community_seating_events')
        .values({
          id: event.id,
          community_id: communityId,
          title: event.title,
          day: event.day,
          setup: JSON.stringify(event.setup),
          seed: event.seed,
          plan: JSON.stringify(event.plan),
          planned_at: event.plannedAt,
          created_by: creatorId,
          created_at: event.createdAt,
          updated_at: event.updatedAt,
        })
        .execute();
      return true;
    },

    /** One event with its attendees, for any member of its community; undefined otherwise. */
    async get(
      readerId: string,
      communityId: string,
      eventId: string,
    ): Promise<SeatingEventWithAttendees | undefined> {
      const row = await scoped(readerId, communityId)
        .selectAll('community_seating_events')
        .where('community_seating_events.id', '=', eventId)
        .executeTakeFirst();
      if (!row) return undefined;
      return { ...toRecord(row), attendeeIds: await attendeeIdsOf(row.id) };
    },

    /**
     * A community's events, oldest first (ids are time-ordered): every one for an admin,
     * and for anyone else only those they attend. `after` is the last id of the previous page.
     */
    async list(
      readerId: string,
      communityId: string,
      page: { limit: number; after?: string | undefined },
    ): Promise<(SeatingEventRecord & { attendeeCount: number; attending: boolean })[]> {
      let query = scoped(readerId, communityId)
        .selectAll('community_seating_events')
        .select((eb) => [
          eb
            .cast<number>(
              eb
                .selectFrom('community_seating_attendees as a')
                .select(eb.fn.countAll().as('n'))
                .whereRef('a.event_id', '=', 'community_seating_events.id'),
              'integer',
            )
            .as('attendee_count'),
          eb
            .exists(
              eb
                .selectFrom('community_seating_attendees as mine')
                .select('mine.user_id')
                .whereRef('mine.event_id', '=', 'community_seating_events.id')
                .where('mine.user_id', '=', readerId),
            )
            .as('attending'),
        ])
        .where((eb) =>
          eb.or([
            memberOfEventCommunity(eb, readerId, 'admin'),
            eb.exists(
              eb
                .selectFrom('community_seating_attendees as mine')
                .select('mine.user_id')
                .whereRef('mine.event_id', '=', 'community_seating_events.id')
                .where('mine.user_id', '=', readerId),
            ),
          ]),
        );
      if (page.after) query = query.where('community_seating_events.id', '>', page.after);
      const rows = await query.orderBy('community_seating_events.id').limit(page.limit).execute();
      return rows.map((row) => ({
        ...toRecord(row),
        attendeeCount: Number(row.attendee_count),
        attending: Boolean(row.attending),
      }));
    },

    /** Rewrites an event, if `adminId` is an admin of its community; false when nothing changed. */
    async update(
      adminId: string,
      communityId: string,
      eventId: string,
      change: SeatingEventChange,
    ): Promise<boolean> {
      const result = await db
        .updateTable('community_seating_events')
        .set({
          title: change.title,
          day: change.day,
          setup: JSON.stringify(change.setup),
          seed: change.seed,
          plan: JSON.stringify(change.plan),
          planned_at: change.plannedAt,
          updated_at: change.updatedAt,
        })
        .where('community_seating_events.id', '=', eventId)
        .where('community_seating_events.community_id', '=', communityId)
        .where((eb) => memberOfEventCommunity(eb, adminId, 'admin'))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /**
     * Sets who attends, if `adminId` is an admin of the event's community (false
     * otherwise). The use case passes only current members, read in the same transaction;
     * the foreign key to the membership refuses anyone else.
     */
    async setAttendees(
      adminId: string,
      communityId: string,
      eventId: string,
      userIds: readonly string[],
    ): Promise<boolean> {
      const allowed = await scoped(adminId, communityId, 'admin')
        .select('community_seating_events.id')
        .where('community_seating_events.id', '=', eventId)
        .executeTakeFirst();
      if (!allowed) return false;
      await db.deleteFrom('community_seating_attendees').where('event_id', '=', eventId).execute();
      if (userIds.length === 0) return true;
      await db
        .insertInto('community_seating_attendees')
        .values(userIds.map((userId) => ({ event_id: eventId, community_id: communityId, user_id: userId })))
        .execute();
      return true;
    },

    /** Deletes an event, if `adminId` is an admin of its community. */
    async delete(adminId: string, communityId: string, eventId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('community_seating_events')
        .where('community_seating_events.id', '=', eventId)
        .where('community_seating_events.community_id', '=', communityId)
        .where((eb) => memberOfEventCommunity(eb, adminId, 'admin'))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /**
     * Display names of members of the community, by user id, for a reader who is a member
     * there; members only, so nobody outside the community is ever named.
     */
    async memberNames(
      readerId: string,
      communityId: string,
      userIds: readonly string[],
    ): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('community_members as m')
        .innerJoin('users', 'users.id', 'm.user_id')
        .select(['m.user_id as userId', 'users.display_name as name'])
        .where('m.community_id', '=', communityId)
        .where('m.user_id', 'in', [...userIds])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('community_members as me')
              .select('me.user_id')
              .whereRef('me.community_id', '=', 'm.community_id')
              .where('me.user_id', '=', readerId),
          ),
        )
        .execute();
      return new Map(rows.map((r) => [r.userId, r.name]));
    },
  };
}

export type CommunitySeatingRepository = ReturnType<typeof createCommunitySeatingRepository>;
