import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scribble } from './draft.arbitraries.ts';
import { draftOpeners, type OpenersInput } from './openers.ts';
import { styleProblems } from './style-rules.ts';

const ANA: OpenersInput = {
  person: { name: 'Ana Silva', organisation: 'Acme', seniority: null },
  sharedInterests: ['Board games', 'Python'],
  theirRole: 'Data engineer',
  myGoal: 'learn more about data engineering',
  eventName: 'the Leeds Data Meetup',
};

describe('draftOpeners', () => {
  it('starts with what you share, your goal and their role', () => {
    const [interest, goal, role] = draftOpeners(ANA, 'seed');
    expect(interest).toContain('board games');
    expect(goal).toContain("I'm hoping to learn more about data engineering.");
    expect(role).toContain('data engineer');
  });

  it('uses the organisation and the event when less is known', () => {
    const openers = draftOpeners({ ...ANA, sharedInterests: [], theirRole: null, myGoal: null }, 'seed');
    expect(openers[0]).toContain('Acme');
    expect(openers[1]).toContain('the Leeds Data Meetup');
    expect(openers).toHaveLength(3);
  });

  it('falls back to warm generic openers when nothing is known', () => {
    const openers = draftOpeners(
      {
        person: { name: '', organisation: null, seniority: null },
        sharedInterests: [],
        theirRole: null,
        myGoal: null,
        eventName: '',
      },
      'seed',
    );
    expect(openers).toHaveLength(3);
    expect(new Set(openers).size).toBe(3);
  });

  it('shapes the goal by how it was written', () => {
    const noun = draftOpeners({ ...ANA, myGoal: 'a new role in product' }, 's')[1];
    expect(noun).toMatch(/^I'm looking for a new role in product\./);
    const gerund = draftOpeners({ ...ANA, myGoal: 'moving into product management' }, 's')[1];
    expect(gerund).toMatch(/^I'm thinking about moving into product management\./);
  });

  it('gives distinct, well-formed openers for any input, reproducibly', () => {
    const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          person: fc.record({ name: scribble, organisation: maybe(scribble), seniority: fc.constant(null) }),
          sharedInterests: fc.array(scribble, { maxLength: 3 }),
          theirRole: maybe(scribble),
          myGoal: maybe(scribble),
          eventName: scribble,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.string({ maxLength: 8 }),
        (input, count, seed) => {
          const openers = draftOpeners(input, seed, count);
          expect(openers.length).toBe(count);
          expect(new Set(openers).size).toBe(openers.length);
          for (const line of openers) expect(styleProblems(line), line).toEqual([]);
          expect(draftOpeners(input, seed, count)).toEqual(openers);
        },
      ),
    );
  });
});
