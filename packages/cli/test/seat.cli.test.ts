import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindred, tempDataDir } from './cli-harness.ts';

const dir = tempDataDir('kindred-seat-');
const run = (...args: string[]) => kindred(args, { dataDir: dir });
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('kindred seat', () => {
  it('seats 16 guests in tables of 4 for 5 rounds with nobody meeting twice', async () => {
    const r = await run('--json', 'seat', '--guests', '16', '--table-size', '4', '--rounds', '5');
    expect(r.code).toBe(0);
    const plan = r.json();
    expect(plan.stats).toMatchObject({ repeats: 0, distinctPairsMet: 120, possiblePairs: 120 });
    for (const round of plan.rounds) {
      const seated = round.tables.flatMap((t: { guests: string[] }) => t.guests).sort();
      expect(seated).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)).sort());
      for (const t of round.tables) expect(t.guests.length).toBeLessThanOrEqual(4);
    }
  });

  it('honours the host’s rules from a guests file and writes the plan and place cards', async () => {
    const guests = file('dinner.json', {
      title: 'Spring dinner',
      guests: [
        { id: 'ana', name: 'Ana' },
        { id: 'ben', name: 'Ben' },
        { id: 'chloe', name: 'Chloé' },
        { id: 'dan', name: 'Dan' },
        { id: 'eve', name: 'Eve <3' },
        { id: 'fred', name: 'Fred' },
        { id: 'gus', name: 'Gus' },
        { id: 'hana', name: 'Hana' },
      ],
      keepTogether: [{ guests: ['ana', 'ben'], mode: 'always' }],
      keepApart: [{ guests: ['chloe', 'dan'] }],
      pinned: [{ guest: 'hana', table: 1 }],
    });
    const out = join(dir, 'plan.json');
    const cards = join(dir, 'cards.html');
    const r = await run(
      'seat',
      '--in',
      guests,
      '--tables',
      '4,4',
      '--rounds',
      '3',
      '--out',
      out,
      '--cards',
      cards,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Round 3');
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    for (const round of plan.rounds) {
      const tableOf = new Map<string, number>();
      for (const t of round.tables) for (const g of t.guests) tableOf.set(g, t.table);
      expect(tableOf.get('ana')).toBe(tableOf.get('ben'));
      expect(tableOf.get('chloe')).not.toBe(tableOf.get('dan'));
      expect(tableOf.get('hana')).toBe(1);
    }
    const html = readFileSync(cards, 'utf8');
    expect(html).toContain('Spring dinner');
    expect(html).toContain('Eve &lt;3');
    expect(html).not.toContain('Eve <3');
  });

  it('names the rule at fault when the request cannot be honoured', async () => {
    const guests = file('bad.json', {
      guests: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      keepTogether: [{ guests: ['a', 'b', 'c'], mode: 'always' }],
    });
    const r = await run('seat', '--in', guests, '--tables', '2,2', '--rounds', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/together/i);
    const badField = await run(
      'seat',
      '--in',
      file('worse.json', { guests: [{ id: 'a', name: 7 }] }),
      '--table-size',
      '2',
      '--rounds',
      '1',
    );
    expect(badField.code).toBe(2);
    expect(badField.stderr).toContain('"name"');
    const neither = await run('seat', '--table-size', '4', '--rounds', '2');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--guests N or --in');
  });

  it('gives the same plan for the same seed', async () => {
    const args = [
      '--json',
      'seat',
      '--guests',
      '22',
      '--tables',
      '6,6,5,5',
      '--rounds',
      '3',
      '--seed',
      '7',
      '--time-limit',
      '60',
    ];
    const a = (await run(...args)).json();
    const b = (await run(...args)).json();
    expect(a.rounds).toEqual(b.rounds);
  });
});

describe('kindred groups', () => {
  it('forms groups around shared activities and says who could not be placed', async () => {
    const members = file('members.json', [
      { id: 'm1', name: 'Ana', interests: ['Board games', 'chess'] },
      { id: 'm2', name: 'Ben', interests: ['board game'] },
      { id: 'm3', name: 'Chloé', interests: ['boardgames', 'hiking'] },
      { id: 'm4', name: 'Dan', interests: ['Board Games'] },
      { id: 'm5', name: 'Eve', interests: ['knitting'] },
    ]);
    const r = await run('--json', 'groups', '--in', members);
    expect(r.code).toBe(0);
    const plan = r.json();
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0].members.sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(plan.unplaced.map((u: { member: string }) => u.member)).toEqual(['m5']);
    const text = await run('groups', '--in', members);
    expect(text.stdout).toContain('Board games');
    expect(text.stdout).toContain('Not placed');
  });
});
