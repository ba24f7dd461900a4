import type { PersonStats } from '@kindred/core';
import { expect, it } from 'vitest';
import { describeEachDialect } from './each-dialect.ts';
import { makePerson, makeUser } from './fixtures.ts';

const stats = (lastContactOn: string | null): PersonStats => ({
  contactCount: lastContactOn ? 1 : 0,
  firstContactOn: lastContactOn,
  lastContactOn,
  lastTopics: [],
  everInPerson: false,
  recent: [],
  stageSince: null,
});

describeEachDialect('people whose check-in is due', (getStore) => {
  const owner = makeUser();
  const other = makeUser();

  it('keeps only ties past their cadence, counted from the last contact or the day you met', async () => {
    const { repos } = getStore();
    await repos.users.insert(owner);
    await repos.users.insert(other);
    // first_contact: every 60 days; asking: every 30; close: every 14.
    const people = {
      late: makePerson({ name: 'Ada Late', stage: 'asking' }),
      fresh: makePerson({ name: 'Bea Fresh', stage: 'asking' }),
      dueToday: makePerson({ name: 'Cal Today', stage: 'close' }),
      metLongAgo: makePerson({ name: 'Dee Met', stage: 'first_contact', metOn: '2025-12-01' }),
      override: makePerson({ name: 'Eve Override', stage: 'first_contact', cadenceDays: 7 }),
      stranger: makePerson({ name: 'Fay Stranger', stage: 'stranger', metOn: '2020-01-01' }),
      resting: makePerson({ name: 'Gus Resting', stage: 'asking', doNotContactUntil: '2026-04-01' }),
      restedEnough: makePerson({ name: 'Hal Back', stage: 'asking', doNotContactUntil: '2026-03-01' }),
      noDate: makePerson({ name: 'Ivy Undated', stage: 'asking', metOn: null }),
    };
    await repos.people.insertMany(owner.id, Object.values(people));
    await repos.stats.upsertMany(owner.id, [
      { personId: people.late.id, stats: stats('2026-01-10') },
      { personId: people.fresh.id, stats: stats('2026-02-20') },
      { personId: people.dueToday.id, stats: stats('2026-02-16') },
      { personId: people.override.id, stats: stats('2026-02-20') },
      { personId: people.resting.id, stats: stats('2025-11-01') },
      { personId: people.restedEnough.id, stats: stats('2025-11-01') },
      { personId: people.noDate.id, stats: stats(null) },
    ]);
    // Another owner's overdue tie never shows.
    await repos.people.insert(
      other.id,
      makePerson({ name: 'Abe Elsewhere', stage: 'close', metOn: '2020-01-01' }),
    );

    const names = async (dueBy: string, extra: { limit?: number; after?: string } = {}) =>
      (await repos.people.list(owner.id, { dueBy, ...extra })).map((p) => p.name);
    expect(await names('2026-03-02')).toEqual([
      'Ada Late',
      'Cal Today',
      'Dee Met',
      'Eve Override',
      'Hal Back',
    ]);
    expect(await names('2026-03-01')).toEqual(['Ada Late', 'Dee Met', 'Eve Override', 'Hal Back']);
    // Other filters and keyset pages combine with it as before.
    const page1 = await repos.people.list(owner.id, { dueBy: '2026-03-02', limit: 2 });
    const page2 = await repos.people.list(owner.id, { dueBy: '2026-03-02', limit: 10, after: page1[1]?.id });
    expect([...page1, ...page2].map((p) => p.name)).toEqual(await names('2026-03-02'));
    expect(
      (await repos.people.list(owner.id, { dueBy: '2026-03-02', stage: 'first_contact' })).map((p) => p.name),
    ).toEqual(['Dee Met', 'Eve Override']);
  });

  it('lists people with their last contact, and only the owner’s', async () => {
    const { repos } = getStore();
    const all = await repos.people.list(owner.id);
    const listed = await repos.people.listDocs(owner.id);
    // Each document is the person exactly as reading them returns them.
    expect(listed.map((r) => JSON.parse(r.doc))).toEqual(all);
    expect(listed.map((r) => r.doc)).toEqual(all.map((p) => JSON.stringify(p)));
    const found = new Map(listed.map((r) => [JSON.parse(r.doc).name, r.lastContactOn]));
    expect(found.get('Ada Late')).toBe('2026-01-10');
    expect(found.get('Ivy Undated')).toBeNull();
    expect(found.get('Dee Met')).toBeNull();
    const theirs = await repos.people.listDocs(other.id);
    expect(theirs.map((r) => [JSON.parse(r.doc).name, r.lastContactOn])).toEqual([['Abe Elsewhere', null]]);
  });
});
