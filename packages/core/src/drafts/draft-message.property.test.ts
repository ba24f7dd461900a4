import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, draftInput } from './draft.arbitraries.ts';
import { DRAFT_KINDS, type DraftInput } from './draft.types.ts';
import { draftMessage } from './draft-message.ts';
import { styleProblems } from './style-rules.ts';

const RUNS = 400;

describe('draftMessage over generated inputs', () => {
  it('never produces broken text, for every kind, channel and mix of missing data', () => {
    fc.assert(
      fc.property(draftInput(), fc.string({ maxLength: 12 }), (input, seed) => {
        const draft = draftMessage(input, seed);
        expect(styleProblems(draft.body), draft.body).toEqual([]);
        if (draft.subject !== null) expect(styleProblems(draft.subject), draft.subject).toEqual([]);
        expect(draft.channel).toBe(input.channel);
        expect(Number.isInteger(draft.variant) && draft.variant >= 0).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('frames each channel as it should be: emails greet, sign off and have a subject; messages and spoken lines do not', () => {
    fc.assert(
      fc.property(draftInput(), fc.string({ maxLength: 12 }), (input, seed) => {
        const draft = draftMessage(input, seed);
        const lines = draft.body.split('\n');
        if (input.channel === 'email') {
          expect(draft.subject).toMatch(/\p{L}/u);
          expect(draft.subject).not.toContain('\n');
          expect(lines[0]).toMatch(/^Hi .+,$/);
          expect(lines[1]).toBe('');
          expect(draft.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
        } else {
          expect(draft.subject).toBeNull();
          if (input.channel === 'message') expect(lines[0]).not.toMatch(/^(?:Hi|Hello|Dear)\b[^.?]*,$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('signs emails with my name when I have one', () => {
    fc.assert(
      fc.property(draftInput({ channel: 'email' }), (input) => {
        const named = { ...input, me: { ...input.me, name: 'Sam Carter' } };
        const lines = draftMessage(named, 'seed').body.split('\n');
        expect(lines[lines.length - 1]).toBe('Sam Carter');
        expect(lines[lines.length - 2]).toMatch(/^[A-Z][a-z ]+,$/);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('gives the same draft for the same input and seed', () => {
    fc.assert(
      fc.property(draftInput(), fc.string({ maxLength: 12 }), (input, seed) => {
        expect(draftMessage(structuredClone(input), seed)).toEqual(draftMessage(input, seed));
      }),
      { numRuns: RUNS },
    );
  });

  it('never passes on anything of the other person but their name and organisation when asking for an introduction', () => {
    fc.assert(
      fc.property(draftInput({ kind: 'introduce_ask' }), (input) => {
        const draft = draftMessage(input, 'seed');
        expect(draft.body).not.toMatch(/@|https?:|\+\d/);
        expect(draft.body).toMatch(/introduc/i);
        expect(draft.body).toMatch(/\?/);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

/** One input with every optional field present, and one with none. */
const FULL: Omit<DraftInput, 'kind' | 'channel'> = {
  me: { name: 'Sam Carter', pitch: "I'm Sam, a product designer at Beta." },
  person: { name: 'Ana Silva', organisation: 'Acme', seniority: 'peer' },
  sharedInterests: ['Board games', 'Python'],
  lastTopic: 'the migration project',
  detail: { text: 'presenting at the board on 14 March', happensOn: '2025-03-14' },
  other: {
    person: { name: 'Ben Ortiz', organisation: 'Gamma', seniority: 'peer' },
    reason: 'You both love climbing',
  },
  item: {
    title: 'The Manager’s Path',
    url: 'https://example.com/path',
    note: 'Good on first-time managers.',
  },
  step: { kind: 'input', topic: 'the migration' },
  offer: 'review your CV',
  decline: { what: "Thursday's dinner", alternative: 'a coffee next week' },
  metAt: 'the Rust meetup',
};
const BARE: Omit<DraftInput, 'kind' | 'channel'> = {
  me: { name: '', pitch: null },
  person: { name: '', organisation: null, seniority: null },
  sharedInterests: [],
  lastTopic: null,
};

describe('messages', () => {
  it('stay short: one to three sentences, with everything known, for every kind, seniority and step', () => {
    const seniorities = ['junior', 'peer', 'senior'] as const;
    const steps = ['input', 'advice', 'story', 'involvement', 'goals', 'progress', 'struggle'] as const;
    for (const kind of DRAFT_KINDS) {
      for (const seniority of seniorities) {
        for (const step of steps) {
          for (let i = 0; i < 20; i++) {
            const input = {
              ...FULL,
              kind,
              channel: 'message' as const,
              step: { kind: step, topic: 'the migration' },
            };
            const draft = draftMessage({ ...input, person: { ...FULL.person, seniority } }, `s${i}`);
            // A shared item sits on its own lines after the message; only the message counts.
            const text = kind === 'share_item' ? (draft.body.split('\n')[0] ?? '') : draft.body;
            const sentences = text.split(/(?<=[.?!])\s+/).filter(Boolean);
            expect(sentences.length, draft.body).toBeLessThanOrEqual(3);
          }
        }
      }
    }
  });
});

describe('variety', () => {
  for (const [label, base] of [
    ['everything known', FULL],
    ['nothing known', BARE],
  ] as const) {
    it(`reaches more than one variant for every kind and channel with ${label}`, () => {
      for (const kind of DRAFT_KINDS) {
        for (const channel of CHANNELS) {
          const variants = new Set<number>();
          const bodies = new Set<string>();
          for (let i = 0; i < 60; i++) {
            const draft = draftMessage({ ...base, kind, channel }, `seed-${i}`);
            variants.add(draft.variant);
            bodies.add(draft.body);
          }
          expect(variants.size, `${kind}/${channel}`).toBeGreaterThan(1);
          expect(bodies.size, `${kind}/${channel}`).toBeGreaterThan(1);
        }
      }
    });
  }
});
