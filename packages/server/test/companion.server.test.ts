import { readFileSync } from 'node:fs';
import { DEFAULT_ENERGY_COSTS } from '@kindred/core';
import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import { signedUp, testApp } from './support/test-app.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../app/test/fixtures/${name}`, import.meta.url), 'utf8');

const clock = () => new Date('2026-03-02T09:00:00Z');

describeEachDialect('the companion over HTTP', (getStore) => {
  it('adds, finds, pages, changes and removes people', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app);
    const added = await me.json('POST', '/api/people', {
      name: 'Sam Lee',
      organisation: 'Acme',
      metWhere: 'Design review',
      interests: ['Bouldering', 'kubernetes'],
      detail: { text: 'presenting at the board', happensOn: '2026-03-14' },
    });
    expect(added.status).toBe(201);
    expect(added.body.person.interests.map((i: { label: string }) => i.label)).toContain('Bouldering');
    expect(added.body.detail.followUpOn).toBe('2026-03-15');
    const again = await me.json('POST', '/api/people', { name: 'sam lee', organisation: 'ACME' });
    expect(again.body.mergedInto).toBe(true);
    for (const name of ['Ana Silva', 'Bo Chen', 'Cy Dube']) await me.json('POST', '/api/people', { name });

    const first = await me.json('GET', '/api/people?limit=2');
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['Ana Silva', 'Bo Chen']);
    const second = await me.json('GET', `/api/people?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(['Cy Dube', 'Sam Lee']);
    expect(second.body.nextCursor).toBeNull();
    // A page's end is kept by value: deleting the row it ended on does not restart the list.
    const one = await me.json('GET', '/api/people?limit=1');
    const two = await me.json('GET', `/api/people?limit=1&cursor=${one.body.nextCursor}`);
    expect(two.body.items[0].name).toBe('Bo Chen');
    expect((await me.json('DELETE', `/api/people/${two.body.items[0].id}`)).status).toBe(200);
    const three = await me.json('GET', `/api/people?limit=1&cursor=${two.body.nextCursor}`);
    expect(three.body.items[0].name).toBe('Cy Dube');
    const garbage = await me.json('GET', '/api/people?cursor=not-a-cursor');
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.details[0].field).toBe('query.cursor');
    const climbers = await me.json('GET', '/api/people?interest=climbing%20walls');
    expect(climbers.status).toBe(200);
    const badStage = await me.json('GET', '/api/people?stage=bestie');
    expect(badStage.status).toBe(400);
    expect(badStage.body.error.details[0].field).toBe('stage');

    const id = added.body.person.id;
    const changed = await me.json('PATCH', `/api/people/${id}`, {
      role: 'Staff engineer',
      prefersAsync: true,
    });
    expect(changed.body).toMatchObject({ role: 'Staff engineer', prefersAsync: true, organisation: 'Acme' });
    const staged = await me.json('PUT', `/api/people/${id}/stage`, { stage: 'mentor', note: 'she offered' });
    expect(staged.body).toMatchObject({ stage: 'close', seniority: 'senior', stageSetBy: 'manual' });
    const page = await me.json('GET', `/api/people/${id}`);
    expect(page.body.stageLabel).toBe('Mentor');
    expect(page.body.nextStep).toMatchObject({ title: expect.any(String) });
    expect(page.body.details).toHaveLength(1);
    expect(page.body.stageHistory.at(-1)).toMatchObject({ source: 'manual', note: 'she offered' });
    const detail = await me.json('POST', `/api/people/${id}/details`, { text: 'has two cats' });
    expect(detail.status).toBe(201);
    expect(detail.body).toMatchObject({ happensOn: null, followUpOn: null });
    // A day named in the text is the detail's day (Monday 2 March: Thursday is the 5th).
    const dated = await me.json('POST', `/api/people/${id}/details`, { text: 'her talk is on Thursday' });
    expect(dated.body).toMatchObject({ happensOn: '2026-03-05', followUpOn: '2026-03-06' });
    const undated = await me.json('POST', `/api/people/${id}/details`, {
      text: 'her talk is on Thursday',
      happensOn: null,
    });
    expect(undated.body).toMatchObject({ happensOn: null, followUpOn: null });
    expect((await me.json('DELETE', `/api/details/${detail.body.id}`)).status).toBe(200);
    expect((await me.json('DELETE', `/api/details/${detail.body.id}`)).status).toBe(404);
    expect((await me.json('DELETE', `/api/people/${id}`)).status).toBe(200);
    const gone = await me.json('GET', `/api/people/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('person_not_found');
  });

  it('logs contacts, pages them, and undoes one', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app);
    const { body } = await me.json('POST', '/api/people', { name: 'Ana Silva', metOn: '2026-02-01' });
    const ids: string[] = [];
    for (const day of ['2026-02-10', '2026-02-20', '2026-03-01']) {
      const logged = await me.json('POST', '/api/interactions', {
        personIds: [body.person.id],
        form: 'coffee',
        occurredOn: day,
        ask: 'advice',
      });
      expect(logged.status).toBe(201);
      ids.push(logged.body.interaction.id);
    }
    const future = await me.json('POST', '/api/interactions', {
      personIds: [body.person.id],
      form: 'coffee',
      occurredOn: '2026-04-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].field).toBe('occurredOn');
    const both = await me.json('POST', '/api/interactions', {
      personIds: [body.person.id],
      form: 'call',
      give: 'help',
      ask: 'advice',
    });
    expect(both.status).toBe(400);
    const page1 = await me.json('GET', '/api/interactions?limit=2');
    expect(page1.body.items.map((i: { occurredOn: string }) => i.occurredOn)).toEqual([
      '2026-03-01',
      '2026-02-20',
    ]);
    const page2 = await me.json('GET', `/api/interactions?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((i: { occurredOn: string }) => i.occurredOn)).toEqual(['2026-02-10']);
    expect((await me.json('DELETE', `/api/interactions/${ids[0]}`)).status).toBe(200);
    expect((await me.json('GET', '/api/interactions')).body.items).toHaveLength(2);
  });

  it('plans, and takes done, snooze and dismiss as answers', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app);
    for (const name of ['Sam Lee', 'Ana Silva', 'Bo Chen']) {
      await me.json('POST', '/api/people', { name, metWhere: 'Design review', metOn: '2026-03-01' });
    }
    const plan = await me.json('GET', '/api/plan?horizon=week');
    expect(plan.status).toBe(200);
    expect(plan.body.energy[0].budget).toBe(20);
    const [a, b, c] = plan.body.actions;
    expect(a.drafts[0].draft.body.length).toBeGreaterThan(10);
    const done = await me.json('POST', `/api/plan/actions/${a.handle}/done`, {
      note: 'sent on Slack',
      outcome: 'good',
    });
    expect(done.status).toBe(200);
    const doneLog = await me.json('GET', '/api/interactions');
    expect(doneLog.body.items[0]).toMatchObject({ note: 'sent on Slack', outcome: 'good' });
    const badOutcome = await me.json('POST', `/api/plan/actions/${b.handle}/done`, { outcome: 'meh' });
    expect(badOutcome.status).toBe(400);
    const twice = await me.json('POST', `/api/plan/actions/${a.handle}/done`, {});
    expect(twice.status).toBe(404);
    const snoozed = await me.json('POST', `/api/plan/actions/${b.handle}/snooze`, { until: 'next monday' });
    expect(snoozed.body).toMatchObject({ state: 'snoozed', until: '2026-03-09' });
    const badDay = await me.json('POST', `/api/plan/actions/${c.handle}/snooze`, { until: 'someday' });
    expect(badDay.status).toBe(400);
    expect((await me.json('POST', `/api/plan/actions/${c.handle}/dismiss`)).body.state).toBe('dismissed');
    const after = await me.json('GET', '/api/plan?horizon=week');
    const keys = after.body.actions.map((x: { key: string }) => x.key);
    expect(keys).not.toContain(a.key);
    expect(keys).not.toContain(c.key);
    const logged = await me.json('GET', '/api/interactions');
    expect(logged.body.items[0].note).toBe('sent on Slack');
  });

  it('prepares for an event and debriefs it into people and follow-ups', async () => {
    let now = new Date('2026-03-02T09:00:00Z');
    const app = testApp(getStore(), {}, () => now);
    const me = await signedUp(app);
    await me.json('PATCH', '/api/settings', {
      profile: { interests: ['data engineering'], lookingFor: 'a data lead' },
    });
    const event = await me.json('POST', '/api/events', {
      name: 'DevConf',
      kind: 'conference',
      startsOn: '2026-03-05',
      attendees: [
        { name: 'Priya Raman', organisation: 'Globex', interests: ['data engineering'] },
        { name: 'Tom Ode', interests: ['gardening'] },
      ],
    });
    expect(event.status).toBe(201);
    const prep = await me.json('GET', `/api/events/${event.body.id}/prep`);
    expect(prep.body.targets[0].attendee.name).toBe('Priya Raman');
    expect(prep.body.targets[0].openers.length).toBeGreaterThan(0);
    expect(prep.body.exitLine.length).toBeGreaterThan(5);
    const early = await me.json('POST', `/api/events/${event.body.id}/debrief`, {
      met: [{ name: 'Priya Raman' }],
    });
    expect(early.status).toBe(400);
    now = new Date('2026-03-06T09:00:00Z');
    const debrief = await me.json('POST', `/api/events/${event.body.id}/debrief`, {
      met: [{ name: 'Priya Raman', detail: 'hiring a data lead' }],
    });
    expect(debrief.status).toBe(200);
    expect(debrief.body.people[0]).toMatchObject({ name: 'Priya Raman', mergedInto: false });
    const plan = await me.json('GET', '/api/plan?horizon=day');
    expect(plan.body.actions.some((a: { kind: string }) => a.kind === 'first_follow_up')).toBe(true);
    const listed = await me.json('GET', '/api/events?from=2026-03-01');
    expect(listed.body.items).toHaveLength(1);
    expect((await me.json('DELETE', `/api/events/${event.body.id}`)).status).toBe(200);
    expect((await me.json('GET', `/api/events/${event.body.id}`)).status).toBe(404);
  });

  it('imports with a dry run and a report, refuses a bad file whole, and exports what it holds', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app);
    const text = fixture('ios.vcf');
    const dry = await me.json('POST', '/api/import', { fileName: 'ios.vcf', text, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.created.length).toBeGreaterThan(0);
    expect((await me.json('GET', '/api/people')).body.items).toHaveLength(0);
    const real = await me.json('POST', '/api/import', { fileName: 'ios.vcf', text });
    expect(real.body.created.length).toBe(dry.body.created.length);
    const count = (await me.json('GET', '/api/people?limit=500')).body.items.length;
    expect(count).toBe(real.body.created.length);

    const broken = await me.json('POST', '/api/import', {
      fileName: 'broken.vcf',
      text: fixture('broken.vcf'),
    });
    expect(broken.status).toBe(422);
    expect(broken.body.error.code).toBe('import_invalid_rows');
    expect(broken.body.error.details[0].line).toBeGreaterThan(0);
    expect((await me.json('GET', '/api/people?limit=500')).body.items.length).toBe(count);

    const vcard = await me.call('GET', '/api/export?format=vcard');
    expect(vcard.headers.get('content-type')).toMatch(/^text\/vcard/);
    expect(vcard.headers.get('content-disposition')).toMatch(
      /attachment; filename="kindred-2026-03-02\.vcf"/,
    );
    expect((await vcard.text()).match(/BEGIN:VCARD/g)?.length).toBe(count);
    const backup = await me.call('GET', '/api/export?format=json');
    const parsed = JSON.parse(await backup.text());
    expect(parsed.people).toHaveLength(count);
    const badFormat = await me.json('GET', '/api/export?format=pdf');
    expect(badFormat.status).toBe(400);
  });

  it('searches interests, reads and changes settings, drafts a pitch and a kind no', async () => {
    const app = testApp(getStore(), {}, clock);
    const me = await signedUp(app, 'Jo');
    const found = await me.json('GET', '/api/interests?q=boulder');
    expect(found.body.items[0].label).toBe('Bouldering');
    const read = await me.json('POST', '/api/interests/normalise', { texts: ['k8s', 'mango chutney'] });
    expect(read.body.items[0].label).toBe('Kubernetes');
    const settings = await me.json('PATCH', '/api/settings', { weeklyBudget: 12, quietDays: ['sat', 'sun'] });
    expect(settings.body.settings).toMatchObject({ weeklyBudget: 12, quietDays: ['sat', 'sun'] });
    const wrong = await me.json('PATCH', '/api/settings', { weeklyBudget: -3 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toContain('weeklyBudget');
    expect((await me.json('GET', '/api/settings')).body.settings.weeklyBudget).toBe(12);
    // One change keeps everything not sent; a cost sent as null goes back to its default.
    const tuned = await me.json('PATCH', '/api/settings', { energyCosts: { coffee: 7, call: 2 } });
    expect(tuned.body.settings).toMatchObject({ weeklyBudget: 12, quietDays: ['sat', 'sun'] });
    expect(tuned.body.effectiveCosts).toMatchObject({ coffee: 7, call: 2 });
    const reset = await me.json('PATCH', '/api/settings', { energyCosts: { coffee: null } });
    expect(reset.body.settings.energyCosts).toEqual({ call: 2 });
    expect(reset.body.effectiveCosts.coffee).toBe(DEFAULT_ENERGY_COSTS.coffee);
    expect(reset.body.settings.weeklyBudget).toBe(12);
    const pitch = await me.json('GET', '/api/drafts/pitch');
    expect(pitch.body.pitch).toContain('Jo');
    const { body } = await me.json('POST', '/api/people', { name: 'Ana Silva' });
    const no = await me.json('POST', '/api/drafts/decline', {
      personId: body.person.id,
      what: 'the Thursday dinner',
      alternative: 'a coffee next week',
    });
    expect(no.body.body).toContain('a coffee next week');
    const item = await me.json('POST', '/api/saved-items', {
      title: 'A good piece on on-call',
      url: 'https://example.org/on-call',
      interests: ['site reliability'],
    });
    expect(item.status).toBe(201);
    expect((await me.json('GET', '/api/saved-items')).body.items).toHaveLength(1);
    expect((await me.json('DELETE', `/api/saved-items/${item.body.id}`)).status).toBe(200);
  });
});
