/**
 * Listing people with filters as a person types them: a stage in any wording, an
 * interest as a taxonomy key or free text (normalised onto the taxonomy), only those
 * whose check-in is due, a page size and a cursor. Each person comes with the rhythm of
 * the tie: when you were last in touch and when a check-in falls due. The store keeps
 * each person's JSON document; the rhythm depends on today, so it is added on reading.
 */
import type { Person, Stage } from '@kindred/core';
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

/** A listed person as JSON text (the same value `listPeople` gives, serialised), with their sort key. */
export interface ListedPersonJson {
  id: string;
  /** The folded name the list is ordered by (with the id): where a page ends. */
  nameKey: string;
  json: string;
}

export async function listPeople(ctx: UseCaseContext, query: PeopleQuery = {}): Promise<ListedPerson[]> {
  const day = today(ctx);
  const rows = await ctx.store.repos.people.listDocs(ctx.ownerId, filterFor(query, day));
  return rows.map((row) => withRhythm(JSON.parse(row.doc) as Person, row.lastContactOn, day));
}

/**
 * The same list as JSON text, for the API: each person's stored document with the rhythm
 * of the tie appended, so a page is sent without parsing and re-serialising every person.
 */
export async function listPeopleJson(
  ctx: UseCaseContext,
  query: PeopleQuery = {},
): Promise<ListedPersonJson[]> {
  const day = today(ctx);
  const rows = await ctx.store.repos.people.listDocs(ctx.ownerId, filterFor(query, day));
  return rows.map((row) => ({ id: row.id, nameKey: row.nameKey, json: listedJson(row, day) }));
}

/** `{…person, lastContactOn, checkInDueOn, overdue}` as text: the document with three fields more. */
function listedJson(row: RhythmFields & { doc: string; lastContactOn: string | null }, day: string): string {
  const { checkInDueOn, overdue } = rhythmOf(row, row.lastContactOn, day);
  // The stored document is an object, so it ends with its closing brace.
  return `${row.doc.slice(0, -1)},"lastContactOn":${date(row.lastContactOn)},"checkInDueOn":${date(checkInDueOn)},"overdue":${overdue}}`;
}

// Dates are YYYY-MM-DD, so they need no escaping. (At module level: a closure made per
// row costs more than the call under tsx, which names every function it creates.)
const date = (d: string | null) => (d === null ? 'null' : `"${d}"`);

/** What the filters of a query mean for the store, on `day` (the caller's today). */
function filterFor(query: PeopleQuery, day: string): PersonFilter {
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
  return filter;
}

interface RhythmFields {
  stage: Stage;
  cadenceDays: number | null;
  metOn: string | null;
  doNotContactUntil: string | null;
}

/** When a check-in falls due and whether it is due on `day`: the store's `dueBy` rule, for one person. */
function rhythmOf(
  person: RhythmFields,
  lastContactOn: string | null,
  day: string,
): { checkInDueOn: string | null; overdue: boolean } {
  const cadence = cadenceFor(person.stage, person.cadenceDays);
  const from = lastContactOn ?? person.metOn;
  const checkInDueOn = cadence && from ? addDays(from, cadence) : null;
  const resting = person.doNotContactUntil !== null && person.doNotContactUntil > day;
  return { checkInDueOn, overdue: checkInDueOn !== null && checkInDueOn <= day && !resting };
}

/**
 * The same rule the store's `dueBy` filter applies, for one person on one day. The person
 * is extended in place (it is the caller's fresh copy): copying a page of people with a
 * spread cost more than reading them.
 */
export function withRhythm(person: Person, lastContactOn: string | null, day: string): ListedPerson {
  const { checkInDueOn, overdue } = rhythmOf(person, lastContactOn, day);
  const listed = person as ListedPerson;
  listed.lastContactOn = lastContactOn;
  listed.checkInDueOn = checkInDueOn;
  listed.overdue = overdue;
  return listed;
}
