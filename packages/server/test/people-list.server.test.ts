import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { signedUp, testApp } from './support/test-app.ts';

const clock = () => new Date('2026-03-02T09:00:00Z');

describeEachDialect('the people list: overdue, interests and the rhythm of each tie', (getStore) => {
  it('filters by a due check-in and by interest key, and says when each tie was last in touch', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app);
    const other = await signedUp(app, 'Someone else');
    const add = async (body: Record<string, unknown>) =>
      (await me.json('POST', '/api/people', body)).body.person;
    // Met 90 days ago, never since: a first contact is due every 60 days.
    const ada = await add({ name: 'Ada Late', metOn: '2025-12-01', interests: ['Bouldering'] });
    // Met last week: not due yet.
    await add({ name: 'Bea Fresh', metOn: '2026-02-24', interests: ['chess'] });
    // Overdue, but asked for quiet until April: not proposed, so not listed as overdue.
    await add({ name: 'Cy Resting', metOn: '2025-11-01', doNotContactUntil: '2026-04-01' });
    // A short override makes a recent contact due.
    const dee = await add({ name: 'Dee Weekly', metOn: '2026-02-01', cadenceDays: 7 });
    expect(
      (
        await me.json('POST', '/api/interactions', {
          personIds: [dee.id],
          form: 'message',
          occurredOn: '2026-02-20',
        })
      ).status,
    ).toBe(201);
    await other.json('POST', '/api/people', { name: 'Abe Elsewhere', metOn: '2020-01-01' });

    const names = async (query: string) => {
      const res = await me.json('GET', `/api/people${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((p: { name: string }) => p.name);
    };
    expect(await names('?overdue=true')).toEqual(['Ada Late', 'Dee Weekly']);
    expect(await names('?overdue=false')).toEqual(['Ada Late', 'Bea Fresh', 'Cy Resting', 'Dee Weekly']);
    expect(await names('?overdue=true&search=dee')).toEqual(['Dee Weekly']);
    const first = await me.json('GET', '/api/people?overdue=true&limit=1');
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['Ada Late']);
    expect(await names(`?overdue=true&limit=1&cursor=${first.body.nextCursor}`)).toEqual(['Dee Weekly']);
    const bad = await me.json('GET', '/api/people?overdue=yes');
    expect(bad.status).toBe(400);

    // An interest by its taxonomy key, and by free text.
    const key = ada.interests[0].key;
    expect(await names(`?interest=${encodeURIComponent(key)}`)).toEqual(['Ada Late']);
    expect(await names('?interest=Chess')).toEqual(['Bea Fresh']);

    const rows = (await me.json('GET', '/api/people')).body.items;
    const byName = new Map(rows.map((p: { name: string }) => [p.name, p]));
    expect(byName.get('Ada Late')).toMatchObject({
      lastContactOn: null,
      checkInDueOn: '2026-01-30',
      overdue: true,
    });
    expect(byName.get('Bea Fresh')).toMatchObject({
      lastContactOn: null,
      checkInDueOn: '2026-04-25',
      overdue: false,
    });
    expect(byName.get('Cy Resting')).toMatchObject({ overdue: false });
    expect(byName.get('Dee Weekly')).toMatchObject({
      lastContactOn: '2026-02-20',
      checkInDueOn: '2026-02-27',
      overdue: true,
    });
  });
});
