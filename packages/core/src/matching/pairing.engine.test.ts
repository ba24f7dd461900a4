import { describe, expect, it } from 'vitest';
import { completePairingGraph } from './complete-graph.ts';
import type { PairingMember, PairingRequest } from './matching.types.ts';
import { pairMembers } from './pairing.engine.ts';

const TODAY = '2026-03-02';

const member = (
  id: string,
  interests: string[],
  team: string,
  more: Partial<PairingMember> = {},
): PairingMember => ({
  id,
  interests,
  team,
  ...more,
});

function groupOf(round: ReturnType<typeof pairMembers>, id: string) {
  return round.groups.find((g) => g.members.includes(id));
}

describe('pairMembers', () => {
  const members = [
    member('ana', ['bookbinding', 'bouldering', 'jazz'], 'Design'),
    member('ben', ['Rust', 'machine learning', 'travel'], 'Platform'),
    member('cho', ['book binding', 'Bouldering', 'travel'], 'Platform'),
    member('dev', ['rust', 'ML', 'chess'], 'Design'),
  ];

  it('pairs people by what they share, and says why', () => {
    const round = pairMembers({ members, today: TODAY, seed: 1 });
    expect(round.groups.map((g) => g.members)).toEqual([
      ['ana', 'cho'],
      ['ben', 'dev'],
    ]);
    const [first] = round.groups;
    expect(first?.shared.map((s) => s.label)).toEqual(expect.arrayContaining(['Bookbinding', 'Bouldering']));
    expect(first?.reason).toMatch(/You both listed (bookbinding|bouldering) and (bookbinding|bouldering)\./);
    expect(first?.reason).toContain('different teams (Design and Platform)');
    expect(first?.starter.length).toBeGreaterThan(20);
    expect(round.unmatched).toEqual([]);
    expect(round.totalWeight).toBeCloseTo(
      round.groups.reduce((s, g) => s + g.weight, 0),
      12,
    );
    expect(round.today).toBe(TODAY);
    expect(round.stats).toMatchObject({ members: 4, active: 4, pairs: 2, trios: 0, method: 'exact' });
  });

  it('gives the same round for the same seed, and uses the day as the default seed', () => {
    const a = pairMembers({ members, today: TODAY, seed: 42 });
    expect(pairMembers({ members, today: TODAY, seed: 42 })).toEqual(a);
    expect(pairMembers({ members, today: TODAY }).seed).toBe(TODAY);
  });

  it('holds back last week’s pairs', () => {
    const round = pairMembers({
      members,
      today: TODAY,
      history: [
        { a: 'ana', b: 'cho', date: '2026-02-23' },
        { a: 'ben', b: 'dev', date: '2026-02-23' },
      ],
    });
    expect(groupOf(round, 'ana')?.members).not.toContain('cho');
    expect(groupOf(round, 'ben')?.members).not.toContain('dev');
  });

  it('explains a repeat that still came out best', () => {
    const round = pairMembers({
      members: [
        member('a', ['chess', 'jazz', 'pottery'], 'X'),
        member('b', ['chess', 'jazz', 'pottery'], 'Y'),
      ],
      today: TODAY,
      history: [{ a: 'a', b: 'b', date: '2025-01-10' }],
    });
    expect(round.groups[0]?.reason).toContain('You were matched before (last on 2025-01-10)');
  });

  it('leaves paused members out, with the reason', () => {
    const round = pairMembers({
      members: [...members, member('eve', ['jazz'], 'Design', { paused: true })],
      today: TODAY,
    });
    expect(round.unmatched).toEqual([
      { id: 'eve', code: 'paused', reason: expect.stringContaining('paused') },
    ]);
    expect(groupOf(round, 'eve')).toBeUndefined();
  });

  it('makes one trio when numbers are odd, with someone allowed with both', () => {
    const five = [...members, member('eve', ['jazz', 'bookbinding'], 'Sales', { blocked: ['ben'] })];
    const round = pairMembers({ members: five, today: TODAY, seed: 3 });
    const trios = round.groups.filter((g) => g.members.length === 3);
    expect(trios).toHaveLength(1);
    expect(trios[0]?.members).not.toContain('ben');
    expect(trios[0]?.reason).toContain('The numbers were odd');
    expect(round.groups.flatMap((g) => g.members).sort()).toEqual(['ana', 'ben', 'cho', 'dev', 'eve']);
    expect(round.stats.trios).toBe(1);
  });

  it('never pairs blocked members, even when they are each other’s best match', () => {
    const round = pairMembers({
      members: [
        member('a', ['chess', 'jazz'], 'X', { blocked: ['b'] }),
        member('b', ['chess', 'jazz'], 'Y'),
        member('c', ['pottery'], 'X'),
        member('d', ['tango'], 'Y'),
      ],
      today: TODAY,
    });
    expect(groupOf(round, 'a')?.members).not.toContain('b');
    expect(round.unmatched).toEqual([]);
  });

  it('pairs across teams only when asked, and says who could not be paired', () => {
    const request: PairingRequest = {
      members: [member('a', ['chess'], 'X'), member('b', ['chess'], 'X'), member('c', ['jazz'], 'Y')],
      today: TODAY,
      crossTeamOnly: true,
    };
    const round = pairMembers(request);
    expect(round.groups).toHaveLength(1);
    expect(round.groups[0]?.members).toContain('c');
    expect(round.unmatched).toHaveLength(1);
    expect(round.unmatched[0]).toMatchObject({ code: 'no_free_partner' });

    const lonely = pairMembers({
      ...request,
      members: [member('a', ['chess'], 'X'), member('b', ['chess'], 'X')],
    });
    expect(lonely.groups).toEqual([]);
    expect(lonely.unmatched.map((u) => u.code)).toEqual(['no_allowed_partner', 'no_allowed_partner']);
    expect(lonely.unmatched[0]?.reason).toContain('across teams only');
  });

  it('still pairs people who share nothing, rather than leave them out', () => {
    const round = pairMembers({
      members: [
        member('a', [], 'X'),
        member('b', [], 'X'),
        member('c', ['chess'], 'X'),
        member('d', ['jazz'], 'X'),
      ],
      today: TODAY,
    });
    expect(round.groups).toHaveLength(2);
    expect(round.unmatched).toEqual([]);
    expect(round.groups.some((g) => g.reason.includes('Nothing in common on paper'))).toBe(true);
  });

  it('reports a lone member', () => {
    const round = pairMembers({ members: [member('solo', ['chess'], 'X')], today: TODAY });
    expect(round.unmatched).toEqual([
      { id: 'solo', code: 'no_allowed_partner', reason: expect.stringContaining('only active member') },
    ]);
    expect(pairMembers({ members: [], today: TODAY }).groups).toEqual([]);
  });

  it('rejects duplicate ids as a caller’s bug', () => {
    expect(() =>
      pairMembers({ members: [member('a', [], 'X'), member('a', [], 'Y')], today: TODAY }),
    ).toThrow(/duplicate/);
  });

  it('agrees with the complete graph: exact on small rounds', () => {
    const edges = completePairingGraph({ members, today: TODAY });
    expect(edges.every(([, , w]) => w > 0)).toBe(true);
    expect(edges.map(([a, b]) => `${a}-${b}`)).toContain('ana-cho');
    const best = edges.find(([a, b]) => a === 'ana' && b === 'cho')?.[2] as number;
    const round = pairMembers({ members, today: TODAY });
    expect(round.groups[0]?.weight).toBe(best);
  });
});
