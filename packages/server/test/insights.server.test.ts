import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { signedUp, testApp } from './support/test-app.ts';

const clock = () => new Date('2026-03-04T12:00:00Z');

describeEachDialect('insights over HTTP', (getStore) => {
  it('answers with the owner’s own numbers, and refuses bad bounds with the field named', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app, 'Robin');
    const other = await signedUp(app, 'Sasha');
    await me.json('PATCH', '/api/settings', { weeklyBudget: 6, profile: { organisation: 'Acme' } });
    const ana = (
      await me.json('POST', '/api/people', { name: 'Ana', organisation: 'Acme', metOn: '2026-02-01' })
    ).body.person.id;
    const theirs = (await other.json('POST', '/api/people', { name: 'Ana', organisation: 'Globex' })).body
      .person.id;
    for (const [occurredOn, form, extra] of [
      ['2026-02-24', 'coffee', { ask: 'advice' }],
      ['2026-02-26', 'message', { give: 'info' }],
      ['2026-03-03', 'call', {}],
    ] as const) {
      expect(
        (await me.json('POST', '/api/interactions', { personIds: [ana], form, occurredOn, ...extra })).status,
      ).toBe(201);
    }
    for (const occurredOn of ['2026-02-24', '2026-03-01']) {
      await other.json('POST', '/api/interactions', {
        personIds: [theirs],
        form: 'lunch',
        occurredOn,
        ask: 'favour',
      });
    }

    const answer = await me.json('GET', '/api/insights?weeks=4');
    expect(answer.status).toBe(200);
    expect(answer.body.calendar).toMatchObject({ total: 3, activeDays: 3 });
    expect(answer.body.energy.weeklyBudget).toBe(6);
    expect(answer.body.energy.weeks.slice(-2)).toEqual([
      { week: '2026-W09', start: '2026-02-23', spent: 5, interactions: 2 },
      { week: '2026-W10', start: '2026-03-02', spent: 3, interactions: 1 },
    ]);
    expect(answer.body.balance).toMatchObject({ gives: 1, asks: 1, tilted: [] });
    expect(answer.body.spread).toMatchObject({ ties: 1, inside: 1, outside: 0 });
    expect(answer.body.spread.nudge).toContain('inside Acme');
    expect(JSON.stringify(answer.body)).not.toContain(theirs);

    const bad = await me.json('GET', '/api/insights?to=2026-02-30&weeks=99');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'query.to',
      'query.weeks',
    ]);
    const future = await me.json('GET', '/api/insights?to=2026-03-05');
    expect(future.status).toBe(400);
    expect(future.body.error.message).toContain('after today');
  });
});
