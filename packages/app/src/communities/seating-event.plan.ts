/**
 * From an admin's seating setup to the engine and back. Attendees are named to the
 * engine by opaque ids (`m:<userId>` for a member, `g:<n>` for an extra guest), so a
 * stored plan holds no member's name: names are read live from the membership when the
 * plan is shown, and a member who has left is simply no longer there to name. The engine
 * itself is core's planRotation; this file only translates and checks references.
 */
import {
  type PlanRound,
  planRotation,
  type RotationPlan,
  rotationStats,
  SeatingError,
  type SeatingGuest,
  type ShouldStop,
} from '@kindred/core';
import { AppError, type ErrorDetail } from '../errors/app-error.ts';
import { tablesTooSmall, unknownAttendee } from './seating-event.errors.ts';
import type { SeatingEventSetup } from './seating-event.schema.ts';

/** What is stored about the setup besides title and day (members live in their own rows). */
export type StoredSetup = Omit<SeatingEventSetup, 'title' | 'date' | 'userIds'>;

export const memberKey = (userId: string) => `m:${userId}`;
export const guestKey = (index: number) => `g:${index}`;
export const userIdOf = (key: string): string | null => (key.startsWith('m:') ? key.slice(2) : null);

/**
 * The plan's guests under the names to show now: a member's from the membership (a
 * former member has none), an extra guest's from the setup, so a corrected spelling
 * shows without planning again.
 */
export function liveGuests(
  plan: RotationPlan,
  setup: StoredSetup,
  names: ReadonlyMap<string, string>,
): (SeatingGuest & { userId: string | null })[] {
  return plan.guests.map((g) => {
    const userId = userIdOf(g.id);
    if (userId) return { id: g.id, userId, name: names.get(userId) ?? '' };
    const index = g.id.startsWith('g:') ? Number(g.id.slice(2)) : Number.NaN;
    return { id: g.id, userId: null, name: setup.guests[index] ?? g.name };
  });
}

export function storedSetup(setup: SeatingEventSetup): StoredSetup {
  const { title: _t, date: _d, userIds: _u, ...rest } = setup;
  return rest;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en');

/**
 * Checks the setup against the community's members (`names`: user id -> display name of
 * the ones who are members) and returns the engine's guests, in the order given. Every
 * problem names its field: `userIds.2`, `guests.0`, `keepApart.1.attendees.0`.
 */
export function engineGuests(
  setup: SeatingEventSetup,
  names: ReadonlyMap<string, string>,
  communityName: string,
): { guests: SeatingGuest[]; keyOf: (ref: string) => string | undefined } {
  const problems: ErrorDetail[] = [];
  const userIds = [...new Set(setup.userIds)];
  setup.userIds.forEach((id, i) => {
    if (!names.has(id))
      problems.push({ field: `userIds.${i}`, message: `${id} is not a member of ${communityName}` });
  });
  if (problems.length > 0) {
    throw unknownAttendee(
      `${problems.length === 1 ? 'One of the members' : `${problems.length} of the members`} you picked ${problems.length === 1 ? 'is' : 'are'} not in ${communityName} (any more). Pick attendees from the current member list, or add someone who is not a member as an extra guest by name.`,
      problems,
    );
  }
  const seenGuests = new Map<string, number>();
  setup.guests.forEach((name, i) => {
    const before = seenGuests.get(fold(name));
    if (before !== undefined) {
      problems.push({ field: `guests.${i}`, message: `"${name}" is already guest ${before + 1}` });
    } else seenGuests.set(fold(name), i);
  });
  if (problems.length > 0) {
    throw new AppError(
      'invalid_input',
      `Two extra guests have the same name (${problems.map((p) => p.message).join('; ')}). Tell them apart, e.g. "Sam Lee (speaker)", so place cards and keep-together rules know who is who.`,
      problems,
    );
  }
  if (setup.roundNames.length > setup.rounds) {
    throw new AppError(
      'invalid_input',
      `There are ${setup.roundNames.length} round names for ${setup.rounds} ${setup.rounds === 1 ? 'round' : 'rounds'}. Add rounds or remove names.`,
      [{ field: 'roundNames', message: `more names than rounds (${setup.rounds})` }],
    );
  }
  const guests: SeatingGuest[] = [
    ...userIds.map((id) => ({ id: memberKey(id), name: names.get(id) ?? id })),
    ...setup.guests.map((name, i) => ({ id: guestKey(i), name })),
  ];
  if (guests.length < 2) {
    throw new AppError(
      'invalid_input',
      `A seating plan needs at least two attendees; this one has ${guests.length}. Pick members who are coming, or add extra guests by name.`,
      [{ field: 'userIds', message: 'fewer than two attendees' }],
    );
  }
  const seats = setup.tables.reduce((sum, t) => sum + t.seats, 0);
  if (seats < guests.length) throw tablesTooSmall(guests.length, seats);
  const keyOf = (ref: string) => {
    const trimmed = ref.trim();
    if (names.has(trimmed) && userIds.includes(trimmed)) return memberKey(trimmed);
    const index = seenGuests.get(fold(trimmed));
    return index === undefined ? undefined : guestKey(index);
  };
  return { guests, keyOf };
}

/** The constraints in engine ids; an unknown reference is an error naming its field. */
function engineConstraints(setup: SeatingEventSetup, keyOf: (ref: string) => string | undefined) {
  const problems: ErrorDetail[] = [];
  const keys = (refs: string[], field: string) =>
    refs.flatMap((ref, j) => {
      const key = keyOf(ref);
      if (!key) problems.push({ field: `${field}.attendees.${j}`, message: `"${ref}" is not attending` });
      return key ? [key] : [];
    });
  const keepTogether = setup.keepTogether.map((rule, i) => ({
    guests: keys(rule.attendees, `keepTogether.${i}`),
    mode: rule.mode,
  }));
  const keepApart = setup.keepApart.map((rule, i) => ({ guests: keys(rule.attendees, `keepApart.${i}`) }));
  if (problems.length > 0) {
    throw unknownAttendee(
      `A keep-together or keep-apart rule names someone who is not attending: ${problems
        .slice(0, 5)
        .map((p) => `${p.field} (${p.message})`)
        .join(
          ', ',
        )}. Use a picked member's user id or an extra guest's name exactly as listed, or add them as an attendee first.`,
      problems,
    );
  }
  return { keepTogether, keepApart };
}

/**
 * Plans the rotation. The seed makes it repeatable; `shouldStop` bounds the search (a
 * plan cut short is still valid, and it is stored, so re-opening shows the same plan).
 */
export function planSetup(
  setup: SeatingEventSetup,
  names: ReadonlyMap<string, string>,
  communityName: string,
  seed: string,
  shouldStop?: ShouldStop,
): RotationPlan {
  const { guests, keyOf } = engineGuests(setup, names, communityName);
  const constraints = engineConstraints(setup, keyOf);
  try {
    const plan = planRotation({
      guests,
      tables: setup.tables.map((t) => t.seats),
      rounds: setup.rounds,
      constraints,
      seed,
      ...(shouldStop ? { shouldStop } : {}),
    });
    // Members are stored by id alone: their names are read live, so none outlives a membership.
    return { ...plan, guests: plan.guests.map((g) => (userIdOf(g.id) ? { id: g.id, name: '' } : g)) };
  } catch (error) {
    if (error instanceof SeatingError) {
      throw new AppError(
        'seating_unsatisfiable',
        `These tables, rounds and rules cannot all be honoured: ${error.message}`,
        error.issues.map((issue) => ({ field: 'constraints', message: issue.message })),
      );
    }
    throw error;
  }
}

/** The parts of a setup the plan depends on; names, title and day do not change who sits where. */
export function planKey(setup: SeatingEventSetup): string {
  return JSON.stringify({
    userIds: [...new Set(setup.userIds)].sort(),
    guests: setup.guests.map(fold),
    tables: setup.tables.map((t) => t.seats),
    rounds: setup.rounds,
    keepTogether: setup.keepTogether,
    keepApart: setup.keepApart,
  });
}

/**
 * The plan as it stands now: members who have left the community since it was planned
 * are taken out (their seats read as empty), and the statistics are counted again for
 * who remains. `departed` says how many left, so the page can ask for a re-plan.
 */
export function currentPlan(
  plan: RotationPlan,
  attending: ReadonlySet<string>,
): { plan: RotationPlan; departed: number } {
  const stays = (key: string) => {
    const userId = userIdOf(key);
    return userId === null || attending.has(userId);
  };
  const guests = plan.guests.filter((g) => stays(g.id));
  const departed = plan.guests.length - guests.length;
  if (departed === 0) return { plan, departed };
  const rounds: PlanRound[] = plan.rounds.map((round) => ({
    round: round.round,
    tables: round.tables.map((table) => ({ table: table.table, guests: table.guests.filter(stays) })),
  }));
  const stats = rotationStats(
    guests.map((g) => g.id),
    plan.tables.map((t) => t.seats),
    rounds,
    plan.stats.forcedRepeats,
  );
  return { plan: { ...plan, guests, rounds, stats }, departed };
}
