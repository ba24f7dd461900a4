/**
 * The people list's query: search, stage, tag, interest, "due a check-in" and keyset
 * pages, in SQL both databases accept. The repository wraps it to read whole people.
 */
import type { Stage } from '@kindred/core';
import { CADENCE_DAYS, foldText, STAGES } from '@kindred/core';
import { type RawBuilder, sql } from 'kysely';
import type { Executor, Keyset } from './executor.ts';
import type { Dialect } from './json-rows.ts';

export interface PersonFilter {
  /** Matches any part of the name, organisation, team or role (folded). */
  search?: string;
  tag?: string;
  stage?: Stage;
  interest?: string;
  /**
   * A local day (YYYY-MM-DD): only people whose check-in falls due on or before it by
   * their tie's cadence (their own override, else their stage's), counted from the last
   * contact (or the day you met), and who are not inside a do-not-contact-until boundary
   * on that day. Strangers have no cadence, so they are never due.
   */
  dueBy?: string;
  /** Where the previous page ended: the id of its last person, or its name key and id. */
  after?: string | Keyset;
  limit?: number;
}

export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The cadence of a tie in SQL: the person's override, else their stage's. */
const cadenceSql = sql<number | null>`coalesce(people.cadence_days, case people.stage ${sql.join(
  STAGES.flatMap((stage) => {
    const days = CADENCE_DAYS[stage];
    return days === null ? [] : [sql`when ${sql.lit(stage)} then ${sql.lit(days)}`];
  }),
  sql` `,
)} else null end)`;

// Days as numbers, so "last contact + cadence" compares the same way on both databases.
const dayNumberIn = (dialect: Dialect) => (day: RawBuilder<unknown>) =>
  dialect === 'sqlite' ? sql`julianday(${day})` : sql`(cast(${day} as date) - date '2000-01-01')`;

/** The query for people in name order, filtered, from `after` on. */
export async function personListQuery(db: Executor, dialect: Dialect, ownerId: string, filter: PersonFilter) {
  const dayNumber = dayNumberIn(dialect);
  let query = db.selectFrom('people').selectAll('people').where('people.owner_id', '=', ownerId);
  const folded = filter.search ? foldText(filter.search) : '';
  if (folded) {
    const pattern = likePattern(folded);
    query = query.where((eb) =>
      eb.or([
        eb(sql`people.name_key`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`people.organisation_key`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(people.team, ''))`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(people.role, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  if (filter.stage) query = query.where('people.stage', '=', filter.stage);
  if (filter.tag) {
    const tag = filter.tag;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_tags')
          .select('person_tags.person_id')
          .whereRef('person_tags.person_id', '=', 'people.id')
          .where('person_tags.owner_id', '=', ownerId)
          .where(sql`lower(person_tags.tag)`, '=', tag.toLowerCase()),
      ),
    );
  }
  if (filter.interest) {
    const key = filter.interest;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_interests')
          .select('person_interests.person_id')
          .whereRef('person_interests.person_id', '=', 'people.id')
          .where('person_interests.owner_id', '=', ownerId)
          .where('person_interests.interest_key', '=', key),
      ),
    );
  }
  if (filter.dueBy) {
    const day = filter.dueBy;
    const lastContact = sql`coalesce((select person_stats.last_contact_on from person_stats where person_stats.owner_id = people.owner_id and person_stats.person_id = people.id), people.met_on)`;
    query = query.where((eb) =>
      eb.and([
        eb(cadenceSql, 'is not', null),
        eb(lastContact, 'is not', null),
        eb(sql`${dayNumber(lastContact)} + ${cadenceSql}`, '<=', dayNumber(sql`${day}`)),
        eb.or([eb('people.do_not_contact_until', 'is', null), eb('people.do_not_contact_until', '<=', day)]),
      ]),
    );
  }
  if (filter.after) {
    const last =
      typeof filter.after === 'string'
        ? await db
            .selectFrom('people')
            .select(['name_key as key', 'id'])
            .where('owner_id', '=', ownerId)
            .where('id', '=', filter.after)
            .executeTakeFirst()
        : filter.after;
    if (last) {
      query = query.where((eb) =>
        eb.or([
          eb('people.name_key', '>', last.key),
          eb.and([eb('people.name_key', '=', last.key), eb('people.id', '>', last.id)]),
        ]),
      );
    }
  }
  query = query.orderBy('people.name_key').orderBy('people.id');
  if (filter.limit) query = query.limit(filter.limit);
  return query;
}

/**
 * What a list reads of each person, as one text value: a JSON array of the fields the
 * rhythm of the tie is worked out from (and the page's sort key), U+0001, then the
 * stored document ('' when there is none yet). One value a row, because the SQLite
 * driver's cost grows with every column of every row (eight columns cost about three
 * times what one does for a page); neither JSON text holds a raw U+0001, so the first
 * one is the cut.
 */
export function listedSelection(dialect: Dialect): RawBuilder<string> {
  const lastContact = sql`(select last_contact_on from person_stats where person_stats.owner_id = people.owner_id and person_stats.person_id = people.id)`;
  const fields = sql.join([
    sql.ref('people.id'),
    sql.ref('people.name_key'),
    sql.ref('people.stage'),
    sql.ref('people.cadence_days'),
    sql.ref('people.met_on'),
    sql.ref('people.do_not_contact_until'),
    lastContact,
  ]);
  return dialect === 'sqlite'
    ? sql<string>`json_array(${fields}) || char(1) || coalesce(people.list_doc, '')`
    : sql<string>`json_build_array(${fields})::text || chr(1) || coalesce(people.list_doc, '')`;
}
