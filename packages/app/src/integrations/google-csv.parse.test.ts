import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoogleContactsCsv } from './google-csv.parse.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseGoogleContactsCsv: current export', () => {
  const { records, problems } = parseGoogleContactsCsv(fixture('google-contacts.csv'));

  it('reads names, organisation, birthday, notes and labels', () => {
    expect(records.map((r) => [r.index, r.line, r.name])).toEqual([
      [1, 2, 'Priya Raman'],
      [2, 5, 'Dr. Marco Giuseppe De Luca'],
      [3, 6, 'Bright Path Coaching'],
      [5, 8, 'Zoë Kowalczyk-Nakamura'],
    ]);
    expect(records[0]).toEqual({
      line: 2,
      index: 1,
      name: 'Priya Raman',
      organisation: 'Quillwork',
      team: 'Brand',
      role: 'Head of Design',
      birthday: '1985-04-12',
      notes: 'Met at the Design Systems meetup.\nAsk about the type foundry visit.',
      emails: [
        { value: 'priya@quillwork.example', label: 'work' },
        { value: 'priya.raman@quillwork.example', label: 'work' },
        { value: 'priya.raman@gmail.example', label: 'home' },
      ],
      phones: [{ value: '+44 7700 900123', label: 'mobile' }],
      links: [{ value: 'https://priya.design.example', label: 'portfolio' }],
      tags: ['Friends', 'Design'],
    });
  });

  it('splits ::: lists, drops system labels and reads year-less birthdays', () => {
    expect(records[1]).toMatchObject({
      organisation: 'Officine Rossi, S.p.A.',
      birthday: '--09-14',
      tags: [],
      photo: 'https://lh3.googleusercontent.example/contacts/abc123',
      phones: [
        { value: '+39 02 555 0101', label: 'work' },
        { value: '+39 02 555 0102', label: 'work' },
        { value: '+39 347 555 0101', label: 'mobile' },
      ],
    });
    expect(records[3]).toMatchObject({ tags: ['Book club'], emails: [{ value: 'zoe@kn.example' }] });
    expect(records[3]?.birthday).toBeUndefined();
  });

  it('reports a row with nothing to call the person by', () => {
    expect(problems).toEqual([
      {
        line: 7,
        index: 4,
        message:
          'Row 4 (line 7) has no name, company or e-mail: add a First Name or Last Name, or delete the row.',
      },
    ]);
  });
});

describe('parseGoogleContactsCsv: older "Google CSV" export', () => {
  const { records, problems } = parseGoogleContactsCsv(fixture('google-contacts-legacy.csv'));

  it('reads the Name, Type and Organization 1 columns and Group Membership', () => {
    expect(records[0]).toEqual({
      line: 2,
      index: 1,
      name: 'Hélène Lévesque',
      organisation: 'Société des Vélos Urbains',
      team: 'Réseaux',
      role: 'Cheffe de projet',
      birthday: '1985-04-12',
      notes: 'Rencontrée au salon VivaTech.',
      emails: [{ value: 'helene.levesque@example.fr', label: 'home' }],
      phones: [{ value: '+33 6 12 34 56 78', label: 'mobile' }],
      links: [{ value: 'https://helene.example.fr', label: 'homepage' }],
      tags: ['Friends', 'Cyclisme'],
    });
  });

  it('builds the name from Given and Family Name when Name is empty', () => {
    expect(records[1]).toMatchObject({
      name: 'Chidi Okafor',
      birthday: '--07-18',
      emails: [
        { value: 'chidi@lagosfinch.example', label: 'work' },
        { value: 'chidi.okafor@lagosfinch.example', label: 'work' },
      ],
    });
    expect(problems.map((p) => [p.line, p.index])).toEqual([[4, 3]]);
  });
});

describe('parseGoogleContactsCsv: other input', () => {
  it('says which columns it expected when there is no header', () => {
    const { records, problems } = parseGoogleContactsCsv('Name,Email\nAna,ana@example.com\n');
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, index: 0 });
    expect(problems[0]?.message).toMatch(
      /^No Google Contacts header row found: expected the columns First Name, Last Name/,
    );
  });

  it('reads a BOM, CRLF and a minimal header', () => {
    const { records } = parseGoogleContactsCsv(
      '\uFEFFFirst Name,Last Name,E-mail 1 - Value\r\nAna,Lima,ana@example.com\r\n',
    );
    expect(records).toEqual([
      {
        line: 2,
        index: 1,
        name: 'Ana Lima',
        emails: [{ value: 'ana@example.com' }],
        phones: [],
        links: [],
        tags: [],
      },
    ]);
  });
});
