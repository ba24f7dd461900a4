/**
 * Community seating events as the API shows them: the whole setup and plan for admins
 * (attendees by name, tables and rounds by name, who sits where, how many new pairs meet),
 * a short line per event for lists, and one attendee's own schedule. Names of members
 * come from the membership at the time of reading, never from the stored plan.
 */
import type { RotationPlan } from '@kindred/core';
import type { SeatingEventRecord } from '@kindred/store';
import type { StoredSetup } from './seating-event.plan.ts';
import { liveGuests } from './seating-event.plan.ts';

/** Someone attending: a member (with their user id) or an extra guest (userId null). */
export interface SeatingAttendee {
  /** What rules refer to: the member's user id, or the extra guest's name. */
  ref: string;
  userId: string | null;
  name: string;
}

export interface SeatingTableSeats {
  table: number;
  name: string;
  seats: number;
  guests: SeatingAttendee[];
}

export interface SeatingRoundView {
  round: number;
  name: string;
  tables: SeatingTableSeats[];
}

export interface SeatingStatsView {
  guests: number;
  tables: number;
  rounds: number;
  seats: number;
  /** Different pairs of people who share a table at least once. */
  distinctPairs: number;
  possiblePairs: number;
  /** Times two people share a table again. */
  repeats: number;
  /** Repeats the keep-together rules make unavoidable. */
  forcedRepeats: number;
  /** No plan for these numbers can have fewer repeats. */
  repeatsLowerBound: number;
  roundsWithoutRepeats: number;
  /** One sentence on how many rounds could pass without anyone meeting twice. */
  bound: string;
}

export interface SeatingEvent {
  id: string;
  communityId: string;
  title: string;
  date: string | null;
  attendees: SeatingAttendee[];
  tables: { table: number; name: string; seats: number }[];
  rounds: { round: number; name: string }[];
  keepTogether: { attendees: string[]; mode: 'always' | 'first-round' }[];
  keepApart: { attendees: string[] }[];
  plan: {
    seed: string;
    method: RotationPlan['method'];
    plannedAt: string;
    /** Members who left the community since this plan was made (their seats show empty). */
    departedSincePlanned: number;
    /** True when the plan no longer matches who attends: re-plan before printing. */
    needsReplan: boolean;
    rounds: SeatingRoundView[];
    stats: SeatingStatsView;
    notes: string[];
  };
  createdAt: string;
  updatedAt: string;
}

export interface SeatingEventSummary {
  id: string;
  title: string;
  date: string | null;
  attendeeCount: number;
  tableCount: number;
  rounds: number;
  /** Whether the reader is one of the members attending. */
  attending: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MySeatingSchedule {
  eventId: string;
  title: string;
  date: string | null;
  needsReplan: boolean;
  rounds: { round: number; name: string; table: number | null; tableName: string | null; with: string[] }[];
}

export const tableName = (setup: StoredSetup, table: number) =>
  setup.tables[table - 1]?.name ?? `Table ${table}`;
export const roundName = (setup: StoredSetup, round: number) =>
  setup.roundNames[round - 1] ?? `Round ${round}`;

/** Attendee lookup for a plan: engine key -> attendee, named as they are now. */
export function attendeesOf(
  plan: RotationPlan,
  setup: StoredSetup,
  names: ReadonlyMap<string, string>,
): Map<string, SeatingAttendee> {
  return new Map(
    liveGuests(plan, setup, names).map((g) => [
      g.id,
      { ref: g.userId ?? g.name, userId: g.userId, name: g.name },
    ]),
  );
}

export function presentStats(plan: RotationPlan): SeatingStatsView {
  const s = plan.stats;
  return {
    guests: s.guests,
    tables: s.tables,
    rounds: s.rounds,
    seats: s.seats,
    distinctPairs: s.distinctPairsMet,
    possiblePairs: s.possiblePairs,
    repeats: s.repeats,
    forcedRepeats: s.forcedRepeats,
    repeatsLowerBound: s.repeatsLowerBound,
    roundsWithoutRepeats: s.roundsWithoutRepeats,
    bound: s.bound.explanation,
  };
}

export function presentSeatingEvent(
  record: SeatingEventRecord,
  setup: StoredSetup,
  current: { plan: RotationPlan; departed: number },
  names: ReadonlyMap<string, string>,
  attendeeIds: readonly string[],
): SeatingEvent {
  const { plan, departed } = current;
  const people = attendeesOf(plan, setup, names);
  const members = attendeeIds.map((userId) => ({ ref: userId, userId, name: names.get(userId) ?? userId }));
  const guests = setup.guests.map((name) => ({ ref: name, userId: null, name }));
  return {
    id: record.id,
    communityId: record.communityId,
    title: record.title,
    date: record.day,
    attendees: [...members, ...guests],
    tables: setup.tables.map((t, i) => ({ table: i + 1, name: tableName(setup, i + 1), seats: t.seats })),
    rounds: Array.from({ length: setup.rounds }, (_, i) => ({ round: i + 1, name: roundName(setup, i + 1) })),
    keepTogether: setup.keepTogether,
    keepApart: setup.keepApart,
    plan: {
      seed: record.seed,
      method: plan.method,
      plannedAt: record.plannedAt,
      departedSincePlanned: departed,
      needsReplan: departed > 0,
      rounds: plan.rounds.map((round) => ({
        round: round.round,
        name: roundName(setup, round.round),
        tables: round.tables.map((table) => ({
          table: table.table,
          name: tableName(setup, table.table),
          seats: plan.tables[table.table - 1]?.seats ?? table.guests.length,
          guests: table.guests.flatMap((key) => {
            const who = people.get(key);
            return who ? [who] : [];
          }),
        })),
      })),
      stats: presentStats(plan),
      notes: plan.notes,
    },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** One attendee's rounds: where they sit and with whom (names only). */
export function presentSchedule(
  record: SeatingEventRecord,
  setup: StoredSetup,
  current: { plan: RotationPlan; departed: number },
  names: ReadonlyMap<string, string>,
  myKey: string,
): MySeatingSchedule {
  const people = attendeesOf(current.plan, setup, names);
  return {
    eventId: record.id,
    title: record.title,
    date: record.day,
    needsReplan: current.departed > 0,
    rounds: current.plan.rounds.map((round) => {
      const table = round.tables.find((t) => t.guests.includes(myKey));
      return {
        round: round.round,
        name: roundName(setup, round.round),
        table: table?.table ?? null,
        tableName: table ? tableName(setup, table.table) : null,
        with: (table?.guests ?? [])
          .filter((key) => key !== myKey)
          .map((key) => people.get(key)?.name ?? '')
          .filter(Boolean)
          .sort((a, b) => a.localeCompare(b)),
      };
    }),
  };
}
