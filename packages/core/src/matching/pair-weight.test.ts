import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInterestWeights, interestSimilarity, normaliseInterests } from '../taxonomy/index.ts';
import type { PairingMember, PairingRequest } from './matching.types.ts';
import { DEFAULT_PAIRING_SETTINGS, emptyWeightParts, isExcluded, pairWeight } from './pair-weight.ts';
import { preparePairing } from './pairing.engine.ts';
import type { PairingModel } from './pairing-model.ts';

const TODAY = '2026-03-02';

function model(members: PairingMember[], extra: Partial<PairingRequest> = {}): PairingModel {
  return preparePairing({ members, today: TODAY, ...extra }).model;
}

/** Model index of a member id. */
function at(m: PairingModel, id: string): number {
  const i = m.ids.indexOf(id);
  if (i < 0) throw new Error(`no ${id}`);
  return i;
}

function weight(m: PairingModel, a: string, b: string): number | null {
  return pairWeight(m, at(m, a), at(m, b));
}

const member = (
  id: string,
  interests: string[],
  team = 'A',
  more: Partial<PairingMember> = {},
): PairingMember => ({
  id,
  interests,
  team,
  ...more,
});

const INTEREST_POOL = [
  'hiking',
  'Bouldering',
  'board games',
  'chess',
  'Rust',
  'machine learning',
  'sourdough baking',
  'birdwatching',
  'jazz',
  'travel',
  'Photography',
  'pottery',
  'knitting',
  'kayaking',
  'tango',
];

describe('pairWeight: the interest part', () => {
  it('agrees with interestSimilarity to the last bit, on any community', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...INTEREST_POOL), { maxLength: 8 }), {
          minLength: 2,
          maxLength: 12,
        }),
        (lists) => {
          const members = lists.map((interests, i) => member(`m${i}`, interests, 'A'));
          const m = model(members);
          const keys = lists.map((list) => normaliseInterests(list).map((x) => x.key));
          const weights = buildInterestWeights(keys);
          for (let a = 0; a < lists.length; a++) {
            for (let b = a + 1; b < lists.length; b++) {
              const parts = emptyWeightParts();
              pairWeight(m, at(m, `m${a}`), at(m, `m${b}`), parts);
              const expected = interestSimilarity(keys[a] as string[], keys[b] as string[], weights);
              expect(parts.similarity).toBe(expected.score);
              expect(parts.sharedCount).toBe(expected.shared.length);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('weighs a rare shared interest above a common one', () => {
    const m = model([
      member('a', ['travel', 'bookbinding']),
      member('b', ['travel']),
      member('c', ['bookbinding']),
      member('d', ['travel']),
      member('e', ['travel', 'chess']),
      member('f', ['travel', 'hiking']),
    ]);
    expect(weight(m, 'a', 'c') as number).toBeGreaterThan(weight(m, 'a', 'b') as number);
  });

  it('scores the same interests 1, and nothing shared 0', () => {
    const m = model([
      member('a', ['chess', 'jazz']),
      member('b', ['Jazz', 'chess']),
      member('c', ['pottery']),
    ]);
    expect(weight(m, 'a', 'b')).toBe(1);
    expect(weight(m, 'a', 'c')).toBe(0);
  });
});

describe('pairWeight: bonuses and penalties', () => {
  const s = DEFAULT_PAIRING_SETTINGS;

  it('adds the cross-team bonus only across teams', () => {
    const m = model([member('a', ['chess'], 'A'), member('b', ['chess'], 'B'), member('c', ['chess'], 'A')]);
    expect(weight(m, 'a', 'b')).toBeCloseTo(1 + s.crossTeamBonus, 12);
    expect(weight(m, 'a', 'c')).toBe(1);
  });

  it('adds the mentoring bonus for a mentor and a mentee with a seniority gap, either way round', () => {
    const m = model([
      member('senior', [], 'A', { seniority: 4, openTo: ['peer', 'mentor'] }),
      member('junior', [], 'A', { seniority: 1, openTo: ['mentee'] }),
      member('close', [], 'A', { seniority: 4, openTo: ['mentee'] }),
      member('unknown', [], 'A', { openTo: ['mentee'] }),
      member('peer', [], 'A', { seniority: 1 }),
    ]);
    expect(weight(m, 'senior', 'junior')).toBeCloseTo(s.mentoringBonus, 12);
    expect(weight(m, 'junior', 'senior')).toBeCloseTo(s.mentoringBonus, 12);
    expect(weight(m, 'senior', 'close')).toBe(0); // no gap
    expect(weight(m, 'senior', 'unknown')).toBe(0); // seniority unknown
    expect(weight(m, 'senior', 'peer')).toBe(0); // not asking for a mentor
    const parts = emptyWeightParts();
    pairWeight(m, at(m, 'junior'), at(m, 'senior'), parts);
    expect(parts.mentor).toBe(at(m, 'senior'));
  });

  it('subtracts a repeat penalty that halves every half-life and adds up over meetings', () => {
    const members = [
      member('a', ['chess']),
      member('b', ['chess']),
      member('c', ['chess']),
      member('d', ['chess']),
    ];
    const m = model(members, {
      history: [
        { a: 'a', b: 'b', date: TODAY },
        { a: 'c', b: 'a', date: '2025-12-02' }, // 90 days earlier
        { a: 'a', b: 'd', date: '2025-12-02T00:00:00Z' },
        { a: 'd', b: 'a', date: Date.parse('2025-12-02T00:00:00Z') },
      ],
    });
    expect(weight(m, 'a', 'b')).toBeCloseTo(1 - s.repeatPenalty, 12);
    expect(weight(m, 'a', 'c')).toBeCloseTo(1 - s.repeatPenalty / 2, 12);
    expect(weight(m, 'a', 'd')).toBeCloseTo(1 - s.repeatPenalty, 12);
    expect(weight(m, 'b', 'c')).toBe(1);
  });

  it('treats a match dated after the round as today’s, never as a bonus', () => {
    const m = model([member('a', ['chess']), member('b', ['chess'])], {
      history: [{ a: 'a', b: 'b', date: '2027-01-01' }],
    });
    expect(weight(m, 'a', 'b')).toBeCloseTo(1 - s.repeatPenalty, 12);
  });

  it('uses the settings it is given', () => {
    const m = model([member('a', ['chess'], 'A'), member('b', ['jazz'], 'B')], {
      settings: { crossTeamBonus: 0.5 },
    });
    expect(weight(m, 'a', 'b')).toBe(0.5);
  });

  it('fills in parts that add up to the weight, and is symmetric', () => {
    const m = model(
      [
        member('a', ['chess', 'jazz', 'hiking'], 'A', { seniority: 5, openTo: ['mentor'] }),
        member('b', ['chess', 'hiking', 'pottery'], 'B', { seniority: 2, openTo: ['mentee'] }),
      ],
      { history: [{ a: 'a', b: 'b', date: '2025-06-01' }] },
    );
    const parts = emptyWeightParts();
    const w = pairWeight(m, 0, 1, parts) as number;
    expect(w).toBeCloseTo(parts.similarity + parts.crossTeam + parts.mentoring - parts.repeat, 12);
    expect(parts.repeat).toBeGreaterThan(0);
    expect(pairWeight(m, 1, 0)).toBe(w);
  });
});

describe('pairWeight: hard exclusions', () => {
  it('returns null for a block in either direction, and for the same member', () => {
    const m = model([
      member('a', ['chess'], 'A', { blocked: ['b'] }),
      member('b', ['chess']),
      member('c', ['chess'], 'A', { blocked: ['nobody-here'] }),
    ]);
    expect(weight(m, 'a', 'b')).toBeNull();
    expect(weight(m, 'b', 'a')).toBeNull();
    expect(weight(m, 'a', 'a')).toBeNull();
    expect(weight(m, 'a', 'c')).toBe(1);
  });

  it('returns null for teammates when the round is cross-team only', () => {
    const m = model([member('a', ['chess'], 'A'), member('b', ['chess'], 'A'), member('c', ['chess'], 'B')], {
      crossTeamOnly: true,
    });
    expect(weight(m, 'a', 'b')).toBeNull();
    expect(isExcluded(m, at(m, 'a'), at(m, 'b'))).toBe(true);
    expect(weight(m, 'a', 'c')).not.toBeNull();
  });
});
