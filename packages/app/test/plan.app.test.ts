import { summariseHistory } from '@kindred/core';
import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { logInteraction } from '../src/interactions/log-interaction.service.ts';
import { setStage } from '../src/interactions/set-stage.service.ts';
import { addPerson } from '../src/people/add-person.service.ts';
import { dismissAction, markDone, planFor, snoozeAction } from '../src/plan/plan.service.ts';
import { saveItem } from '../src/plan/saved-item.service.ts';
import { updateSettings } from '../src/settings/settings.service.ts';
import { contextFor } from './app-context.ts';

describeEachDialect('plan use cases', (getStore) => {
  it('keeps each person’s history summary equal to their history', async () => {
    const { ctx, at } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    const { person } = await addPerson(ctx, { name: 'Ana Silva', metOn: '2026-02-01' });
    await logInteraction(at('2026-02-10T09:00:00Z'), {
      personIds: [person.id],
      form: 'coffee',
      ask: 'advice',
      topics: ['hiring'],
    });
    await logInteraction(ctx, { personIds: [person.id], form: 'message', occurredOn: '2026-02-20' });
    await setStage(ctx, person, 'sharing');
    const { repos } = ctx.store;
    const history = await repos.interactions.listForPerson(ctx.ownerId, person.id);
    const stages = await repos.stages.listForPerson(ctx.ownerId, person.id);
    expect(await repos.stats.get(ctx.ownerId, person.id)).toEqual(
      summariseHistory(history, stages[stages.length - 1]?.changedOn ?? null),
    );
    expect((await repos.stats.get(ctx.ownerId, person.id))?.lastTopics).toEqual(['hiring']);
  });

  it('plans a follow-up, logs it when done, and then stops proposing it', async () => {
    const { ctx } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    await addPerson(ctx, { name: 'Sam Lee', metWhere: 'Design review' });
    const plan = await planFor(ctx, 'day');
    const action = plan.actions.find((a) => a.kind === 'first_follow_up');
    expect(action).toBeDefined();
    expect(plan.people[action?.personIds[0] as string]).toBe('Sam Lee');
    const done = await markDone(ctx, action?.handle as string, { note: 'sent on Slack' });
    const logged = await ctx.store.repos.interactions.get(ctx.ownerId, done.interactionId);
    expect(logged).toMatchObject({
      form: action?.form,
      note: 'sent on Slack',
      energyCost: action?.energyCost,
    });
    expect((await planFor(ctx, 'day')).actions.find((a) => a.key === action?.key)).toBeUndefined();
  });

  it('honours snooze and dismiss, and only this owner’s answers', async () => {
    const { ctx, at } = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    const other = await contextFor(getStore(), '2026-03-02T09:00:00Z');
    await updateSettings(ctx, { profile: { interests: ['chess'] } });
    const a = await addPerson(ctx, { name: 'Kenji Sato', metOn: '2026-01-02', interests: ['chess'] });
    await logInteraction(ctx, { personIds: [a.person.id], form: 'message', occurredOn: '2026-01-05' });
    await saveItem(ctx, { title: 'A good chess book', interests: ['chess'] });
    const plan = await planFor(ctx, 'week');
    const checkIn = plan.actions.find((x) => x.kind === 'check_in' || x.kind === 'share_item');
    expect(checkIn).toBeDefined();
    await snoozeAction(ctx, checkIn?.handle as string, '2026-03-05');
    const later = await planFor(ctx, 'week');
    const again = later.actions.find((x) => x.key === checkIn?.key);
    if (again) expect(again.day >= '2026-03-05').toBe(true);
    await dismissAction(ctx, checkIn?.handle as string);
    expect(
      (await planFor(at('2026-03-06T09:00:00Z'), 'week')).actions.find((x) => x.key === checkIn?.key),
    ).toBeUndefined();
    // Another owner sees none of this: no people, no actions, and cannot answer them.
    expect((await planFor(other.ctx, 'week')).actions).toEqual([]);
    await expect(dismissAction(other.ctx, checkIn?.handle as string)).rejects.toMatchObject({
      code: 'action_not_found',
    });
  });
});

describeEachDialect('settings changes', (getStore) => {
  it('apply only what was sent, at every depth', async () => {
    const { ctx } = await contextFor(getStore());
    await updateSettings(ctx, {
      weeklyBudget: 12,
      energyCosts: { coffee: 5 },
      profile: { role: 'Engineer', interests: ['bouldering'] },
      emailDigest: { enabled: true, weekday: 'fri', hour: 17 },
    });
    const after = await updateSettings(ctx, {
      energyCosts: { call: 2 },
      profile: { role: 'Staff engineer' },
      emailDigest: { hour: 9 },
    });
    expect(after.settings.weeklyBudget).toBe(12);
    expect(after.settings.energyCosts).toEqual({ coffee: 5, call: 2 });
    expect(after.settings.profile).toMatchObject({ role: 'Staff engineer', interests: ['bouldering'] });
    expect(after.settings.emailDigest).toEqual({ enabled: true, weekday: 'fri', hour: 9 });
  });
});
