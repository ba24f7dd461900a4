import { expect, it } from 'vitest';
import { describeEachDialect } from './each-dialect.ts';
import { makeDetail, makeInteraction, makePerson, makeUser } from './fixtures.ts';

describeEachDialect('person repository', (getStore) => {
  const owner = makeUser();
  const other = makeUser();

  it('stores and reads back a person with channels, tags and interests', async () => {
    const { repos } = getStore();
    await repos.users.insert(owner);
    await repos.users.insert(other);
    const ana = makePerson({
      name: 'Ana Núñez',
      organisation: 'Acme',
      seniority: 'senior',
      channels: [
        { kind: 'email', value: 'Ana@Acme.test', label: 'work' },
        { kind: 'phone', value: '+44 20 7946 0018', label: null },
      ],
      tags: ['design', 'london'],
      interests: [
        { key: 'trail-running', label: 'Trail running' },
        { key: 'custom:sourdough', label: 'Sourdough' },
      ],
      prefersAsync: true,
      cadenceDays: 30,
      doNotContactUntil: '2026-04-01',
    });
    await repos.people.insert(owner.id, ana);
    expect(await repos.people.get(owner.id, ana.id)).toEqual(ana);
  });

  it('never shows one owner another owner’s people', async () => {
    const { repos } = getStore();
    const secret = makePerson({ name: 'Private Person' });
    await repos.people.insert(other.id, secret);
    expect(await repos.people.get(owner.id, secret.id)).toBeUndefined();
    expect((await repos.people.list(owner.id)).map((p) => p.name)).not.toContain('Private Person');
    expect(await repos.people.delete(owner.id, secret.id)).toBe(false);
    expect(await repos.people.get(other.id, secret.id)).toBeDefined();
    expect(
      await repos.people.findDuplicates(owner.id, { emails: [], name: 'Private Person', organisation: null }),
    ).toEqual([]);
  });

  it('filters by search, tag, stage and interest, and pages by cursor', async () => {
    const { repos } = getStore();
    await repos.people.insertMany(owner.id, [
      makePerson({ name: 'Ben Okafor', team: 'Platform', stage: 'asking', tags: ['Climbing'] }),
      makePerson({
        name: 'Chloé Martin',
        organisation: 'Globex',
        interests: [{ key: 'chess', label: 'Chess' }],
      }),
      makePerson({ name: 'Dan 100%_sure', stage: 'asking' }),
    ]);
    const names = async (f: Parameters<typeof repos.people.list>[1]) =>
      (await repos.people.list(owner.id, f)).map((p) => p.name);
    expect(await names({ search: 'chloe' })).toEqual(['Chloé Martin']);
    expect(await names({ search: 'globex' })).toEqual(['Chloé Martin']);
    expect(await names({ search: 'platf' })).toEqual(['Ben Okafor']);
    expect(await names({ search: '100%_' })).toEqual(['Dan 100%_sure']);
    // Punctuation alone folds away: it filters nothing rather than matching oddly.
    expect(await names({ search: '%' })).toHaveLength(4);
    expect(await names({ tag: 'climbing' })).toEqual(['Ben Okafor']);
    expect(await names({ stage: 'asking' })).toEqual(['Ben Okafor', 'Dan 100%_sure']);
    expect(await names({ interest: 'chess' })).toEqual(['Chloé Martin']);
    const all = await names({});
    expect(all).toEqual(['Ana Núñez', 'Ben Okafor', 'Chloé Martin', 'Dan 100%_sure']);
    const page1 = await repos.people.list(owner.id, { limit: 2 });
    const page2 = await repos.people.list(owner.id, { limit: 2, after: page1[1]?.id });
    expect([...page1, ...page2].map((p) => p.name)).toEqual(all);
    expect(await repos.people.count(owner.id)).toBe(4);
  });

  it('finds duplicates by email or by name and organisation', async () => {
    const { repos } = getStore();
    const found = await repos.people.findDuplicates(owner.id, {
      emails: ['ANA@acme.test'],
      name: 'Someone Else',
      organisation: null,
    });
    expect(found.map((p) => p.name)).toEqual(['Ana Núñez']);
    const byName = await repos.people.findDuplicates(owner.id, {
      emails: [],
      name: 'ana nunez',
      organisation: 'ACME',
    });
    expect(byName.map((p) => p.name)).toEqual(['Ana Núñez']);
    expect(
      await repos.people.findDuplicates(owner.id, { emails: [], name: 'Ana Núñez', organisation: 'Other' }),
    ).toEqual([]);
  });

  it('updates a person and replaces their lists', async () => {
    const { repos } = getStore();
    const [ben] = await repos.people.list(owner.id, { search: 'ben' });
    if (!ben) throw new Error('missing');
    const changed = {
      ...ben,
      role: 'Staff engineer',
      tags: ['mentor'],
      updatedAt: '2026-03-02T00:00:00.000Z',
    };
    await repos.people.update(owner.id, changed);
    expect(await repos.people.get(owner.id, ben.id)).toEqual(changed);
  });

  it('deleting a person removes their details, interactions links and history', async () => {
    const { repos, db } = getStore();
    const eve = makePerson({ name: 'Eve Doe' });
    await repos.people.insert(owner.id, eve);
    await repos.details.insert(owner.id, makeDetail(eve.id));
    const meeting = makeInteraction([eve.id]);
    await repos.interactions.insert(owner.id, meeting);
    await repos.stages.insert(owner.id, {
      id: 'sc-eve',
      personId: eve.id,
      stage: 'first_contact',
      changedOn: '2026-02-27',
      source: 'auto',
      note: null,
      createdAt: '2026-02-27T00:00:00.000Z',
    });
    expect(await repos.people.delete(owner.id, eve.id)).toBe(true);
    expect(await repos.details.listForPerson(owner.id, eve.id)).toEqual([]);
    expect(await repos.stages.listForPerson(owner.id, eve.id)).toEqual([]);
    const links = await db
      .selectFrom('interaction_people')
      .selectAll()
      .where('person_id', '=', eve.id)
      .execute();
    expect(links).toEqual([]);
  });

  it('rolls back every write of a failed transaction', async () => {
    const store = getStore();
    const before = await store.repos.people.count(owner.id);
    await expect(
      store.transaction(async (repos) => {
        await repos.people.insert(owner.id, makePerson({ name: 'Half Written' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.repos.people.count(owner.id)).toBe(before);
  });

  it('deleting a user removes everything they own', async () => {
    const { repos, db } = getStore();
    await repos.users.delete(other.id);
    const left = await db.selectFrom('people').select('id').where('owner_id', '=', other.id).execute();
    expect(left).toEqual([]);
    expect(await repos.people.count(owner.id)).toBeGreaterThan(0);
  });
});
