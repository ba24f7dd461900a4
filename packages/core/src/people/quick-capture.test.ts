import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuickCapture, QUICK_CAPTURE_CONNECTORS, type QuickCapture } from './quick-capture.ts';

describe('parseQuickCapture', () => {
  it.each<[string, QuickCapture]>([
    [
      'met Sam at the design review, training for a marathon',
      { name: 'Sam', metAt: 'the design review', detail: 'training for a marathon' },
    ],
    [
      'Sam Lee from Acme — moving to Lisbon in May',
      { name: 'Sam Lee', organisation: 'Acme', detail: 'moving to Lisbon in May' },
    ],
    [
      'coffee with Priya: her daughter starts school Monday',
      { name: 'Priya', metHow: 'coffee', detail: 'her daughter starts school Monday' },
    ],
    [
      'Jo (design review) loves bouldering',
      { name: 'Jo', metAt: 'design review', detail: 'loves bouldering' },
    ],
    ['Sam Rivera: ran the marathon in 3:40', { name: 'Sam Rivera', detail: 'ran the marathon in 3:40' }],
    ['Sam Rivera', { name: 'Sam Rivera' }],
    ['Met Ana de Souza at PyCon', { name: 'Ana de Souza', metAt: 'PyCon' }],
    [
      'I just met Jean-Luc O’Brien at the offsite. Loves chess',
      { name: 'Jean-Luc O’Brien', metAt: 'the offsite', detail: 'Loves chess' },
    ],
    [
      'had a video call with Kenji Sato from Globex, at the DevOps meetup - asked about hiring',
      {
        name: 'Kenji Sato',
        metHow: 'video call',
        organisation: 'Globex',
        metAt: 'the DevOps meetup',
        detail: 'asked about hiring',
      },
    ],
    [
      'Mia who works at Initech, presenting to the board on Friday',
      { name: 'Mia', organisation: 'Initech', detail: 'presenting to the board on Friday' },
    ],
    ['Sam Rivera ran the marathon', { name: 'Sam Rivera', detail: 'ran the marathon' }],
    ['met sam at the design review', { name: 'sam', metAt: 'the design review' }],
    ['jo loves bouldering', { name: 'jo', detail: 'loves bouldering' }],
    ['sam lee', { name: 'sam lee' }],
    ['lunch with Tom.', { name: 'Tom', metHow: 'lunch' }],
    ['met J. Smith from St. Mary’s', { name: 'J. Smith', organisation: 'St. Mary’s' }],
  ])('reads “%s”', (text, expected) => {
    expect(parseQuickCapture(text)).toEqual(expected);
  });

  it('keeps a long run after “at” as the detail, not a place', () => {
    expect(parseQuickCapture('Priya — at her new job she leads the whole platform team')).toEqual({
      name: 'Priya',
      detail: 'at her new job she leads the whole platform team',
    });
  });

  it('reads nothing into what follows a colon', () => {
    expect(parseQuickCapture('Ana: back from Lisbon, at the new office now')).toEqual({
      name: 'Ana',
      detail: 'back from Lisbon, at the new office now',
    });
  });

  it('keeps a second parenthesis as detail', () => {
    expect(parseQuickCapture('Jo (design review) at the pub (Tuesday)')).toEqual({
      name: 'Jo',
      metAt: 'design review',
      detail: 'at the pub (Tuesday)',
    });
  });

  it('takes the whole line as the name when no name stands out', () => {
    expect(parseQuickCapture('— (?)')).toEqual({ name: '— (?)' });
    expect(parseQuickCapture('met')).toEqual({ name: 'met' });
    expect(parseQuickCapture('   ')).toEqual({ name: '' });
  });

  const words = fc.constantFrom(
    'met',
    'Sam',
    'Lee',
    'sam',
    'de',
    'from',
    'at',
    'Acme',
    'the',
    'review',
    'coffee',
    'with',
    'works',
    'who',
    'loves',
    'bouldering',
    '3:40',
    'O’Brien',
    'J.',
    'Jo.',
  );
  const separators = fc.constantFrom(
    ' ',
    ' ',
    ' ',
    ', ',
    ': ',
    ' — ',
    ' - ',
    ' (',
    ') ',
    '; ',
    '–',
    '(',
    ')',
  );
  const phrase = fc
    .array(fc.tuple(words, separators), { maxLength: 14 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  const anyText = fc.oneof(phrase, fc.string(), fc.string({ unit: 'grapheme' }));

  const wordsOf = (text: string) =>
    text
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter(Boolean);

  it('never throws, and gives a name for any text with something in it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = parseQuickCapture(text);
        if (text.trim()) expect(read.name.trim()).not.toBe('');
        for (const value of [read.metAt, read.metHow, read.organisation, read.detail]) {
          if (value !== undefined) expect(value.trim()).not.toBe('');
        }
      }),
    );
  });

  it('loses no word: each is in the name or a field, or is a connecting word', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = parseQuickCapture(text);
        const kept = [read.name, read.metAt, read.metHow, read.organisation, read.detail]
          .filter(Boolean)
          .join(' ')
          .replace(/[^\p{L}\p{N}]/gu, '')
          .toLowerCase();
        for (const word of wordsOf(text)) {
          const lower = word.toLowerCase();
          if (QUICK_CAPTURE_CONNECTORS.has(lower)) continue;
          expect(kept).toContain(lower);
        }
      }),
    );
  });

  it('puts the name first: it is where the line (after an opening) begins', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const read = parseQuickCapture(text);
        expect(text.replace(/\s+/g, ' ')).toContain(read.name);
      }),
    );
  });
});
