import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { logInteraction } from '../src/interactions/log-interaction.service.ts';
import { addPerson } from '../src/people/add-person.service.ts';
import { editPerson } from '../src/people/edit-person.service.ts';
import { listPeople, listPeopleJson } from '../src/people/list-people.service.ts';
import { contextFor } from './app-context.ts';

describeEachDialect('the people list as JSON text', (getStore) => {
  it('is, person by person, the text of the listed people, rhythm included, on any day', async () => {
    const { ctx, at } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    const { person: ada } = await addPerson(ctx, {
      name: 'Ada "the" Late',
      metOn: '2025-12-01',
      interests: ['Bouldering', 'chess'],
      tags: ['zeta', 'alpha'],
      channels: [{ kind: 'email', value: 'ada@example.test' }],
    });
    await addPerson(ctx, { name: 'Bea Fresh', metOn: '2026-02-24' });
    await addPerson(ctx, { name: 'Cy Resting', metOn: '2025-11-01', doNotContactUntil: '2026-04-01' });
    await addPerson(ctx, { name: 'Dan Stranger' });
    const { person: eve } = await addPerson(ctx, { name: 'Eve Weekly', metOn: '2026-02-01' });
    await editPerson(ctx, eve.id, { cadenceDays: 7, notes: 'tab\tand\nnewline' });
    await logInteraction(ctx, { personIds: [eve.id], form: 'message', occurredOn: '2026-02-20' });
    // A merge into an existing entry is a write too.
    await addPerson(ctx, {
      name: 'Ada "the" Late',
      channels: [{ kind: 'email', value: 'ada@example.test' }],
    });

    // The rhythm depends on the day asked: before, on and well after Cy's boundary.
    for (const when of ['2026-03-02T09:00:00Z', '2026-04-01T09:00:00Z', '2026-06-15T23:30:00Z']) {
      const on = at(when);
      for (const query of [{}, { overdue: true }, { search: 'ada', limit: 1 }]) {
        const objects = await listPeople(on, query);
        const texts = await listPeopleJson(on, query);
        expect(texts.map((t) => t.json)).toEqual(objects.map((p) => JSON.stringify(p)));
        expect(texts.map((t) => t.id)).toEqual(objects.map((p) => p.id));
      }
    }
    const overdueLater = (await listPeople(at('2026-06-15T09:00:00Z'), { overdue: true })).map((p) => p.name);
    expect(overdueLater).toContain('Cy Resting');
    expect((await listPeople(ctx, { overdue: true })).map((p) => p.name)).not.toContain('Cy Resting');
    const listedAda = (await listPeopleJson(ctx, { search: 'ada' }))[0];
    expect(JSON.parse(listedAda?.json ?? '{}')).toMatchObject({
      id: ada.id,
      tags: ['alpha', 'zeta'],
      lastContactOn: null,
      checkInDueOn: '2026-01-30',
      overdue: true,
    });
  });
});
