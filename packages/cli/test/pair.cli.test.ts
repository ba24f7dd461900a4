import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindred, tempDataDir } from './cli-harness.ts';

const dataDir = tempDataDir();
const files = tempDataDir('kindred-pair-files-');
const write = (name: string, value: unknown) => {
  const path = join(files, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

const MEMBERS = [
  {
    id: 'ana',
    interests: ['bookbinding', 'bouldering', 'jazz'],
    team: 'Design',
    seniority: 'senior',
    openTo: ['peer', 'mentor'],
  },
  { id: 'ben', interests: ['Rust', 'machine learning'], team: 'Platform', seniority: 1, openTo: ['mentee'] },
  { id: 'cho', interests: ['book binding', 'Bouldering'], team: 'Platform' },
  { id: 'dev', interests: ['rust', 'ML', 'chess'], team: 'Design' },
  { id: 'eve', interests: ['jazz', 'chess'], team: 'Sales' },
  { id: 'fay', interests: ['pottery'], team: 'Sales', paused: true },
];
const membersFile = write('members.json', MEMBERS);
const NOW = '2026-03-02T09:00:00Z';

describe('kindred pair', () => {
  it('pairs a community from a file and says why', async () => {
    const r = await kindred(['pair', '--in', membersFile], { dataDir, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Paired 5 members into 1 pair and 1 trio on 2026-03-02 (seed 2026-03-02');
    expect(r.stdout).toContain('Starter: ');
    expect(r.stdout).toContain('The numbers were odd');
    expect(r.stdout).toContain('fay: fay has paused matching and sits this round out.');
  });

  it('prints the round as JSON with --json', async () => {
    const r = await kindred(['--json', 'pair', '--in', membersFile, '--seed', '7'], { dataDir, now: NOW });
    expect(r.code).toBe(0);
    const round = r.json();
    expect(round.round).toMatchObject({ date: '2026-03-02', seed: 7, active: 5, crossTeamOnly: false });
    expect(round.pairs.flatMap((p: { members: string[] }) => p.members).sort()).toEqual([
      'ana',
      'ben',
      'cho',
      'dev',
      'eve',
    ]);
    for (const pair of round.pairs) {
      expect(pair).toEqual({
        members: expect.any(Array),
        weight: expect.any(Number),
        shared: expect.any(Array),
        sharedKeys: expect.any(Array),
        reason: expect.any(String),
        starter: expect.any(String),
      });
    }
    expect(round.unmatched).toEqual([{ id: 'fay', code: 'paused', reason: expect.any(String) }]);
    expect(typeof round.totalWeight).toBe('number');
  });

  it('writes round.json and graph.json, the same for the same seed', async () => {
    const history = write('history.json', [{ a: 'ana', b: 'cho', date: '2026-02-23' }]);
    const run = async (name: string) => {
      const out = join(files, `${name}-round.json`);
      const graph = join(files, `${name}-graph.json`);
      const r = await kindred(
        [
          '--json',
          'pair',
          '--in',
          membersFile,
          '--history',
          history,
          '--seed',
          '3',
          '--out',
          out,
          '--graph',
          graph,
        ],
        {
          dataDir,
          now: NOW,
        },
      );
      expect(r.code).toBe(0);
      expect(r.json()).toMatchObject({ out, graph, seed: 3, pairs: 1, trios: 1, unmatched: 1 });
      return { round: readFileSync(out, 'utf8'), graph: readFileSync(graph, 'utf8') };
    };
    const first = await run('first');
    const second = await run('second');
    expect(second).toEqual(first);
    const graph = JSON.parse(first.graph);
    expect(graph.members).toEqual(['ana', 'ben', 'cho', 'dev', 'eve']);
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const [a, b, w] of graph.edges) {
      expect(typeof a).toBe('string');
      expect(typeof b).toBe('string');
      expect(w).toBeGreaterThan(0);
    }
    const round = JSON.parse(first.round);
    // Last week's pair is held back.
    expect(round.pairs.find((p: { members: string[] }) => p.members.includes('ana')).members).not.toContain(
      'cho',
    );
  });

  it('pairs across teams only when asked', async () => {
    const r = await kindred(['--json', 'pair', '--in', membersFile, '--cross-team-only'], {
      dataDir,
      now: NOW,
    });
    const round = r.json();
    const team = new Map(MEMBERS.map((m) => [m.id, m.team]));
    for (const pair of round.pairs) {
      const teams = pair.members.map((id: string) => team.get(id));
      expect(new Set(teams).size).toBe(teams.length);
    }
  });

  it('names the member and the field when the file is wrong', async () => {
    const bad = write('bad.json', [
      { id: 'm-1', interests: ['hiking'], team: 'A' },
      { id: 'm-2', interests: 'hiking', team: 'A' },
    ]);
    const r = await kindred(['pair', '--in', bad], { dataDir, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('members[1] (id "m-2"): "interests" must be a list of strings');
    const j = await kindred(['--json', 'pair', '--in', bad], { dataDir, now: NOW });
    expect(j.code).toBe(2);
    expect(j.json().error).toMatchObject({
      code: 'invalid_input',
      details: [{ field: 'members[1].interests', record: 2 }],
    });
  });

  it('says which file it could not read, and refuses --graph for huge rounds', async () => {
    const missing = await kindred(['pair', '--in', join(files, 'nope.json')], { dataDir, now: NOW });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('--in: I could not read');

    const many = write(
      'many.json',
      Array.from({ length: 2001 }, (_, i) => ({ id: `m${i}`, interests: ['hiking'], team: `t${i % 9}` })),
    );
    const big = await kindred(['pair', '--in', many, '--graph', join(files, 'g.json')], {
      dataDir,
      now: NOW,
    });
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('--graph lists every pair');
  });
});
