import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { contextFor } from '../../test/app-context.ts';
import { isAppError } from '../errors/app-error.ts';
import { logInteraction } from '../interactions/log-interaction.service.ts';
import { setStage } from '../interactions/set-stage.service.ts';
import { addPerson } from '../people/add-person.service.ts';
import { updateSettings } from '../settings/settings.service.ts';
import { insightsFor } from './insights.service.ts';

describeEachDialect('insights', (getStore) => {
  it('counts days, weeks, the ladder, give and ask, and spread from what was logged', async () => {
    const { ctx } = await contextFor(getStore(), '2026-03-04T12:00:00Z');
    await updateSettings(ctx, {
      weeklyBudget: 10,
      energyCosts: { coffee: 6 },
      profile: { organisation: 'Acme', team: 'Platform' },
    });
    const ana = await addPerson(ctx, {
      name: 'Ana',
      organisation: 'ACME',
      team: 'platform',
      metOn: '2026-01-05',
    });
    const ben = await addPerson(ctx, { name: 'Ben', organisation: 'Globex', metOn: '2026-02-01' });
    const cy = await addPerson(ctx, { name: 'Cy', organisation: 'Acme', team: 'Design' });
    await addPerson(ctx, { name: 'Dee', organisation: 'Initech' });
    const log = (
      personIds: string[],
      form: 'coffee' | 'message' | 'lunch' | 'meeting' | 'call',
      occurredOn: string,
      extra = {},
    ) => logInteraction(ctx, { personIds, form, occurredOn, ...extra });
    await log([ben.person.id], 'call', '2026-01-15');
    await log([ana.person.id], 'coffee', '2026-02-23', { ask: 'advice' });
    await log([ana.person.id], 'message', '2026-02-24', { ask: 'advice' });
    await log([ben.person.id], 'lunch', '2026-02-25');
    await log([ana.person.id, ben.person.id], 'meeting', '2026-03-02', { give: 'info' });
    await log([cy.person.id], 'message', '2026-03-03', { ask: 'advice' });
    const anaNow = await ctx.store.repos.people.get(ctx.ownerId, ana.person.id);
    expect(anaNow?.stage).toBe('asking');
    await setStage(ctx, anaNow as NonNullable<typeof anaNow>, 'repeat_contact');

    // Someone else's history on the same days must never be counted.
    const other = await contextFor(getStore(), '2026-03-04T12:00:00Z');
    const stranger = await addPerson(other.ctx, { name: 'Ana', organisation: 'Acme', metOn: '2026-02-01' });
    for (const occurredOn of ['2026-02-23', '2026-03-02', '2026-03-03']) {
      await logInteraction(other.ctx, {
        personIds: [stranger.person.id],
        form: 'lunch',
        occurredOn,
        ask: 'favour',
      });
    }

    const view = await insightsFor(ctx, { weeks: 4 });
    expect(view.today).toBe('2026-03-04');
    expect(view.calendar).toEqual({
      from: '2025-03-05',
      to: '2026-03-04',
      total: 6,
      activeDays: 6,
      activeWeeks: 3,
      weeks: 53,
      days: ['2026-01-15', '2026-02-23', '2026-02-24', '2026-02-25', '2026-03-02', '2026-03-03'].map(
        (day) => ({
          day,
          count: 1,
        }),
      ),
    });
    // Coffee at its tuned cost (6) + message (1) + lunch (5); then meeting (4) + message (1).
    expect(view.energy).toEqual({
      weeklyBudget: 10,
      weeks: [
        { week: '2026-W07', start: '2026-02-09', spent: 0, interactions: 0 },
        { week: '2026-W08', start: '2026-02-16', spent: 0, interactions: 0 },
        { week: '2026-W09', start: '2026-02-23', spent: 12, interactions: 3 },
        { week: '2026-W10', start: '2026-03-02', spent: 5, interactions: 2 },
      ],
      overBudgetWeeks: 1,
      averageSpent: 4.3,
    });
    const count = (stage: string) => view.stages.now.find((s) => s.stage === stage)?.count;
    expect([count('stranger'), count('first_contact'), count('repeat_contact'), count('asking')]).toEqual([
      1, 1, 2, 0,
    ]);
    expect(view.stages.ties).toBe(3);
    const months = view.stages.months.slice(-3);
    expect(months).toEqual([
      // Ana first recorded on the day met.
      { month: '2026-01', up: 0, down: 0, added: 1 },
      // Ana to "asking" (met, then asked advice); Ben to "hi again" after lunch; Ben added.
      { month: '2026-02', up: 2, down: 0, added: 1 },
      // Cy's first contact; Ana set back by hand; Cy and Dee added.
      { month: '2026-03', up: 1, down: 1, added: 2 },
    ]);
    expect(view.stages.months).toHaveLength(12);
    expect(view.balance).toMatchObject({ from: '2025-04-01', to: '2026-03-04', gives: 1, asks: 3 });
    expect(view.balance.months.slice(-2)).toEqual([
      { month: '2026-02', gives: 0, asks: 2 },
      { month: '2026-03', gives: 1, asks: 1 },
    ]);
    expect(view.balance.tilted).toEqual([
      { personId: ana.person.id, name: 'Ana', gives: 1, asks: 2 },
      { personId: cy.person.id, name: 'Cy', gives: 0, asks: 1 },
    ]);
    expect(view.spread).toMatchObject({
      organisation: 'Acme',
      team: 'Platform',
      ties: 3,
      sameTeam: 1,
      otherTeam: 1,
      otherOrganisation: 1,
      outside: 2,
      inside: 1,
      nudge: null,
    });

    const theirs = await insightsFor(other.ctx, { weeks: 4 });
    expect(theirs.calendar.total).toBe(3);
    expect(theirs.balance).toMatchObject({ gives: 0, asks: 3 });
    expect(theirs.balance.tilted.map((t) => t.personId)).toEqual([stranger.person.id]);
    expect(theirs.spread.nudge).toContain('Settings');
  });

  it('buckets by the local day across a DST change, and ends on the local today', async () => {
    // New York moves to daylight time at 02:00 on Sunday 8 March 2026.
    const zone = 'America/New_York';
    const { ctx, at } = await contextFor(getStore(), '2026-03-08T04:30:00Z', zone);
    const eve = await addPerson(ctx, { name: 'Eve', metOn: '2026-03-01' });
    // 23:30 on Saturday 7 March in New York (already Sunday in UTC).
    await logInteraction(ctx, { personIds: [eve.person.id], form: 'message' });
    // 23:30 on Sunday 8 March, after the change (already Monday in UTC).
    const late = at('2026-03-09T03:30:00Z');
    await logInteraction(late, { personIds: [eve.person.id], form: 'call' });

    const before = await insightsFor(ctx);
    expect(before.today).toBe('2026-03-07');
    expect(before.calendar.days).toEqual([{ day: '2026-03-07', count: 1 }]);

    const view = await insightsFor(late, { weeks: 4 });
    expect(view.today).toBe('2026-03-08');
    expect(view.timeZone).toBe(zone);
    expect(view.calendar.days).toEqual([
      { day: '2026-03-07', count: 1 },
      { day: '2026-03-08', count: 1 },
    ]);
    // Both fall in the ISO week of Monday 2 March; nothing spills into the next.
    expect(view.energy.weeks.at(-1)).toEqual({
      week: '2026-W10',
      start: '2026-03-02',
      spent: 4,
      interactions: 2,
    });
  });

  it('refuses a day after today and a number of weeks out of range, naming the field', async () => {
    const { ctx } = await contextFor(getStore(), '2026-03-04T12:00:00Z');
    const refused = async (query: Parameters<typeof insightsFor>[1]) => {
      try {
        await insightsFor(ctx, query);
      } catch (error) {
        return isAppError(error) ? { code: error.code, field: error.details[0]?.field } : error;
      }
      return 'accepted';
    };
    expect(await refused({ to: '2026-03-05' })).toEqual({ code: 'invalid_input', field: 'to' });
    expect(await refused({ weeks: 3 })).toEqual({ code: 'invalid_input', field: 'weeks' });
    const empty = await insightsFor(ctx, { to: '2026-03-04' });
    expect(empty.calendar).toMatchObject({ total: 0, days: [] });
    expect(empty.energy.weeks).toHaveLength(16);
    expect(empty.spread).toMatchObject({ ties: 0, nudge: null });
  });
});
