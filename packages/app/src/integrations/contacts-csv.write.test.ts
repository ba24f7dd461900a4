import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CONTACTS_CSV_COLUMNS, writeContactsCsv } from './contacts-csv.write.ts';

describe('writeContactsCsv', () => {
  const csv = writeContactsCsv([
    {
      name: 'Weber, Jonas',
      organisation: 'Weber, Klein & Partner',
      team: 'Tax',
      role: 'Senior "Associate"',
      emails: [{ value: 'jonas@wkp.example', label: 'work' }, { value: 'jw@mail.example' }],
      phones: [{ value: '+49 30 555 0100', label: 'mobile' }],
      links: [{ value: 'https://www.linkedin.com/in/jonasweber', label: 'linkedin' }],
      birthday: '--11-17',
      tags: ['Tax', 'Berlin'],
      notes: 'Met at the fintech meetup.\nAsk about the marathon.',
    },
    { name: 'Zoë 🌿', emails: [], phones: [], links: [], tags: [] },
  ]);

  it('writes a header row, a BOM and CRLF line ends', () => {
    expect(
      csv.startsWith('\uFEFFName,Organisation,Team,Role,Emails,Phones,Links,Birthday,Tags,Notes\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back with csv-parse', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CONTACTS_CSV_COLUMNS]);
    expect(rows).toEqual([
      {
        Name: 'Weber, Jonas',
        Organisation: 'Weber, Klein & Partner',
        Team: 'Tax',
        Role: 'Senior "Associate"',
        Emails: 'jonas@wkp.example; jw@mail.example',
        Phones: '+49 30 555 0100',
        Links: 'https://www.linkedin.com/in/jonasweber',
        Birthday: '--11-17',
        Tags: 'Tax; Berlin',
        Notes: 'Met at the fintech meetup.\nAsk about the marathon.',
      },
      {
        Name: 'Zoë 🌿',
        Organisation: '',
        Team: '',
        Role: '',
        Emails: '',
        Phones: '',
        Links: '',
        Birthday: '',
        Tags: '',
        Notes: '',
      },
    ]);
  });

  it('writes only the header for no contacts', () => {
    expect(writeContactsCsv([])).toBe(
      '\uFEFFName,Organisation,Team,Role,Emails,Phones,Links,Birthday,Tags,Notes\r\n',
    );
  });
});
