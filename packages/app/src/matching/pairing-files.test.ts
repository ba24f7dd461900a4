import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.ts';
import { parseHistory } from './history-file.schema.ts';
import { parseMembers } from './members-file.schema.ts';
import { GRAPH_MAX_MEMBERS, pairRound } from './pair-round.service.ts';

const MEMBERS = [
  {
    id: 'ana',
    interests: ['bookbinding', 'bouldering'],
    team: 'Design',
    seniority: 'senior',
    openTo: ['mentor'],
  },
  { id: 'ben', interests: ['Rust', 'ML'], team: 'Platform', seniority: 1, openTo: ['mentee', 'peer'] },
  {
    id: 'cho',
    interests: ['book binding', 'Bouldering'],
    team: 'Platform',
    name: 'Cho (extra fields are ignored)',
  },
  { id: 'dev', interests: ['rust', 'machine learning'], team: 'Design', blocked: ['ana'] },
  { id: 'eve', interests: ['jazz'], team: 'Sales', paused: true },
];

function problemsOf(result: ReturnType<typeof parseMembers> | ReturnType<typeof parseHistory>): string[] {
  return 'problems' in result ? result.problems.map((p) => p.message) : [];
}

function thrown(work: () => unknown): { code: string; message: string; details: unknown[] } {
  try {
    work();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseMembers', () => {
  it('accepts the documented shape, with named or numbered seniority', () => {
    const result = parseMembers(MEMBERS);
    expect('members' in result).toBe(true);
    if (!('members' in result)) return;
    expect(result.members[0]).toEqual({
      id: 'ana',
      interests: ['bookbinding', 'bouldering'],
      team: 'Design',
      seniority: 3,
      openTo: ['mentor'],
    });
    expect(result.members[2]).toEqual({
      id: 'cho',
      interests: ['book binding', 'Bouldering'],
      team: 'Platform',
    });
    expect(result.members[4]?.paused).toBe(true);
  });

  it('names the member (index and id) and the field in every problem', () => {
    const result = parseMembers([
      ...Array.from({ length: 12 }, (_, i) => ({ id: `m-${i}`, interests: [], team: 'A' })),
      { id: 'm-12', interests: 'hiking', team: 'A' },
      { id: 'm-13', interests: ['x'] },
      { interests: [], team: 'A' },
      {
        id: 'm-15',
        interests: [],
        team: 'A',
        openTo: ['friend'],
        seniority: 'boss',
        paused: 'yes',
        blocked: [3],
      },
      'not a member',
      { id: 'm-1', interests: [], team: 'B' },
    ]);
    expect(problemsOf(result)).toEqual([
      'members[12] (id "m-12"): "interests" must be a list of strings',
      'members[13] (id "m-13"): "team" is missing; it must be a string (the member’s team or department)',
      'members[14]: "id" is missing; it must be a non-empty string',
      expect.stringMatching(
        /^members\[15\] \(id "m-15"\): "seniority" must be a number \(higher is more senior\) or one of intern, junior/,
      ),
      'members[15] (id "m-15"): "openTo" must be a list of "peer", "mentor", "mentee"',
      'members[15] (id "m-15"): "paused" must be true or false',
      'members[15] (id "m-15"): "blocked" must be a list of member ids',
      'members[16]: must be an object with "id", "interests" and "team"',
      'members[17] (id "m-1"): "id" repeats members[1]; ids must be unique',
    ]);
  });

  it('asks for an array', () => {
    expect(problemsOf(parseMembers({ members: [] }))[0]).toContain('must hold a JSON array of members');
  });
});

describe('parseHistory', () => {
  it('accepts days and date-times, and names the match and field otherwise', () => {
    expect(
      parseHistory([
        { a: 'ana', b: 'ben', date: '2026-02-23' },
        { a: 'x', b: 'y', date: '2026-02-23T09:00:00Z' },
      ]),
    ).toEqual({
      history: [
        { a: 'ana', b: 'ben', date: '2026-02-23' },
        { a: 'x', b: 'y', date: '2026-02-23T09:00:00Z' },
      ],
    });
    expect(
      problemsOf(
        parseHistory([{ a: 'ana', b: 'ben', date: '23/02/2026' }, { a: 'ana', date: '2026-02-31' }, 7]),
      ),
    ).toEqual([
      'history[0]: "date" must be a date written YYYY-MM-DD or an ISO date-time such as 2026-03-02T09:00:00Z',
      'history[1]: "b" is missing; it must be a member id (a string)',
      'history[1]: "date" must be a date written YYYY-MM-DD or an ISO date-time such as 2026-03-02T09:00:00Z',
      'history[2]: must be an object with "a", "b" and "date"',
    ]);
  });
});

describe('pairRound', () => {
  const members = { fileName: 'members.json', text: JSON.stringify(MEMBERS) };

  it('writes the round in the documented shape', () => {
    const { round, graph } = pairRound({ members, today: '2026-03-02', seed: 5 });
    expect(graph).toBeUndefined();
    expect(round.round).toEqual({
      date: '2026-03-02',
      seed: 5,
      crossTeamOnly: false,
      members: 5,
      active: 4,
      method: 'exact',
    });
    expect(round.pairs.map((p) => p.members)).toEqual([
      ['ana', 'cho'],
      ['ben', 'dev'],
    ]);
    const [first] = round.pairs;
    expect(first?.shared).toEqual(expect.arrayContaining(['Bookbinding', 'Bouldering']));
    expect(first?.sharedKeys).toEqual(expect.arrayContaining(['bookbinding', 'bouldering']));
    expect(typeof first?.reason).toBe('string');
    expect(typeof first?.starter).toBe('string');
    expect(round.unmatched).toEqual([{ id: 'eve', code: 'paused', reason: expect.any(String) }]);
    expect(round.totalWeight).toBeCloseTo(
      round.pairs.reduce((s, p) => s + p.weight, 0),
      5,
    );
  });

  it('uses history, and the day as the default seed', () => {
    const history = {
      fileName: 'history.json',
      text: JSON.stringify([{ a: 'ana', b: 'cho', date: '2026-02-23' }]),
    };
    const { round } = pairRound({ members, history, today: '2026-03-02' });
    const fresh = pairRound({ members, today: '2026-03-02' }).round;
    expect(round.round.seed).toBe('2026-03-02');
    // Still the best pair (dev blocks ana, ben is matched better with dev), but held back and told so.
    const again = round.pairs.find((p) => p.members.includes('ana'));
    expect(again?.members).toEqual(['ana', 'cho']);
    expect(again?.weight).toBeLessThan(fresh.pairs.find((p) => p.members.includes('ana'))?.weight as number);
    expect(again?.reason).toContain('You were matched before (last on 2026-02-23)');
  });

  it('writes every positive edge for --graph', () => {
    const { graph } = pairRound({ members, today: '2026-03-02', graph: true });
    expect(graph?.members).toEqual(['ana', 'ben', 'cho', 'dev']);
    expect(graph?.edges.every(([a, b, w]) => a !== 'eve' && b !== 'eve' && w > 0)).toBe(true);
    expect(graph?.edges.some(([a, b]) => (a === 'ana' && b === 'dev') || (a === 'dev' && b === 'ana'))).toBe(
      false,
    );
  });

  it('refuses --graph above the limit, and bad files with the member and field', () => {
    const many = Array.from({ length: GRAPH_MAX_MEMBERS + 1 }, (_, i) => ({
      id: `m${i}`,
      interests: [],
      team: 'A',
    }));
    const big = thrown(() =>
      pairRound({
        members: { fileName: 'big.json', text: JSON.stringify(many) },
        today: '2026-03-02',
        graph: true,
      }),
    );
    expect(big.code).toBe('invalid_input');
    expect(big.message).toContain('--graph');

    const bad = thrown(() =>
      pairRound({
        members: { fileName: 'members.json', text: JSON.stringify([{ id: 'm-1', interests: 3, team: 'A' }]) },
        today: '2026-03-02',
      }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toBe(
      'members.json has a problem:\n  members[0] (id "m-1"): "interests" must be a list of strings',
    );
    expect(bad.details).toEqual([
      { field: 'members[0].interests', record: 1, message: expect.stringContaining('"interests"') },
    ]);

    const json = thrown(() =>
      pairRound({ members: { fileName: 'members.json', text: '[{' }, today: '2026-03-02' }),
    );
    expect(json.message).toMatch(/^members\.json is not valid JSON/);

    const history = thrown(() =>
      pairRound({
        members,
        history: { fileName: 'h.json', text: '[{"a":"ana","b":"ben"}]' },
        today: '2026-03-02',
      }),
    );
    expect(history.message).toContain('h.json has a problem:\n  history[0]: "date" is missing');
  });
});
