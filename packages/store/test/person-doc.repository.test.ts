import type { Person } from '@kindred/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Store } from '../src/index.ts';
import { describeEachDialect } from './each-dialect.ts';
import { makePerson, makeUser } from './fixtures.ts';

/** Each listed person's stored document against the person `get` reads from the tables. */
async function docsMatchReads(repos: Store['repos'], ownerId: string) {
  const listed = await repos.people.listDocs(ownerId);
  for (const row of listed) {
    const read = (await repos.people.get(ownerId, row.id)) as Person;
    expect(row.doc).toBe(JSON.stringify(read));
  }
  return listed;
}

describeEachDialect('people’s stored list documents', (getStore) => {
  const owner = makeUser();

  it('are written with the person, as reading them back returns them, by every write', async () => {
    const { repos } = getStore();
    await repos.users.insert(owner);
    // Values the tables normalise: duplicate and unsorted tags, a repeated interest key,
    // a channel whose label was left out, fields missing at run time.
    const odd = {
      ...makePerson({
        name: 'Zoë "Quotes" \\ Back\u2028slash',
        tags: ['zeta', 'Alpha', 'zeta', 'émigré', 'beta'],
        interests: [
          { key: 'chess', label: 'Chess' },
          { key: 'custom:bouldering', label: 'Bouldering' },
          { key: 'chess', label: 'Chess again' },
        ],
        channels: [
          { kind: 'phone', value: '+44 20 7946 0018', label: null },
          { kind: 'email', value: 'Zoe@Example.test' } as Person['channels'][number],
        ],
        prefersAsync: true,
        cadenceDays: 14,
        notes: 'line one\nline two\ttabbed',
      }),
      team: undefined,
    } as unknown as Person;
    await repos.people.insert(owner.id, odd);
    await repos.people.insertMany(owner.id, [
      makePerson({ name: 'Ben Many', organisation: 'Globex', stage: 'asking', tags: ['b', 'a'] }),
      makePerson({ name: 'Cy Many', birthday: '--04-01', seniority: 'senior' }),
    ]);
    expect((await docsMatchReads(repos, owner.id)).map((r) => JSON.parse(r.doc).name)).toEqual([
      'Ben Many',
      'Cy Many',
      odd.name,
    ]);

    // An edit replaces the document with the new value, children included.
    const before = (await repos.people.get(owner.id, odd.id)) as Person;
    await repos.people.update(owner.id, {
      ...before,
      name: 'Zoë Renamed',
      tags: ['only'],
      interests: [],
      channels: [{ kind: 'email', value: 'new@example.test', label: 'home' }],
      stage: 'close',
      stageSetBy: 'manual',
      doNotContactUntil: '2026-05-01',
      cadenceDays: null,
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    const listed = await docsMatchReads(repos, owner.id);
    const renamed = listed.find((r) => r.id === odd.id);
    expect(JSON.parse(renamed?.doc ?? '{}')).toMatchObject({ name: 'Zoë Renamed', tags: ['only'] });
    expect(renamed).toMatchObject({ stage: 'close', cadenceDays: null, doNotContactUntil: '2026-05-01' });
  });

  it('are built from the tables, and stored, for rows written before documents were kept', async () => {
    const { db, repos } = getStore();
    const older = makePerson({
      name: 'Dee Older',
      tags: ['old'],
      interests: [{ key: 'jazz', label: 'Jazz' }],
    });
    await repos.people.insert(owner.id, older);
    await sql`update people set list_doc = null where id = ${older.id}`.execute(db);

    const listed = await docsMatchReads(repos, owner.id);
    expect(listed.find((r) => r.id === older.id)?.doc).toBe(JSON.stringify(older));
    const stored = await sql<{
      list_doc: string | null;
    }>`select list_doc from people where id = ${older.id}`.execute(db);
    expect(stored.rows[0]?.list_doc).toBe(JSON.stringify(older));
  });

  it('carry any text in the fields read beside them, and the page’s id and sort key', async () => {
    const { db, repos } = getStore();
    const odd = makePerson({ name: 'Eve Odd', metOn: '2026-01-01', cadenceDays: 9, stage: 'asking' });
    await repos.people.insert(owner.id, odd);
    // Never written by Kindred, but a list must not misread it: a row's fields and its
    // document come as one text value, cut at the first U+0001.
    await sql`update people set met_on = ${'2026\u00011'} where id = ${odd.id}`.execute(db);
    const listed = await repos.people.listDocs(owner.id, { search: 'eve odd' });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: odd.id,
      nameKey: 'eve odd',
      stage: 'asking',
      cadenceDays: 9,
      metOn: '2026\u00011',
      doNotContactUntil: null,
      lastContactOn: null,
    });
    expect(listed[0]?.doc).toBe(JSON.stringify(odd));
    const all = await repos.people.listDocs(owner.id);
    // The key a page's cursor carries is the one the rows are ordered by.
    const keys = await sql<{
      id: string;
      name_key: string;
    }>`select id, name_key from people where owner_id = ${owner.id} order by name_key, id`.execute(db);
    expect(all.map((r) => [r.id, r.nameKey])).toEqual(keys.rows.map((r) => [r.id, r.name_key]));
  });
});
