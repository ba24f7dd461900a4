import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSystemGroup } from './contact-label.ts';
import type { LabelledValue } from './contact-record.ts';
import { parseVCards } from './vcard.parse.ts';
import { type WritableContact, writeVCards } from './vcard.write.ts';

const base: WritableContact = { name: '', emails: [], phones: [], links: [], tags: [] };

/** Physical lines of a written file, without the final empty string after the last CRLF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

function roundTrip(contacts: WritableContact[]) {
  const { records, problems } = parseVCards(writeVCards(contacts));
  expect(problems).toEqual([]);
  return records.map(({ line: _line, index: _index, ...rest }) => rest);
}

describe('writeVCards', () => {
  it('writes a vCard 3.0 card with every field', () => {
    const text = writeVCards([
      {
        name: 'Amara Okafor',
        organisation: 'Northwind, Inc.',
        team: 'Product',
        role: 'PM',
        emails: [{ value: 'amara@northwind.example', label: 'work' }, { value: 'a@home.example' }],
        phones: [
          { value: '+44 7700 900123', label: 'mobile' },
          { value: '+44 20 7946 0018', label: 'studio' },
        ],
        links: [{ value: 'https://www.linkedin.com/in/amara', label: 'linkedin' }],
        birthday: '--04-12',
        notes: 'Likes hiking; met at a meetup.\nFollow up in May.',
        tags: ['Hiking', 'Product, Design'],
        photo: 'data:image/jpeg;base64,/9j/4AAQ',
      },
    ]);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Amara Okafor',
      'N:Okafor;Amara;;;',
      'ORG:Northwind\\, Inc.;Product',
      'TITLE:PM',
      'EMAIL;TYPE=INTERNET,WORK:amara@northwind.example',
      'EMAIL;TYPE=INTERNET:a@home.example',
      'TEL;TYPE=CELL:+44 7700 900123',
      'item1.TEL:+44 20 7946 0018',
      'item1.X-ABLabel:studio',
      'item2.URL:https://www.linkedin.com/in/amara',
      'item2.X-ABLabel:linkedin',
      'BDAY:--04-12',
      'NOTE:Likes hiking\\; met at a meetup.\\nFollow up in May.',
      'CATEGORIES:Hiking,Product\\, Design',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ',
      'END:VCARD',
      '',
    ]);
  });

  it('writes nothing for no contacts, and a photo URL as VALUE=uri', () => {
    expect(writeVCards([])).toBe('');
    expect(writeVCards([{ ...base, name: 'P', photo: 'https://x.example/p.jpg' }])).toContain(
      'PHOTO;VALUE=uri:https://x.example/p.jpg\r\n',
    );
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const notes = `${'é'.repeat(50)} ${'😀'.repeat(40)} ${'a'.repeat(200)} 日本語のメモ`.repeat(3);
    const text = writeVCards([{ ...base, name: 'Fold', notes }]);
    const lines = physicalLines(text);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive a UTF-8 round trip.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(text.replace(/\r\n /g, '')).toContain(`NOTE:${notes}`);
  });

  it('round-trips names with commas, semicolons, newlines, accents and emoji', () => {
    const contacts: WritableContact[] = [
      { ...base, name: 'King, Jr.; Martin', notes: 'line one\nline two\\three', tags: ['a,b', 'c;d'] },
      { ...base, name: 'Zoë Ødegaard-Nakamura 🌿', organisation: 'Société; Générale', team: 'R&D, Labs' },
      { ...base, name: '李小龍', role: 'Director\nof "things"', birthday: '1940-11-27' },
      {
        ...base,
        name: 'Channels',
        emails: [
          { value: 'w@example.com', label: 'work' },
          { value: 'x@example.com', label: 'other' },
          { value: 'y@example.com' },
        ],
        phones: [
          { value: '+1 555 0100', label: 'mobile' },
          { value: '+1 555 0101', label: 'fax' },
          { value: '+1 555 0102', label: 'book club' },
        ],
        links: [
          { value: 'https://example.com/a,b;c', label: 'home' },
          { value: 'https://example.com/x', label: 'linkedin' },
        ],
        birthday: '--02-29',
        photo: `data:image/png;base64,${Buffer.from('not really a png but bytes').toString('base64')}`,
      },
      { ...base, name: 'Only Team', team: 'Platform' },
      { ...base, name: 'Met', metOn: '2024-02-03', metHow: 'LinkedIn connection; then coffee' },
    ];
    expect(roundTrip(contacts)).toEqual(contacts);
  });

  it('round-trips arbitrary text (property)', () => {
    // Printable graphemes plus the characters vCard must escape, fold or encode.
    const unit = fc.oneof(
      fc.constantFrom('\n', '\r\n', ',', ';', ':', '\\', '"', '=', ' ', '\t', 'é', '😀', '👩‍👩‍👧'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const text = fc
      .string({ unit, minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/\r\n?/g, '\n').trim())
      .filter((s) => s !== '');
    const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
    const label = fc.constantFrom(undefined, 'work', 'home', 'mobile', 'fax', 'pager', 'other', 'book club');
    const channel = (value: fc.Arbitrary<string>) =>
      fc.array(
        fc
          .record({ value, label })
          .map(({ value: v, label: l }): LabelledValue => (l ? { value: v, label: l } : { value: v })),
        { maxLength: 3 },
      );
    const contact = fc
      .record({
        name: text,
        organisation: maybe(text),
        team: maybe(text),
        role: maybe(text),
        notes: maybe(text),
        birthday: maybe(fc.constantFrom('1985-04-12', '--12-31', '2000-02-29')),
        metOn: maybe(fc.constantFrom('2024-02-03', '1999-12-31')),
        metHow: maybe(text),
        emails: channel(text),
        phones: channel(fc.stringMatching(/^\+?[0-9][0-9 ()-]{2,15}[0-9]$/)),
        links: channel(text),
        tags: fc.uniqueArray(
          text.filter((t) => !isSystemGroup(t)),
          { maxLength: 4 },
        ),
      })
      .map((raw) => {
        const out: WritableContact = {
          name: raw.name,
          emails: raw.emails,
          phones: raw.phones,
          links: raw.links,
          tags: raw.tags,
        };
        for (const key of ['organisation', 'team', 'role', 'notes', 'birthday', 'metOn', 'metHow'] as const) {
          if (raw[key] !== undefined) out[key] = raw[key];
        }
        return out;
      });
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 3 }), (contacts) => {
        expect(roundTrip(contacts)).toEqual(contacts);
      }),
      { numRuns: 300 },
    );
  });
});
