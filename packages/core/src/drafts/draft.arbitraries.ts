/**
 * fast-check generators for draft inputs, shared by the property tests. Values mix the
 * phrasings people really type (titles, "Surname, Given", trailing full stops, notes
 * about "her") with blanks, stray spaces and missing fields, because the drafts must
 * read well for all of them.
 */
import fc from 'fast-check';
import { SENIORITIES } from '../ladder/stages.ts';
import { DRAFT_KINDS, type DraftChannel, type DraftInput, type DraftPerson } from './draft.types.ts';

export const CHANNELS: readonly DraftChannel[] = ['message', 'email', 'in_person'];

/** Free text of the kind a hurried person types: letters, spaces and a little punctuation. */
export const scribble = fc.stringMatching(/^[A-Za-zé' .,?!-]{0,24}$/);

const text = (pool: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: scribble });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const NAMES = [
  'Ana Silva',
  'Dr. Ana Silva',
  'Silva, Ana',
  'ben',
  'BEN ORTIZ',
  '  Chloé   Dubois ',
  'Mx Sam Lee',
  '',
  '   ',
  'Dr.',
  'J. Smith',
  "Siobhan O'Brien",
  'Robert "Bob" Smith',
  'Ana Silva (Acme)',
  'Ng',
];

const person: fc.Arbitrary<DraftPerson> = fc.record(
  {
    name: text(NAMES),
    firstName: fc.constantFrom(undefined, '', 'Annie', '  '),
    organisation: maybe(text(['Acme', 'the NHS', '  Beta Ltd. ', 'undefined', ''])),
    seniority: fc.constantFrom(null, ...SENIORITIES),
  },
  { requiredKeys: ['name', 'organisation', 'seniority'] },
);

const DETAILS = [
  'presenting at the board on 14 March',
  'training for a half marathon',
  'moving to Lisbon',
  'got promoted to staff engineer',
  'the board presentation',
  'Board presentation.',
  'She is running the London marathon.',
  "her daughter's wedding",
  'launch of the new app',
  'exams',
  'just got promoted',
  'she loves climbing',
  'talk at PyCon',
  'wedding in June',
  'present at the board',
  'surgery on Tuesday',
  'delivered the keynote',
  '',
  '   ',
];

export const draftInput = (overrides: { kind?: DraftInput['kind']; channel?: DraftChannel } = {}) =>
  fc.record(
    {
      kind: overrides.kind ? fc.constant(overrides.kind) : fc.constantFrom(...DRAFT_KINDS),
      channel: overrides.channel ? fc.constant(overrides.channel) : fc.constantFrom(...CHANNELS),
      me: fc.record({
        name: text(['Sam Carter', '', 'sam', 'Dr. Priya Nair']),
        pitch: maybe(text(["I'm Sam, a designer at Beta.", 'designer at Beta', ''])),
      }),
      person,
      sharedInterests: fc.subarray([
        'Board games',
        'Python',
        'Climbing',
        'Go (board game)',
        'iOS development',
        '  ',
        '',
        'Sourdough baking',
      ]),
      lastTopic: maybe(
        text([
          'the migration project',
          'her new team',
          'Rust',
          'hiking in the Alps',
          'his move to Berlin.',
          'career change',
          '  ',
        ]),
      ),
      detail: fc.record({ text: text(DETAILS), happensOn: fc.constantFrom(null, '2025-03-14') }),
      other: fc.record({
        person,
        reason: text([
          'they know about hiring data engineers',
          'they are looking for help with Rust',
          'You both love climbing',
          'Shared interest in climbing',
          '',
          'Ben has led two migrations.',
        ]),
      }),
      item: fc.record({
        title: text(['The Manager’s Path', 'Is Agile dead?', '"Quoted title"', '', 'a lowercase title']),
        url: maybe(
          fc.constantFrom(
            '',
            'https://example.com/a',
            'www.example.org/b?x=1',
            'example.com/c',
            'not a url',
            'undefined',
          ),
        ),
        note: maybe(text(['good chapter on first-time managers', 'Read the part on queues.', ''])),
      }),
      step: fc.record({
        kind: fc.constantFrom('input', 'advice', 'story', 'involvement', 'goals', 'progress', 'struggle'),
        topic: maybe(
          text([
            'the migration',
            'ask how you approached the migration',
            'Rust',
            'her career change',
            'career moves',
            '',
          ]),
        ),
      }),
      offer: fc.constantFrom(
        undefined,
        null,
        '',
        'an intro to someone in data engineering',
        'review your CV',
        'to proofread her talk',
        'help with the hiring loop',
        'the slides from my talk',
        'reviewing your design doc',
      ),
      decline: fc.record({
        what: text([
          "Thursday's dinner",
          'speaking at the meetup',
          'speak at the meetup',
          'the offsite',
          '',
          'your party',
        ]),
        alternative: maybe(
          text([
            '',
            'a coffee next week',
            'grab a coffee next week',
            'call on Monday',
            'lunch in May',
            'meeting up next month',
          ]),
        ),
      }),
      metAt: maybe(text(['', 'the Rust meetup', 'at PyCon', 'Leeds'])),
    },
    { requiredKeys: ['kind', 'channel', 'me', 'person', 'sharedInterests', 'lastTopic'] },
  ) as fc.Arbitrary<DraftInput>;
