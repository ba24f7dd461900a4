/**
 * What an admin sends to set up a community seating event: a title and day, the members
 * who attend (by user id) and any extra guests by name, the tables and rounds, and who
 * must sit together or apart. The shape is checked here; whether the ids are members,
 * the names unique and the seats enough is checked by the use case, after it has made
 * sure the caller may see the community at all (so a stranger only ever learns "not found").
 */
import { isIsoDay } from '@kindred/core';
import { z } from 'zod';

/** Bounds that keep one plan to a few seconds of search and one page of place cards per table. */
export const SEATING_LIMITS = { attendees: 300, tables: 60, seats: 40, rounds: 12 } as const;

const name = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `give the ${what} a name`)
    .max(max, `keep the ${what}'s name under ${max} characters`);

/** A member's user id or an extra guest's name, as given in `userIds` or `guests`. */
const attendeeRef = z.string().trim().min(1, 'name a member (user id) or an extra guest').max(120);

export const seatingTableSchema = z.strictObject({
  seats: z
    .number()
    .int('a whole number of seats')
    .min(1, 'at least 1 seat')
    .max(SEATING_LIMITS.seats, `at most ${SEATING_LIMITS.seats} seats at one table`),
  name: name('table', 60).nullable().optional(),
});

export const seatingEventSchema = z.strictObject({
  title: name('event', 120),
  date: z
    .string()
    .refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  userIds: z
    .array(z.string().min(1).max(100))
    .max(SEATING_LIMITS.attendees, `at most ${SEATING_LIMITS.attendees} members`)
    .default([]),
  guests: z
    .array(name('guest', 120))
    .max(SEATING_LIMITS.attendees, `at most ${SEATING_LIMITS.attendees} extra guests`)
    .default([]),
  tables: z
    .array(seatingTableSchema)
    .min(1, 'add at least one table')
    .max(SEATING_LIMITS.tables, `at most ${SEATING_LIMITS.tables} tables`),
  rounds: z
    .number()
    .int('a whole number of rounds')
    .min(1, 'at least 1 round')
    .max(SEATING_LIMITS.rounds, `at most ${SEATING_LIMITS.rounds} rounds`),
  roundNames: z
    .array(name('round', 60))
    .max(SEATING_LIMITS.rounds, `at most ${SEATING_LIMITS.rounds} round names`)
    .default([]),
  keepTogether: z
    .array(
      z.strictObject({
        attendees: z.array(attendeeRef).min(2, 'name at least two attendees').max(SEATING_LIMITS.seats),
        mode: z.enum(['always', 'first-round']).default('always'),
      }),
    )
    .max(100)
    .default([]),
  keepApart: z
    .array(
      z.strictObject({
        attendees: z.array(attendeeRef).min(2, 'name at least two attendees').max(SEATING_LIMITS.tables),
      }),
    )
    .max(100)
    .default([]),
});
export type SeatingEventInput = z.input<typeof seatingEventSchema>;
export type SeatingEventSetup = z.output<typeof seatingEventSchema>;
