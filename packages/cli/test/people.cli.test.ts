import { describe, expect, it } from 'vitest';
import { session } from './cli-harness.ts';

describe('kindred add / people / show / edit / remove', () => {
  const cli = session();

  it('adds a person with one detail in one command', async () => {
    const r = await cli.json(
      'add',
      'Sam Lee',
      '--org',
      'Acme',
      '--role',
      'Staff engineer',
      '--email',
      'sam@acme.test',
      '--interest',
      'Trail Running, board game',
      '--met-at',
      'Design review',
      '-d',
      'training for a marathon',
      '--on',
      '2026-04-12',
    );
    expect(r.mergedInto).toBe(false);
    expect(r.person).toMatchObject({
      name: 'Sam Lee',
      organisation: 'Acme',
      metWhere: 'Design review',
      metOn: '2026-03-02',
      stage: 'first_contact',
      channels: [{ kind: 'email', value: 'sam@acme.test', label: null }],
    });
    expect(r.person.interests.map((i: { key: string }) => i.key)).toEqual(['trail-running', 'board-games']);
    expect(r.detail).toMatchObject({
      text: 'training for a marathon',
      happensOn: '2026-04-12',
      followUpOn: '2026-04-13',
    });
  });

  it('says it in words without --json', async () => {
    const r = await cli.run(
      'add',
      'Priya Raman',
      '--org',
      'Globex',
      '--seniority',
      'senior',
      '-t',
      'mentor,ml',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added Priya Raman.');
    expect(r.stderr).toBe('');
  });

  it('merges a second add of the same email instead of making a twin', async () => {
    const r = await cli.json('add', 'Samuel Lee', '--email', 'SAM@acme.test', '--phone', '+44 7700 900123');
    expect(r.mergedInto).toBe(true);
    expect(r.person.name).toBe('Sam Lee');
    expect(r.person.channels).toHaveLength(2);
    expect(await cli.json('people')).toHaveLength(2);
  });

  it('lists, searches and filters', async () => {
    await cli.json('add', 'Sam Okafor', '--team', 'Platform');
    expect((await cli.json('people')).map((p: { name: string }) => p.name)).toEqual([
      'Priya Raman',
      'Sam Lee',
      'Sam Okafor',
    ]);
    expect((await cli.json('people', 'globex')).map((p: { name: string }) => p.name)).toEqual([
      'Priya Raman',
    ]);
    expect((await cli.json('people', '--tag', 'ML')).map((p: { name: string }) => p.name)).toEqual([
      'Priya Raman',
    ]);
    expect(
      (await cli.json('people', '--interest', 'trail-running')).map((p: { name: string }) => p.name),
    ).toEqual(['Sam Lee']);
    expect((await cli.json('people', '--stage', 'stranger')).map((p: { name: string }) => p.name)).toEqual([
      'Priya Raman',
      'Sam Okafor',
    ]);
    const page = await cli.json('people', '--limit', '2');
    const rest = await cli.json('people', '--limit', '2', '--after', page[1].id);
    expect(rest.map((p: { name: string }) => p.name)).toEqual(['Sam Okafor']);
    const text = await cli.run('people');
    expect(text.stdout).toContain('3 people');
  });

  it('refuses an ambiguous name and lists the candidates', async () => {
    const r = await cli.run('show', 'sam');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('"sam" could be 2 people');
    expect(r.stderr).toContain('Sam Lee');
    expect(r.stderr).toContain('Sam Okafor');
    const j = await cli.run('--json', 'show', 'sam');
    expect(j.json().error.code).toBe('person_ambiguous');
    expect(j.json().error.candidates).toHaveLength(2);
  });

  it('says clearly when nobody matches', async () => {
    const r = await cli.run('show', 'Zed');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Nobody called "Zed"');
  });

  it('shows a person page', async () => {
    const r = await cli.run('show', 'sam lee');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sam Lee');
    expect(r.stdout).toContain('Staff engineer · Acme');
    expect(r.stdout).toContain('training for a marathon');
    expect(r.stdout).toContain('ask on 13 Apr 2026');
    expect(r.stdout).toContain('Interests: Trail running, Board games');
    const o = await cli.json('show', 'Sam Lee');
    expect(o.person.name).toBe('Sam Lee');
    expect(o.details).toHaveLength(1);
  });

  it('edits fields, lists and boundaries', async () => {
    const r = await cli.json(
      'edit',
      'okafor',
      '--org',
      'Initech',
      '--tag',
      'climbing',
      '--async',
      '--not-before',
      '2026-04-01',
      '--cadence',
      '21',
      '--email',
      'sam.o@initech.test',
    );
    expect(r).toMatchObject({
      organisation: 'Initech',
      tags: ['climbing'],
      prefersAsync: true,
      doNotContactUntil: '2026-04-01',
      cadenceDays: 21,
    });
    const r2 = await cli.json(
      'edit',
      'okafor',
      '--untag',
      'climbing',
      '--clear',
      'org',
      '--no-async',
      '--drop-channel',
      'sam.o@initech.test',
    );
    expect(r2).toMatchObject({ organisation: null, tags: [], prefersAsync: false, channels: [] });
    const bad = await cli.run('edit', 'okafor', '--cadence', 'weekly');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--cadence');
    const badDay = await cli.run('edit', 'okafor', '--met-on', 'the other day');
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--met-on: "the other day"');
  });

  it('removes only with confirmation', async () => {
    const r = await cli.run('remove', 'okafor');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(await cli.json('people')).toHaveLength(3);
    const ok = await cli.json('remove', 'okafor', '--yes');
    expect(ok.removed.name).toBe('Sam Okafor');
    expect(await cli.json('people')).toHaveLength(2);
  });

  it('rejects a bad name with the field named', async () => {
    const r = await cli.run('add', '   ');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name');
  });
});
