/**
 * Listing people with filters as a person types them: a stage in any wording, an
 * interest as a taxonomy key or free text (normalised onto the taxonomy), only those
 * whose check-in is due, a page size and a cursor. Each person comes with the rhythm of
 * the tie: when you were last in touch and when a check-in falls due.
 */
import type { Person } from '@kindred/core';
import { addDays, cadenceFor, findInterest, normaliseInterest, parseStage, stageWords } from '@kindred/core';
import type { Keyset, PersonFilter } from '@kindred/store';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

/** A person as a list shows them: with when you last spoke and whether a check-in is due. */
export interface ListedPerson extends Person {
  /** The day of the last interaction with them, or null when none is logged. */
  lastContactOn: string | null;
  /** When a light check-in falls due by the tie's cadence; null for a stranger or without a date to count from. */
  checkInDueOn: string | null;
  /** The check-in is due today or earlier, and they are not inside a do-not-contact-until boundary. */
  overdue: boolean;
}

export interface PeopleQuery {
  search?: string | undefined;
  tag?: string | undefined;
  stage?: string | undefined;
  interest?: string | undefined;
  /** Only people whose check-in is due today or earlier (and who may be contacted today). */
  overdue?: boolean | undefined;
  limit?: number | undefined;
  /** Where the previous page ended: an id, or a name key and id. */
  after?: string | Keyset | undefined;
}

export async function listPeople(ctx: UseCaseContext, query: PeopleQuery = {}): Promise<ListedPerson[]> {
  const filter: PersonFilter = {};
  if (query.search) filter.search = query.search;
  if (query.tag) filter.tag = query.tag;
  if (query.stage) {
    const stage = parseStage(query.stage);
    if (!stage) {
      throw new AppError(
        'invalid_input',
        `stage: "${query.stage}" is not a stage. Use one of: ${stageWords().join(', ')}.`,
        [{ field: 'stage', message: 'unknown stage' }],
      );
    }
    filter.stage = stage;
  }
  if (query.interest) {
    const key = findInterest(query.interest)?.key ?? normaliseInterest(query.interest)?.key;
    if (key) filter.interest = key;
  }
  const day = today(ctx);
  if (query.overdue) filter.dueBy = day;
  if (query.limit !== undefined) {
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 10_000) {
      throw new AppError('invalid_input', `limit: "${query.limit}" must be a whole number from 1 to 10000.`, [
        { field: 'limit', message: 'out of range' },
      ]);
    }
    filter.limit = query.limit;
  }
  if (query.after) filter.after = query.after;
  const rows = await ctx.store.repos.people.listWithLastContact(ctx.ownerId, filter);
  return rows.map(({ person, lastContactOn }) => withRhythm(person, lastContactOn, day));
}

/**
 * The same rule the store's `dueBy` filter applies, for one person on one day. The person
 * is extended in place (it is the caller's fresh copy): copying a page of people with a
 * spread cost more than reading them.
 */
export function withRhythm(person: Person, lastContactOn: string | null, day: string): ListedPerson {
  const cadence = cadenceFor(person.stage, person.cadenceDays);
  const from = lastContactOn ?? person.metOn;
  const checkInDueOn = cadence && from ? addDays(from, cadence) : null;
  const resting = person.doNotContactUntil !== null && person.doNotContactUntil > day;
  const listed = person as ListedPerson;
  listed.lastContactOn = lastContactOn;
  listed.checkInDueOn = checkInDueOn;
  listed.overdue = checkInDueOn !== null && checkInDueOn <= day && !resting;
  return listed;
}
