import { CompiledQuery, Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { createSqliteDialect } from '../src/dialects/sqlite.dialect.ts';
import { migrateToLatest } from '../src/index.ts';
import { createRepositories } from '../src/repositories/index.ts';
import type { Database } from '../src/schema/database.types.ts';
import { describeEachDialect } from './each-dialect.ts';
import { makeInteraction, makePerson, makeUser } from './fixtures.ts';

describeEachDialect("a person's history", (getStore) => {
  it("lists the person's interactions newest first, with everyone who took part, and only the owner's", async () => {
    const { repos } = getStore();
    const owner = makeUser();
    const other = makeUser();
    await repos.users.insert(owner);
    await repos.users.insert(other);
    const ana = makePerson({ name: 'Ana Silva' });
    const ben = makePerson({ name: 'Ben Okafor' });
    const elsewhere = makePerson({ name: 'Ana Elsewhere' });
    await repos.people.insertMany(owner.id, [ana, ben]);
    await repos.people.insert(other.id, elsewhere);
    const walk = makeInteraction([ana.id, ben.id], { occurredOn: '2026-02-10', form: 'walk' });
    const call = makeInteraction([ana.id], { occurredOn: '2026-02-20', form: 'call' });
    const older = makeInteraction([ana.id], { occurredOn: '2025-12-01' });
    const onlyBen = makeInteraction([ben.id], { occurredOn: '2026-02-25' });
    await repos.interactions.insertMany(owner.id, [walk, call, older, onlyBen]);
    await repos.interactions.insert(other.id, makeInteraction([elsewhere.id], { occurredOn: '2026-02-26' }));

    // The history is read through the links, so each link must carry its interaction's owner.
    const { db } = getStore();
    const mismatched = await db
      .selectFrom('interaction_people as l')
      .innerJoin('interactions as i', 'i.id', 'l.interaction_id')
      .select('l.interaction_id')
      .whereRef('l.owner_id', '!=', 'i.owner_id')
      .execute();
    expect(mismatched).toEqual([]);
    const links = await db
      .selectFrom('interaction_people')
      .select('owner_id')
      .where('interaction_id', 'in', [walk.id, call.id, older.id, onlyBen.id])
      .execute();
    expect(links.map((l) => l.owner_id)).toEqual(Array(5).fill(owner.id));

    const history = await repos.interactions.listForPerson(owner.id, ana.id);
    expect(history.map((i) => [i.occurredOn, i.form])).toEqual([
      ['2026-02-20', 'call'],
      ['2026-02-10', 'walk'],
      ['2025-12-01', 'coffee'],
    ]);
    expect(history[1]?.personIds).toEqual([ana.id, ben.id].sort());
    expect((await repos.interactions.listForPerson(owner.id, ana.id, 1)).map((i) => i.id)).toEqual([call.id]);
    // Someone else's person is nobody's history here, whoever asks.
    expect(await repos.interactions.listForPerson(owner.id, elsewhere.id)).toEqual([]);
    expect(await repos.interactions.listForPerson(other.id, ana.id)).toEqual([]);
  });
});

it("on SQLite, a person's history is found from their links, not by walking the owner's whole history", async () => {
  // The shape of the plan, not a timing: with the owner checked on `interactions`,
  // SQLite chose the (owner, day) index and probed every interaction the owner ever
  // logged, so each log and each person's page slowed as the history grew.
  const statements: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: createSqliteDialect(':memory:'),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query);
    },
  });
  try {
    await migrateToLatest(db);
    const repos = createRepositories(db, 'sqlite');
    statements.length = 0;
    await repos.interactions.listForPerson('an-owner', 'a-person');
    const history = statements[0];
    expect(history?.sql).toMatch(/interaction_people/);
    const explain = CompiledQuery.raw(`explain query plan ${history?.sql}`, [...(history?.parameters ?? [])]);
    const steps = (await db.executeQuery<{ detail: string }>(explain)).rows.map((row) => row.detail);
    expect(steps.join('\n')).toMatch(
      /SEARCH interaction_people USING (COVERING )?INDEX interaction_people_person/,
    );
    expect(steps.join('\n')).not.toMatch(/interactions_owner_day/);
  } finally {
    await db.destroy();
  }
});
