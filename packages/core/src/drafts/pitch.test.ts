import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scribble } from './draft.arbitraries.ts';
import { draftPitch, type PitchProfile } from './pitch.ts';
import { styleProblems } from './style-rules.ts';

const SAM: PitchProfile = {
  name: 'Sam Carter',
  role: 'Product designer',
  organisation: 'Beta',
  work: 'onboarding for small businesses',
  enjoys: ['Climbing', 'Board games', 'Baking', 'Chess'],
  lookingFor: 'a mentor in data engineering',
};

const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter(Boolean);

describe('draftPitch', () => {
  it('says who I am, what I work on and what I enjoy, in two or three plain sentences', () => {
    const pitch = draftPitch(SAM, 'seed');
    expect(pitch.startsWith("I'm Sam, a product designer at Beta.")).toBe(true);
    expect(pitch).toContain('onboarding for small businesses');
    expect(pitch).toContain('climbing, board games and baking');
    expect(pitch).not.toContain('chess');
    expect(pitch).toContain('a mentor in data engineering');
    expect(sentences(pitch).length).toBeGreaterThanOrEqual(2);
    expect(sentences(pitch).length).toBeLessThanOrEqual(3);
  });

  it('shapes work and wishes by how they were written', () => {
    const builder = draftPitch(
      { ...SAM, work: 'build payment systems', lookingFor: 'meet other founders' },
      's',
    );
    expect(builder).toContain('I build payment systems.');
    expect(builder).toContain("I'd like to meet other founders");
    expect(draftPitch({ ...SAM, work: 'I look after our clusters.' }, 's')).toContain(
      'I look after our clusters.',
    );
    expect(draftPitch({ ...SAM, role: 'Head of Data' }, 's')).toContain("I'm Sam, Head of Data at Beta.");
  });

  it('leaves out what is missing', () => {
    expect(
      draftPitch(
        { name: 'Sam', role: null, organisation: 'Beta', work: null, enjoys: [], lookingFor: null },
        's',
      ),
    ).toBe("I'm Sam, and I work at Beta.");
    expect(
      draftPitch({ name: '', role: null, organisation: null, work: null, enjoys: [], lookingFor: null }, 's'),
    ).toBe('Hello, nice to meet you.');
  });

  it('is well formed, at most three sentences and reproducible for any profile', () => {
    const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          name: fc.oneof(scribble, fc.constantFrom('Sam Carter', 'Dr. Priya Nair', '')),
          role: maybe(fc.oneof(scribble, fc.constantFrom('Product designer', 'SRE', 'Head of Data'))),
          organisation: maybe(scribble),
          work: maybe(
            fc.oneof(
              scribble,
              fc.constantFrom('building payment systems', 'Payments infrastructure', 'I teach'),
            ),
          ),
          enjoys: fc.array(fc.oneof(scribble, fc.constantFrom('Board games', 'Python')), { maxLength: 5 }),
          lookingFor: maybe(
            fc.oneof(scribble, fc.constantFrom('to meet other founders', 'learning Rust', 'a mentor')),
          ),
        }),
        fc.string({ maxLength: 8 }),
        (profile, seed) => {
          const pitch = draftPitch(profile, seed);
          expect(styleProblems(pitch), pitch).toEqual([]);
          expect(draftPitch(profile, seed)).toBe(pitch);
        },
      ),
    );
  });
});
