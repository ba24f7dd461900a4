import { describe, expect, it } from 'vitest';
import { session } from './cli-harness.ts';

describe('kindred detail / log / stage / settings / start', () => {
  const cli = session();

  it('starts on an empty data directory and says where the data is', async () => {
    const r = await cli.run('start');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kindred is ready');
    expect(r.stdout).toContain(cli.dataDir);
    expect(r.stdout).toContain('0 people');
  });

  it('remembers details with a follow-up day', async () => {
    await cli.json('add', 'Ana Silva', '--org', 'Acme', '--met-on', '2026-02-20');
    const d = await cli.json('detail', 'ana', 'presenting', 'at', 'the', 'board', '--on', '14 March');
    expect(d).toMatchObject({
      text: 'presenting at the board',
      happensOn: '2026-03-14',
      followUpOn: '2026-03-15',
    });
    const win = await cli.json('detail', 'ana', 'got promoted', '--kind', 'win');
    expect(win.kind).toBe('win');
    const gone = await cli.json('detail', win.id, '--remove');
    expect(gone.removed).toBe(win.id);
    expect((await cli.json('show', 'ana')).details).toHaveLength(1);
    const missing = await cli.run('detail', 'nope-id', '--remove');
    expect(missing.code).toBe(3);
  });

  it('logs contacts, costs them, and moves the stage up with the history', async () => {
    const first = await cli.json(
      'log',
      'ana',
      '--form',
      'coffee',
      '--on',
      '2026-02-27',
      '--topic',
      'migration project',
    );
    expect(first.interaction).toMatchObject({
      form: 'coffee',
      energyCost: 4,
      occurredOn: '2026-02-27',
      topics: ['migration project'],
    });
    expect(first.promoted).toHaveLength(1);
    expect(first.promoted[0].person.stage).toBe('repeat_contact');

    const ask = await cli.run('log', 'ana', '--form', 'video call', '--ask', 'advice', '--by', 'them');
    expect(ask.code).toBe(0);
    expect(ask.stdout).toContain('Logged video call with Ana Silva on 2026-03-02 (3 energy)');
    expect(ask.stdout).toContain('Hi again → Asking their input');

    const bad = await cli.run('log', 'ana', '--form', 'carrier pigeon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--form: "carrier pigeon" is not a form');
    const oops = await cli.json('log', 'ana', '--form', 'lunch');
    const undone = await cli.run('unlog', oops.interaction.id);
    expect(undone.stdout).toContain('Removed the lunch');
    expect((await cli.json('show', 'ana')).interactions).toHaveLength(2);
    expect((await cli.run('unlog', oops.interaction.id)).code).toBe(3);
    const both = await cli.run('log', 'ana', '--form', 'message', '--give', 'info', '--ask', 'advice');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give or an ask, not both');
  });

  it('shows and sets the stage by hand, in the wording of the tie', async () => {
    const s = await cli.json('stage', 'ana');
    expect(s.stage).toBe('asking');
    expect(s.history.map((h: { stage: string }) => h.stage)).toEqual([
      'first_contact',
      'repeat_contact',
      'asking',
    ]);
    await cli.json('edit', 'ana', '--seniority', 'senior');
    const set = await cli.run('stage', 'ana', 'mentor', '--note', 'we meet monthly now');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Ana Silva is now at “Mentor”');
    const after = await cli.json('show', 'ana');
    expect(after.person).toMatchObject({ stage: 'close', stageSetBy: 'manual' });
    // A later log never lowers a stage set by hand.
    await cli.json('log', 'ana', '--form', 'message');
    expect((await cli.json('show', 'ana')).person.stage).toBe('close');
    const wrong = await cli.run('stage', 'ana', 'bestie');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"bestie" is not a stage');
  });

  it('changes settings and uses tuned costs for new logs', async () => {
    const s = await cli.json(
      'settings',
      '--budget',
      '15',
      '--quiet-days',
      'sat,sun',
      '--cost',
      'coffee=6',
      '--time-zone',
      'Europe/Paris',
      '--name',
      'Jo',
    );
    expect(s).toMatchObject({
      displayName: 'Jo',
      timeZone: 'Europe/Paris',
      settings: { weeklyBudget: 15, quietDays: ['sat', 'sun'], energyCosts: { coffee: 6 } },
    });
    expect(s.effectiveCosts.coffee).toBe(6);
    const log = await cli.json('log', 'ana', '--form', 'coffee');
    expect(log.interaction.energyCost).toBe(6);
    const bad = await cli.run('settings', '--time-zone', 'Mars/Olympus', '--budget', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('timeZone');
    expect(bad.stderr).toContain('weeklyBudget');
    const shown = await cli.run('settings');
    expect(shown.stdout).toContain('Weekly energy budget: 15 points');
  });

  it('reads details as the nearest day, refuses future logs, and words mentor as senior', async () => {
    const past = await cli.json('detail', 'ana', 'gave a talk at the board', '--on', '28 February');
    expect(past).toMatchObject({ happensOn: '2026-02-28', followUpOn: '2026-03-02' });
    const future = await cli.run('log', 'ana', '--form', 'lunch', '--on', '+5d');
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('has not happened yet');
    await cli.json('add', 'Ben Ode');
    const mentor = await cli.run('stage', 'ben ode', 'mentor');
    expect(mentor.stdout).toContain('“Mentor”');
    expect((await cli.json('show', 'ben ode')).person.seniority).toBe('senior');
    const usage = await cli.run('--json', 'log', 'ana');
    expect(usage.code).toBe(2);
    expect(usage.json().error.code).toBe('invalid_input');
  });

  it('reads --now in the user’s zone and rejects a bad one', async () => {
    // 23:30 UTC on 2 March is already 3 March in Paris.
    cli.at('2026-03-02T23:30:00Z');
    const log = await cli.json('log', 'ana', '--form', 'message');
    expect(log.interaction.occurredOn).toBe('2026-03-03');
    cli.at('yesterday');
    const bad = await cli.run('people');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now');
  });
});
