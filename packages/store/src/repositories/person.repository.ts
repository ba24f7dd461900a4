/**
 * People and what hangs off them directly (channels, tags, interests). Every query is
 * scoped by owner: a person id from another user's data reads as "not found".
 */
import type { ChannelKind, Person } from '@kindred/core';
import { channelKey, foldText } from '@kindred/core';
import { type Compilable, CompiledQuery, sql } from 'kysely';
import type { PeopleTable } from '../schema/database.types.ts';
import { chunk, type Executor } from './executor.ts';
import { type Dialect, jsonRows, parseJson } from './json-rows.ts';
import { childRows, personRow, toPerson } from './person.mapper.ts';
import { docOf, type ListedDoc, personDoc, unpackListed } from './person-doc.ts';
import { likePattern, listedSelection, type PersonFilter, personListQuery } from './person-list.query.ts';

export type { ListedDoc, PersonFilter };

export interface DuplicateProbe {
  emails: string[];
  name: string;
  organisation: string | null;
}

/** The people columns, in the order the JSON read returns them. */
const PEOPLE_COLUMNS = [
  'id',
  'owner_id',
  'name',
  'name_key',
  'met_how',
  'met_where',
  'met_on',
  'organisation',
  'organisation_key',
  'team',
  'role',
  'seniority',
  'notes',
  'birthday',
  'photo',
  'preferred_channel',
  'prefers_async',
  'do_not_contact_until',
  'cadence_days',
  'stage',
  'stage_set_by',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof PeopleTable)[];

/** A row from its JSON tuple, field by field (a literal: much faster than fromEntries). */
const rowFromTuple = (t: unknown[]): PeopleTable =>
  ({
    id: t[0],
    owner_id: t[1],
    name: t[2],
    name_key: t[3],
    met_how: t[4],
    met_where: t[5],
    met_on: t[6],
    organisation: t[7],
    organisation_key: t[8],
    team: t[9],
    role: t[10],
    seniority: t[11],
    notes: t[12],
    birthday: t[13],
    photo: t[14],
    preferred_channel: t[15],
    prefers_async: t[16],
    do_not_contact_until: t[17],
    cadence_days: t[18],
    stage: t[19],
    stage_set_by: t[20],
    created_at: t[21],
    updated_at: t[22],
  }) as PeopleTable;

/** Above this many ids, owner-wide reads beat hundreds of IN lists. */
const OWNER_WIDE = 2000;

const LIST_ORDER = 'p.name_key, p.id';

export function createPersonRepository(db: Executor, dialect: Dialect) {
  const { agg } = jsonRows(dialect);
  // Each child list comes with its sort key first and is sorted here: asking the database
  // to order inside the aggregate made SQLite build a temporary tree per list. The
  // subquery's value is JSON already (SQLite keeps its JSON subtype), so it nests as is.
  const children = (table: string, fields: string[]) =>
    sql`(select ${agg(sql.join(fields.map((f) => sql.ref(f))))} from ${sql.table(table)} where owner_id = p.owner_id and person_id = p.id)`;
  const personParts = [
    ...PEOPLE_COLUMNS.map((c) => sql.ref(`p.${c}`)),
    children('person_channels', ['position', 'kind', 'value', 'label']),
    children('person_tags', ['tag']),
    children('person_interests', ['position', 'interest_key', 'label']),
  ];
  const personFields = sql.join(personParts);
  const byFirst = <T extends [number | string, ...unknown[]]>(list: T[]): T[] =>
    list.length < 2 ? list : list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  // The aggregate around the people query never changes, so it is compiled once per
  // order and the page's own query is put inside it as text with its parameters (it
  // has no parameters of its own, so PostgreSQL's numbered ones stay right).
  const prefixes = new Map<string, string>();
  const prefix = (order: string | undefined) => {
    const key = order ?? '';
    let text = prefixes.get(key);
    if (text === undefined) {
      const ordered = order === undefined ? undefined : sql.raw(order);
      text = sql`select ${agg(personFields, ordered)} as j from (`.compile(db).sql;
      prefixes.set(key, text);
    }
    return text;
  };

  /**
   * The people a query selects (all columns of `people`), each with its channels, tags
   * and interests, in one statement that returns one JSON document; in `order` (SQL
   * naming columns of the query as `p.…`, for PostgreSQL; SQLite keeps the query's own).
   */
  async function tuples(source: Compilable, order: string | undefined): Promise<unknown[][]> {
    const inner = source.compile();
    const result = await db.executeQuery<{ j: unknown }>(
      CompiledQuery.raw(`${prefix(order)}${inner.sql}) p`, [...inner.parameters]),
    );
    return parseJson<unknown[][]>(result.rows[0]?.j ?? '[]');
  }

  function personOf(t: unknown[]): Person {
    return toPerson(
      rowFromTuple(t),
      byFirst(t[23] as [number, ChannelKind, string, string | null][]).map(([, kind, value, label]) => ({
        kind,
        value,
        label,
      })),
      byFirst(t[24] as [string][]).map(([tag]) => tag),
      byFirst(t[25] as [number, string, string][]).map(([, key, label]) => ({ key, label })),
    );
  }

  async function read(source: Compilable, order?: string): Promise<Person[]> {
    return (await tuples(source, order)).map(personOf);
  }

  /** People by id, in the order of `ids`; unknown ids (or another owner's) are left out. */
  async function load(ownerId: string, ids: string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    const found = new Map<string, Person>();
    // Above a few thousand, one owner-wide read beats many IN lists.
    const parts: (string[] | null)[] = ids.length > OWNER_WIDE ? [null] : chunk(ids);
    for (const part of parts) {
      let source = db.selectFrom('people').selectAll().where('owner_id', '=', ownerId);
      if (part) source = source.where('id', 'in', part);
      for (const person of await read(source)) found.set(person.id, person);
    }
    return ids.flatMap((id) => {
      const person = found.get(id);
      return person ? [person] : [];
    });
  }

  async function insertChildren(ownerId: string, people: Person[]): Promise<void> {
    const rows = people.map((p) => childRows(ownerId, p));
    const channels = rows.flatMap((r) => r.channels);
    const tags = rows.flatMap((r) => r.tags);
    const interests = rows.flatMap((r) => r.interests);
    for (const part of chunk(channels)) await db.insertInto('person_channels').values(part).execute();
    for (const part of chunk(tags)) await db.insertInto('person_tags').values(part).execute();
    for (const part of chunk(interests)) await db.insertInto('person_interests').values(part).execute();
  }

  async function deleteChildren(ownerId: string, personId: string): Promise<void> {
    for (const table of ['person_channels', 'person_tags', 'person_interests'] as const) {
      await db.deleteFrom(table).where('owner_id', '=', ownerId).where('person_id', '=', personId).execute();
    }
  }

  return {
    /** Inserts many people in few statements (imports, restores). */
    async insertMany(ownerId: string, people: Person[]): Promise<void> {
      // 24 columns x 400 rows stays under SQLite's 32,766 bound parameters. Each part's
      // channels, tags and interests go with it, so an import of 50,000 people never holds
      // every child row (and every document) at once.
      for (const part of chunk(people, 400)) {
        await db
          .insertInto('people')
          .values(part.map((p) => ({ ...personRow(ownerId, p), list_doc: personDoc(ownerId, p) })))
          .execute();
        await insertChildren(ownerId, part);
      }
    },

    async insert(ownerId: string, person: Person): Promise<void> {
      await this.insertMany(ownerId, [person]);
    },

    /** Replaces the stored person with this value (children included). */
    async update(ownerId: string, person: Person): Promise<void> {
      const { id, owner_id: _owner, created_at: _created, ...row } = personRow(ownerId, person);
      await db
        .updateTable('people')
        .set({ ...row, list_doc: personDoc(ownerId, person) })
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .execute();
      await deleteChildren(ownerId, id);
      await insertChildren(ownerId, [person]);
    },

    async get(ownerId: string, id: string): Promise<Person | undefined> {
      return (await load(ownerId, [id]))[0];
    },

    async getMany(ownerId: string, ids: string[]): Promise<Person[]> {
      return load(ownerId, [...new Set(ids)]);
    },

    /** People in name order, filtered; pass `after` (the last id) for the next page. */
    async list(ownerId: string, filter: PersonFilter = {}): Promise<Person[]> {
      return read(await personListQuery(db, dialect, ownerId, filter), LIST_ORDER);
    },

    /**
     * The same list as stored documents, each with the day you were last in touch (null
     * when never): one indexed scan, no child tables. A row written before documents
     * were kept has none yet; it is built from the tables here and stored.
     */
    async listDocs(ownerId: string, filter: PersonFilter = {}): Promise<ListedDoc[]> {
      const query = (await personListQuery(db, dialect, ownerId, filter))
        .clearSelect()
        .select(listedSelection(dialect).as('r'));
      const rows = (await query.execute()).map((r) => unpackListed(r.r));
      const missing = new Map(rows.filter((r) => r.doc === '').map((r) => [r.id, r]));
      for (const person of await load(ownerId, [...missing.keys()])) {
        const doc = docOf(person);
        (missing.get(person.id) as ListedDoc).doc = doc;
        // Only where still missing: a writer in between has stored a newer one.
        await db
          .updateTable('people')
          .set({ list_doc: doc })
          .where('owner_id', '=', ownerId)
          .where('id', '=', person.id)
          .where('list_doc', 'is', null)
          .execute();
      }
      // A person deleted since the page was read has no document to build: left out.
      return missing.size === 0 ? rows : rows.filter((r) => r.doc !== '');
    },

    /** Ids of people whose folded name contains the folded text, with their folded names. */
    async idsByName(ownerId: string, folded: string): Promise<{ id: string; nameKey: string }[]> {
      const rows = await db
        .selectFrom('people')
        .select(['id', 'name_key'])
        .where('owner_id', '=', ownerId)
        .where(sql`name_key`, 'like', sql`${likePattern(folded)} escape '\\'`)
        .orderBy('name_key')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, nameKey: r.name_key }));
    },

    async count(ownerId: string): Promise<number> {
      const row = await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * People who are probably the same as the probe: a shared email, or the same name
     * at the same organisation (folded). Used by imports and by `add` to merge, not drop.
     */
    async findDuplicates(ownerId: string, probe: DuplicateProbe): Promise<Person[]> {
      const ids = new Set<string>();
      const emailKeys = probe.emails.map((e) => channelKey('email', e)).filter(Boolean);
      if (emailKeys.length > 0) {
        const rows = await db
          .selectFrom('person_channels')
          .select('person_id')
          .where('owner_id', '=', ownerId)
          .where('kind', '=', 'email')
          .where('value_key', 'in', emailKeys)
          .execute();
        for (const r of rows) ids.add(r.person_id);
      }
      const byName = await db
        .selectFrom('people')
        .select(['id', 'organisation_key'])
        .where('owner_id', '=', ownerId)
        .where('name_key', '=', foldText(probe.name))
        .execute();
      const orgKey = probe.organisation ? foldText(probe.organisation) : null;
      for (const r of byName) if (r.organisation_key === orgKey) ids.add(r.id);
      return this.getMany(ownerId, [...ids]);
    },

    /**
     * The keys duplicates are found by, for every person the owner has: lets a large
     * import check each record in memory instead of querying per record.
     */
    async identityKeys(ownerId: string): Promise<{
      emails: { personId: string; key: string }[];
      names: { personId: string; nameKey: string; organisationKey: string | null }[];
    }> {
      const [emails, names] = await Promise.all([
        db
          .selectFrom('person_channels')
          .select(['person_id', 'value_key'])
          .where('owner_id', '=', ownerId)
          .where('kind', '=', 'email')
          .execute(),
        db
          .selectFrom('people')
          .select(['id', 'name_key', 'organisation_key'])
          .where('owner_id', '=', ownerId)
          .execute(),
      ]);
      return {
        emails: emails.map((e) => ({ personId: e.person_id, key: e.value_key })),
        names: names.map((n) => ({
          personId: n.id,
          nameKey: n.name_key,
          organisationKey: n.organisation_key,
        })),
      };
    },

    async delete(ownerId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('people')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
