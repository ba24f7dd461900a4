import { describe, expect, it } from 'vitest';
import { assertValidRotation, validateRotationRequest } from './constraints.validate.ts';
import { guestsOf } from './rotation.test-support.ts';
import { SeatingError } from './seating.error.ts';
import type { RotationRequest } from './seating.types.ts';

const people = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
  { id: 'dee', name: 'Dee' },
  { id: 'eve', name: 'Eve' },
  { id: 'fay', name: 'Fay' },
  { id: 'gus', name: 'Gus' },
  { id: 'host', name: 'Host' },
];

const base = (over: Partial<RotationRequest> = {}): RotationRequest => ({
  guests: people,
  tables: [4, 4],
  rounds: 3,
  ...over,
});

const codes = (req: RotationRequest) => validateRotationRequest(req).map((i) => i.code);
const messages = (req: RotationRequest) => validateRotationRequest(req).map((i) => i.message);

describe('validateRotationRequest', () => {
  it('accepts a sound request', () => {
    expect(validateRotationRequest(base())).toEqual([]);
    expect(
      validateRotationRequest(
        base({
          constraints: {
            keepTogether: [{ guests: ['ana', 'ben'], mode: 'always' }],
            keepApart: [{ guests: ['cy', 'dee'] }],
            pinned: [{ guest: 'host', table: 1 }],
          },
        }),
      ),
    ).toEqual([]);
  });

  it('reports duplicate ids, naming both positions', () => {
    const req = base({ guests: [...people, { id: 'ana', name: 'Ana again' }], tables: [5, 4] });
    expect(codes(req)).toEqual(['duplicate_guest']);
    expect(messages(req)[0]).toContain('Guests 1 and 9 share the id "ana"');
  });

  it('reports more guests than seats', () => {
    const req = base({ tables: [4, 3] });
    expect(codes(req)).toEqual(['too_many_guests']);
    expect(messages(req)[0]).toBe(
      'There are 8 guests but only 7 seats. Add a table or seats, or shorten the guest list.',
    );
  });

  it('reports bad tables and rounds', () => {
    expect(codes(base({ tables: [4, 0, 4] }))).toContain('invalid_table');
    expect(codes(base({ tables: [] }))).toContain('invalid_table');
    expect(codes(base({ rounds: 0 }))).toContain('invalid_request');
  });

  it('reports constraints that name unknown guests, tables or rounds', () => {
    const req = base({
      constraints: {
        keepTogether: [{ guests: ['ana', 'zed'], mode: 'always' }],
        keepApart: [{ guests: ['cy', 'yan'] }],
        pinned: [{ guest: 'host', table: 3, rounds: [4] }],
      },
    });
    expect(codes(req)).toEqual(['unknown_guest', 'unknown_guest', 'unknown_table', 'unknown_round']);
    expect(messages(req)[0]).toBe(
      'Keep-together rule 1 names "zed", who is not on the guest list. Check the id\'s spelling or add the guest.',
    );
    expect(messages(req)[1]).toContain('Keep-apart rule 1 names "yan"');
    expect(messages(req)[2]).toContain('Pin 1 puts "host" at table 3, but the tables are numbered 1 to 2.');
  });

  it('reports a keep-together group too big for the largest table', () => {
    const req = base({
      constraints: { keepTogether: [{ guests: ['ana', 'ben', 'cy', 'dee', 'eve'], mode: 'always' }] },
    });
    expect(codes(req)).toEqual(['table_too_small_for_group']);
    expect(messages(req)[0]).toBe(
      'The largest table seats 4 but "Ana", "Ben", "Cy", "Dee" and "Eve" must sit together (keep-together rule 1). Split the group or use a larger table.',
    );
  });

  it('merges overlapping keep-together rules before checking sizes', () => {
    const req = base({
      constraints: {
        keepTogether: [
          { guests: ['ana', 'ben', 'cy'], mode: 'first-round' },
          { guests: ['cy', 'dee', 'eve'], mode: 'first-round' },
        ],
      },
    });
    expect(messages(req)[0]).toContain('(keep-together rules 1, 2)');
  });

  it('reports too many guests pinned to one table, counting their keep-together companions', () => {
    const req = base({
      constraints: {
        keepTogether: [{ guests: ['ana', 'ben'], mode: 'always' }],
        pinned: [
          { guest: 'ana', table: 2 },
          { guest: 'cy', table: 2 },
          { guest: 'dee', table: 2 },
          { guest: 'eve', table: 2, rounds: [2] },
        ],
      },
    });
    expect(codes(req)).toEqual(['too_many_pinned']);
    expect(messages(req)[0]).toBe(
      'Table 2 seats 4 but "Ana" and "Ben" must sit together there with 3 others pinned there in round 2. Move a pin to another table or give table 2 more seats.',
    );
  });

  it('reports a guest pinned to two tables in one round', () => {
    const req = base({
      constraints: {
        pinned: [
          { guest: 'host', table: 1 },
          { guest: 'host', table: 2, rounds: [3] },
        ],
      },
    });
    expect(codes(req)).toEqual(['pinned_twice']);
    expect(messages(req)[0]).toBe(
      '"Host" is pinned to table 1 and to table 2 in round 3. Keep one pin for that round.',
    );
  });

  it('reports the same pair kept together and apart', () => {
    const req = base({
      constraints: {
        keepTogether: [{ guests: ['ana', 'ben'], mode: 'first-round' }],
        keepApart: [{ guests: ['ben', 'ana'] }],
      },
    });
    expect(codes(req)).toEqual(['together_and_apart']);
    expect(messages(req)[0]).toBe(
      '"Ana" and "Ben" must sit together (keep-together rule 1) and apart (keep-apart rule 1). Remove one of the two rules.',
    );
  });

  it('reports kept-apart guests pinned to the same table', () => {
    const req = base({
      constraints: {
        keepApart: [{ guests: ['cy', 'dee'] }],
        pinned: [
          { guest: 'cy', table: 1 },
          { guest: 'dee', table: 1, rounds: [1] },
        ],
      },
    });
    expect(codes(req)).toEqual(['pinned_apart_together']);
    expect(messages(req)[0]).toContain('"Cy" and "Dee" must be kept apart (keep-apart rule 1)');
  });

  it('reports a keep-together group pinned to different tables', () => {
    const req = base({
      constraints: {
        keepTogether: [{ guests: ['ana', 'ben'], mode: 'first-round' }],
        pinned: [
          { guest: 'ana', table: 1 },
          { guest: 'ben', table: 2 },
        ],
      },
    });
    expect(codes(req)).toEqual(['group_pinned_apart']);
    expect(messages(req)[0]).toContain('"Ana" to table 1 and "Ben" to table 2 are pinned in round 1');
  });

  it('reports a keep-apart group larger than the number of tables', () => {
    const req = base({ constraints: { keepApart: [{ guests: ['ana', 'ben', 'cy'] }] } });
    expect(codes(req)).toEqual(['apart_unsatisfiable']);
  });

  it('lists every problem at once', () => {
    const req = base({
      constraints: {
        keepTogether: [{ guests: ['ana', 'ben'], mode: 'always' }],
        keepApart: [{ guests: ['ana', 'ben'] }, { guests: ['cy', 'dee'] }],
        pinned: [
          { guest: 'cy', table: 1 },
          { guest: 'dee', table: 1 },
        ],
      },
    });
    // Rounds 1..3 each break both rules; each distinct message is listed once.
    expect(new Set(codes(req))).toEqual(new Set(['together_and_apart', 'pinned_apart_together']));
  });
});

describe('assertValidRotation', () => {
  it('throws a SeatingError with a stable code and all issues', () => {
    const req = base({ guests: guestsOf(10), tables: [4, 4] });
    try {
      assertValidRotation(req);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeatingError);
      expect((error as SeatingError).code).toBe('too_many_guests');
      expect((error as SeatingError).issues).toHaveLength(1);
    }
  });

  it('counts further problems in the message', () => {
    const req = base({
      constraints: { keepApart: [{ guests: ['x', 'y'] }] },
    });
    expect(() => assertValidRotation(req)).toThrow(/\(and 1 more problem\)$/);
  });
});
