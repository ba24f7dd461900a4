import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from './contact-record.ts';
import { parseVCards } from './vcard.parse.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Builds a file from card lines, with the given line ends. */
const vcf = (lines: string[], eol = '\r\n') => lines.join(eol) + eol;

function only(text: string): ContactRecord {
  const result = parseVCards(text);
  expect(result.problems).toEqual([]);
  expect(result.records).toHaveLength(1);
  return result.records[0] as ContactRecord;
}

describe('parseVCards: vCard 2.1 from Android and Outlook', () => {
  const { records, problems } = parseVCards(fixture('android-2.1.vcf'));

  it('decodes quoted-printable UTF-8 across soft line breaks', () => {
    expect(problems).toEqual([]);
    const helene = records[0] as ContactRecord;
    expect(helene.name).toBe('Hélène Lévesque');
    expect(helene.organisation).toBe('Société des Vélos Urbains');
    expect(helene.team).toBe('Réseaux');
    expect(helene.role).toBe('Cheffe de projet');
    expect(helene.notes).toBe(
      "Rencontrée au salon VivaTech — parle de son projet de vélo-cargo.\nÀ relancer après l'été.",
    );
  });

  it('reads bare 2.1 parameters as labels', () => {
    const helene = records[0] as ContactRecord;
    expect(helene.phones).toEqual([
      { value: '+33 6 12 34 56 78', label: 'mobile' },
      { value: '+33 1 23 45 67 89', label: 'work' },
      { value: '+33 6 98 76 54 32', label: 'bateau' },
    ]);
    expect(helene.emails).toEqual([{ value: 'helene.levesque@example.fr', label: 'home' }]);
    expect(records[1]?.phones).toEqual([{ value: '+234 803 555 0199', label: 'mobile' }]);
  });

  it('turns a folded BASE64 photo into a data URI', () => {
    const photo = records[0]?.photo ?? '';
    expect(photo).toMatch(/^data:image\/jpeg;base64,\/9j\/4AAQ[A-Za-z0-9+/]+=*$/);
    const bytes = Buffer.from(photo.split(',')[1] ?? '', 'base64');
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('builds the name from N when there is no FN, and reads 8-digit birthdays', () => {
    expect(records[1]).toMatchObject({ line: 23, index: 2, name: 'Chidi Okafor', birthday: '1990-07-18' });
  });

  it('decodes ISO-8859-1 quoted-printable (Outlook, old Nokia)', () => {
    const jurgen = records[2] as ContactRecord;
    expect(jurgen.name).toBe('Dr. Jürgen Müller');
    expect(jurgen.role).toBe('Leiter Großkunden');
    expect(jurgen.notes).toBe('Trifft sich gern zum Mittagessen.\nBevorzugt E-Mail statt Anruf.');
    expect(jurgen.phones.map((p) => p.label)).toEqual(['work', 'mobile', 'fax']);
    expect(jurgen.emails).toEqual([{ value: 'j.mueller@brauerei-schmidt.example' }]);
    expect(jurgen.birthday).toBe('1972-08-30');
  });
});

describe('parseVCards: iOS / macOS export', () => {
  const { records, problems } = parseVCards(fixture('ios.vcf'));

  it('labels grouped properties with their X-ABLabel, custom or built-in', () => {
    expect(problems).toEqual([]);
    const yuki = records[0] as ContactRecord;
    expect(yuki.emails).toEqual([
      { value: 'yuki@lumen.example', label: 'work' },
      { value: 'yuki.climbs@mail.example', label: 'book club' },
    ]);
    expect(yuki.phones).toEqual([
      { value: '+81 90-1234-5678', label: 'mobile' },
      { value: '+81 3-1234-5678', label: 'other' },
    ]);
    expect(yuki.links).toEqual([
      { value: 'https://yuki.example', label: 'homepage' },
      { value: 'http://www.linkedin.com/in/yukitanaka', label: 'linkedin' },
      { value: 'http://twitter.com/yuki_t', label: 'twitter' },
    ]);
  });

  it('reads the year-less birthday and the rest of the card', () => {
    expect(records[0]).toMatchObject({
      name: 'Yuki Tanaka',
      organisation: 'Lumen Analytics',
      team: 'Data Platform',
      role: 'Staff Engineer',
      birthday: '--11-03',
      notes: 'Met at PyCon JP 2023.\nLoves bouldering, asked about our Kafka setup.',
      tags: ['Conference', 'Data'],
    });
    expect(records[0]?.photo).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(records[2]).toMatchObject({ name: 'Inês Ferreira 🌿', birthday: '--02-29' });
  });

  it('applies a group label written before its property', () => {
    expect(records[1]).toMatchObject({
      name: 'Bright Path Coaching',
      organisation: 'Bright Path Coaching',
      phones: [{ value: '+1 (415) 555-0142', label: 'front desk' }],
    });
    expect(records[1]?.team).toBeUndefined();
  });
});

describe('parseVCards: Google Contacts vCard 3.0 export', () => {
  const { records, problems } = parseVCards(fixture('google-contacts.vcf'));

  it('reads the cards, unescapes URLs and drops Google system groups', () => {
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      name: 'Priya Raman',
      organisation: 'Quillwork',
      role: 'Head of Design',
      birthday: '--09-14',
      links: [{ value: 'https://priya.design.example', label: 'portfolio' }],
      tags: ['Design'],
      notes: 'Introduced by Sam at the Design Systems meetup.\nAsk about the type foundry visit.',
    });
    expect(records[0]?.emails.map((e) => e.label)).toEqual(['home', 'work']);
    expect(records[1]).toMatchObject({
      name: 'Marco De Luca',
      team: 'Ricerca e Sviluppo',
      tags: [],
      photo: 'https://lh3.googleusercontent.example/contacts/abc123',
    });
  });
});

describe('parseVCards: line ends and byte-order mark', () => {
  const expected = [
    { line: 1, index: 1, name: 'Åsa Lindqvist' },
    { line: 10, index: 2, name: 'Tomás Ó Briain' },
  ];

  it('reads a file with a BOM and CRLF', () => {
    const text = fixture('bom-crlf.vcf');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const { records, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(records).toMatchObject(expected);
    expect(records[0]?.emails).toEqual([{ value: 'asa.lindqvist@nordljus.example', label: 'work' }]);
  });

  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads the same file with %s line ends', (_, eol) => {
    const text = fixture('bom-crlf.vcf').replace(/\r\n/g, eol);
    expect(parseVCards(text).records).toMatchObject(expected);
  });
});

describe('parseVCards: broken cards', () => {
  const { records, problems } = parseVCards(fixture('broken.vcf'));

  it('keeps the good cards', () => {
    expect(records.map((r) => [r.index, r.line, r.name])).toEqual([
      [1, 3, 'Grace Adeyemi'],
      [3, 13, 'Noah Fischer'],
      [6, 28, 'Beatriz Silva'],
    ]);
  });

  it('reports each bad card with its line and what to do', () => {
    expect(problems).toEqual([
      { line: 8, index: 2, message: 'Card 2 (line 8) has no name: add an FN or N line.' },
      {
        line: 22,
        index: 4,
        label: 'Lena Park',
        message:
          'Card 4 (line 18): line 22 is not a vCard property ("bring the slides"). Each line of a card needs a name and a colon, like "NOTE:your text"; fix or delete that line.',
      },
      {
        line: 24,
        index: 5,
        label: 'Omar Haddad',
        message:
          'Card 5 (line 24) has no END:VCARD before the next card starts on line 28: add END:VCARD at the end of the card.',
      },
    ]);
  });

  it('reports a card cut off at the end of the file', () => {
    const result = parseVCards(
      vcf(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ana', 'END:VCARD', 'BEGIN:VCARD', 'FN:Ben']),
    );
    expect(result.records).toHaveLength(1);
    expect(result.problems).toEqual([
      {
        line: 5,
        index: 2,
        label: 'Ben',
        message:
          'Card 2 (line 5) has no END:VCARD: the file may be cut short. Add END:VCARD after its last line, or export the file again.',
      },
    ]);
  });

  it('reports a file without any card once, and accepts an empty one', () => {
    expect(parseVCards('Name,Email\nAna,ana@example.com\n').problems).toEqual([
      {
        line: 1,
        index: 0,
        message:
          'No vCard found: the file has no BEGIN:VCARD line. Export the contacts as a vCard (.vcf) file.',
      },
    ]);
    expect(parseVCards('')).toEqual({ records: [], problems: [] });
    expect(parseVCards('\r\n\r\n')).toEqual({ records: [], problems: [] });
  });
});

describe('parseVCards: details', () => {
  it('reads every TYPE style and prefers the most telling label', () => {
    const card = only(
      vcf([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Types',
        'TEL;TYPE=work,voice:1',
        'TEL;TYPE=WORK;TYPE=CELL:2',
        'TEL;type=HOME;type=FAX:3',
        'TEL;TYPE=pref:4',
        'TEL;TYPE="x-Boat":5',
        'EMAIL;TYPE=INTERNET,PREF:a@example.com',
        'END:VCARD',
      ]),
    );
    expect(card.phones).toEqual([
      { value: '1', label: 'work' },
      { value: '2', label: 'mobile' },
      { value: '3', label: 'fax' },
      { value: '4' },
      { value: '5', label: 'boat' },
    ]);
    expect(card.emails).toEqual([{ value: 'a@example.com' }]);
  });

  it('reads every common birthday form', () => {
    const birthday = (line: string) =>
      only(vcf(['BEGIN:VCARD', 'VERSION:3.0', 'FN:B', line, 'END:VCARD'])).birthday;
    expect(birthday('BDAY:1985-04-12')).toBe('1985-04-12');
    expect(birthday('BDAY:19850412')).toBe('1985-04-12');
    expect(birthday('BDAY:--0412')).toBe('--04-12');
    expect(birthday('BDAY:--04-12')).toBe('--04-12');
    expect(birthday('BDAY:1604-04-12')).toBe('--04-12');
    expect(birthday('BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12')).toBe('--04-12');
    expect(birthday('BDAY;VALUE=date:1985-04-12T00:00:00Z')).toBe('1985-04-12');
    expect(birthday('BDAY:1985')).toBeUndefined();
  });

  it('unescapes \\, \\; \\n and \\\\ in 3.0 text, and splits only on unescaped separators', () => {
    const card = only(
      vcard30([
        'FN:Doe\\, Jane \\\\ Co',
        'ORG:Smith\\; Sons;R\\&D',
        'NOTE:one\\ntwo\\Nthree',
        'CATEGORIES:a\\,b,c',
      ]),
    );
    expect(card.name).toBe('Doe, Jane \\ Co');
    expect(card.organisation).toBe('Smith; Sons');
    expect(card.team).toBe('R\\&D');
    expect(card.notes).toBe('one\ntwo\nthree');
    expect(card.tags).toEqual(['a,b', 'c']);
  });

  it('keeps backslashes in 2.1 text, where Android does not escape them', () => {
    const card = only(
      vcf(['BEGIN:VCARD', 'VERSION:2.1', 'FN:Ana', 'NOTE:C:\\new\\notes\\; ok', 'END:VCARD']),
    );
    expect(card.notes).toBe('C:\\new\\notes; ok');
  });

  it('unfolds lines continued with a tab', () => {
    expect(only(vcard30(['FN:Anna Ka', '\trenina'])).name).toBe('Anna Karenina');
  });

  it('falls back to NICKNAME, ORG or EMAIL for the name', () => {
    expect(only(vcard30(['NICKNAME:Robbie,Rob'])).name).toBe('Robbie');
    expect(only(vcard30(['N:;;;;', 'ORG:Acme'])).name).toBe('Acme');
    expect(only(vcard30(['EMAIL:solo@example.com'])).name).toBe('solo@example.com');
  });

  it('reads grouped properties whatever the group case, and mailto: e-mails', () => {
    const card = only(vcard30(['FN:Card', 'ITEM1.EMAIL:mailto:x@example.com', 'item1.X-ABLabel:Club']));
    expect(card.emails).toEqual([{ value: 'x@example.com', label: 'club' }]);
  });

  it('reads PHOTO by URL in every version, and a PNG in base64', () => {
    expect(
      only(vcf(['BEGIN:VCARD', 'VERSION:2.1', 'FN:P', 'PHOTO;VALUE=URL:http://x.example/p.jpg', 'END:VCARD']))
        .photo,
    ).toBe('http://x.example/p.jpg');
    expect(only(vcard30(['FN:Card', 'PHOTO;VALUE=uri:https://x.example/p.jpg'])).photo).toBe(
      'https://x.example/p.jpg',
    );
    expect(only(vcard30(['FN:Card', 'PHOTO;ENCODING=b;TYPE=PNG:iVBORw0K', ' GgoAAAA'])).photo).toBe(
      'data:image/png;base64,iVBORw0KGgoAAAA',
    );
  });

  it('decodes a base64 text value and accepts unindented 2.1 base64 lines', () => {
    const name = Buffer.from('Zoë', 'utf8').toString('base64');
    const structured = Buffer.from('Ødegaard;Zoë;;;', 'utf8').toString('base64');
    expect(only(vcard30([`N;ENCODING=B;CHARSET=UTF-8:${structured}`])).name).toBe('Zoë Ødegaard');
    const card = only(
      vcf([
        'BEGIN:VCARD',
        'VERSION:2.1',
        `FN;ENCODING=BASE64;CHARSET=UTF-8:${name}`,
        'PHOTO;ENCODING=BASE64;JPEG:/9j/',
        '4AAQ',
        '',
        'END:VCARD',
      ]),
    );
    expect(card.name).toBe('Zoë');
    expect(card.photo).toBe('data:image/jpeg;base64,/9j/4AAQ');
  });

  it('reads IMPP as a link and ignores ADR and unknown X- properties', () => {
    const card = only(
      vcard30([
        'FN:Card',
        'X-FOO;BAR=baz:whatever',
        'ADR:;;1 Main St;Town;;;',
        'IMPP;X-SERVICE-TYPE=Skype:skype:ana.k',
      ]),
    );
    expect(card.links).toEqual([{ value: 'skype:ana.k', label: 'skype' }]);
  });

  it('ignores case in BEGIN/END and stray text between cards', () => {
    const { records } = parseVCards('hello\nbegin:vcard\nfn:Ana\nend:vcard\nbye\nEND:VCARD\n');
    expect(records).toMatchObject([{ line: 2, index: 1, name: 'Ana' }]);
  });
});

/** One vCard 3.0 around `lines`. */
function vcard30(lines: string[]): string {
  return vcf(['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD']);
}
