/**
 * A month in the life of one user, told command by command with --now. At each step the
 * plan should say the sensible thing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { session, tempDataDir } from './cli-harness.ts';

type Action = {
  kind: string;
  title: string;
  day: string;
  handle: string;
  personIds: string[];
  energyCost: number;
  form: string;
  drafts: { draft: { body: string } }[];
};
type PlanJson = {
  actions: Action[];
  notes: string[];
  energy: { left: number; planned: number; spent: number }[];
  people: Record<string, string>;
};

const named = (plan: PlanJson, name: string) =>
  plan.actions.filter((a) => a.personIds.some((id) => plan.people[id] === name));

describe('a month with Kindred', () => {
  const cli = session(tempDataDir(), '2026-03-02T08:00:00Z'); // a Monday

  it('day 1: set up, meet Sam at a design review, and get a follow-up for tomorrow', async () => {
    await cli.json(
      'settings',
      '--name',
      'Jo',
      '--time-zone',
      'Europe/London',
      '--budget',
      '12',
      '--quiet-days',
      'sat,sun',
    );
    await cli.json('settings', '--org', 'Acme', '--enjoys', 'trail running, chess', '--role', 'Engineer');
    await cli.json(
      'add',
      'Sam Lee',
      '--org',
      'Acme',
      '--met-at',
      'Design review',
      '-i',
      'chess',
      '-d',
      'presenting at the board',
      '--on',
      '2026-03-05',
    );
    const plan: PlanJson = await cli.json('today');
    const sam = named(plan, 'Sam Lee');
    expect(sam.map((a) => a.kind)).toEqual(['first_follow_up']);
    expect(sam[0]?.drafts[0]?.draft.body.length).toBeGreaterThan(20);
    const text = await cli.run('today');
    expect(text.stdout).toContain('Send Sam a short note after meeting');
    expect(text.stdout).toContain('Draft');
  });

  it('day 1: marking it done logs the message and the suggestion goes away', async () => {
    const plan: PlanJson = await cli.json('today');
    const handle = named(plan, 'Sam Lee')[0]?.handle as string;
    const done = await cli.json('done', handle, '--topic', 'the board deck');
    expect(done.key).toContain('first_follow_up');
    const again = await cli.run('done', handle);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('already done');
    const after: PlanJson = await cli.json('today');
    expect(named(after, 'Sam Lee')).toEqual([]);
    const show = await cli.json('show', 'sam');
    expect(show.interactions).toHaveLength(1);
    expect(show.interactions[0]).toMatchObject({ form: 'message', topics: ['the board deck'] });
  });

  it('day 5 (Friday): the board presentation has happened, so ask how it went', async () => {
    cli.at('2026-03-06T08:00:00Z');
    const plan: PlanJson = await cli.json('today');
    const sam = named(plan, 'Sam Lee');
    expect(sam.map((a) => a.kind)).toEqual(['detail_follow_up']);
    expect(sam[0]?.drafts[0]?.draft.body.toLowerCase()).toMatch(/board/);
  });

  it('snoozing puts it away until the day asked, skipping the quiet weekend', async () => {
    const plan: PlanJson = await cli.json('today');
    const handle = named(plan, 'Sam Lee')[0]?.handle as string;
    const snoozed = await cli.json('snooze', handle, '--until', 'monday');
    expect(snoozed.until).toBe('2026-03-09');
    expect(named(await cli.json('today'), 'Sam Lee')).toEqual([]);
    const week: PlanJson = await cli.json('week');
    const again = named(week, 'Sam Lee');
    expect(again.map((a) => [a.kind, a.day])).toEqual([['detail_follow_up', '2026-03-09']]);
    expect(week.actions.every((a) => a.day !== '2026-03-07' && a.day !== '2026-03-08')).toBe(true);
    expect(week.notes.join(' ')).toContain('quiet days');
  });

  it('a conference takes its energy and the next day is kept light', async () => {
    cli.at('2026-03-09T08:00:00Z');
    await cli.json(
      'event',
      'add',
      'DevConf',
      '--on',
      '2026-03-10',
      '--kind',
      'conference',
      '--attendee',
      'Priya Raman|Globex|machine learning; chess',
    );
    await cli.json('add', 'Ana Silva', '--org', 'Globex', '--met-on', '2026-01-10');
    await cli.json('log', 'ana', '--form', 'coffee', '--on', '2026-01-12', '--ask', 'advice');
    await cli.json('log', 'ana', '--form', 'coffee', '--on', '2026-01-26', '--ask', 'input');
    await cli.json('log', 'ana', '--form', 'message', '--on', '2026-02-05');
    const week: PlanJson = await cli.json('week');
    const energy = week.energy[0];
    expect(energy?.planned).toBeLessThanOrEqual(12 - (energy?.spent ?? 0));
    expect(week.notes.join(' ')).toContain('DevConf');
    for (const a of week.actions) {
      if (a.energyCost >= 4) expect(['2026-03-10', '2026-03-11']).not.toContain(a.day);
    }
    const ana = named(week, 'Ana Silva');
    expect(ana.map((a) => a.kind)).toEqual(['give']);
  });

  it('event prep ranks the attendee who shares interests and offers openers', async () => {
    const prep = await cli.json('event', 'prep', 'devconf');
    expect(prep.targets[0].attendee.name).toBe('Priya Raman');
    expect(prep.targets[0].openers.length).toBeGreaterThanOrEqual(2);
    expect(prep.exitLine.length).toBeGreaterThan(10);
    expect(prep.energy.cost).toBe(10);
    const text = await cli.run('event', 'prep', 'devconf');
    expect(text.stdout).toContain('Whom to look for');
  });

  it('after the conference, the debrief turns people met into follow-ups', async () => {
    cli.at('2026-03-11T18:00:00Z');
    const debrief = await cli.json(
      'event',
      'debrief',
      'devconf',
      '--met',
      'Priya Raman (Globex): hiring a data lead',
      '--met',
      'Tom Berg: moving to Oslo in May',
    );
    expect(debrief.people.map((p: { name: string }) => p.name)).toEqual(['Priya Raman', 'Tom Berg']);
    cli.at('2026-03-12T08:00:00Z');
    const plan: PlanJson = await cli.json('today');
    expect(named(plan, 'Priya Raman').map((a) => a.kind)).toEqual(['first_follow_up']);
    const tom = await cli.json('show', 'tom');
    expect(tom.person).toMatchObject({ metWhere: 'DevConf', metOn: '2026-03-10' });
    expect(tom.details[0].text).toBe('moving to Oslo in May');
  });

  it('dismissing a suggestion keeps it away', async () => {
    const plan: PlanJson = await cli.json('today');
    const first = plan.actions[0] as Action;
    await cli.json('dismiss', first.handle);
    const after: PlanJson = await cli.json('today');
    expect(after.actions.map((a) => a.handle)).not.toContain(first.handle);
    const missing = await cli.run('done', 'zzzzzz');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('No current suggestion');
  });

  it('drafts a pitch and a kind decline', async () => {
    const pitch = await cli.json('pitch', '--save');
    expect(pitch.pitch).toContain('Jo');
    expect((await cli.json('settings')).settings.pitch).toBe(pitch.pitch);
    const no = await cli.json(
      'decline',
      'ana',
      '--what',
      'the Thursday dinner',
      '--alternative',
      'a coffee next week',
    );
    expect(no.body).toContain('coffee next week');
  });

  it('reads attendees from a CSV and names a bad line', async () => {
    const file = join(cli.dataDir, 'attendees.csv');
    writeFileSync(file, 'Name,Company,Interests\nMarta Rossi,Initech,"gardening; chess"\n,Hooli,\n');
    const bad = await cli.run('event', 'add', 'Meetup', '--on', '2026-03-20', '--attendees', file);
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain('Line 3 has no name');
    writeFileSync(file, 'Name,Company,Interests\nMarta Rossi,Initech,"gardening; chess"\n');
    const ok = await cli.json('event', 'add', 'Meetup', '--on', '2026-03-20', '--attendees', file);
    expect(ok.attendees[0]).toMatchObject({ name: 'Marta Rossi', organisation: 'Initech' });
  });
});
