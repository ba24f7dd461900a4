import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections, parseLinkedInDate } from './linkedin-csv.parse.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseLinkedInConnections', () => {
  const text = fixture('linkedin-connections.csv');

  it('skips the notes preamble and reads every connection', () => {
    const { records } = parseLinkedInConnections(text);
    expect(records.map((r) => [r.index, r.line, r.name])).toEqual([
      [1, 5, 'Amara Okafor'],
      [2, 6, 'Jonas Weber'],
      [3, 7, 'Sofía Martínez Ortega'],
      [5, 10, 'Wei Chen'],
      [6, 11, 'Priyanka'],
    ]);
    expect(records[0]).toEqual({
      line: 5,
      index: 1,
      name: 'Amara Okafor',
      organisation: 'Northwind Health',
      role: 'Product Manager',
      emails: [{ value: 'amara.okafor@northwind.example' }],
      phones: [],
      links: [{ value: 'https://www.linkedin.com/in/amara-okafor', label: 'linkedin' }],
      tags: [],
      metOn: '2024-02-03',
      metHow: 'LinkedIn connection',
    });
  });

  it('reads quoted fields with commas, quotes and line breaks, and empty e-mails', () => {
    const { records } = parseLinkedInConnections(text);
    expect(records[1]).toMatchObject({
      organisation: 'Weber, Klein & Partner',
      emails: [],
      metOn: '2023-11-17',
    });
    expect(records[2]).toMatchObject({ role: 'Head of Research\n(Urban Mobility)', metOn: '2024-02-29' });
    expect(records[3]?.role).toBe('Engineer, "Data Platform"');
    expect(records[4]?.metOn).toBe('2021-03-05');
  });

  it('reports a row without a name, by its line', () => {
    expect(parseLinkedInConnections(text).problems).toEqual([
      {
        line: 9,
        index: 4,
        label: 'https://www.linkedin.com/in/ACoAAB1x2y3',
        message:
          'Row 4 (line 9) has no first or last name (https://www.linkedin.com/in/ACoAAB1x2y3): add a name in the First Name or Last Name column, or delete the row.',
      },
    ]);
  });

  it('reads the same file with a BOM and LF or CR line ends', () => {
    const expected = parseLinkedInConnections(text);
    for (const eol of ['\n', '\r']) {
      expect(parseLinkedInConnections(`\uFEFF${text.replace(/\r\n/g, eol)}`)).toEqual(expected);
    }
  });

  it('reads a file without the preamble and with columns in another order', () => {
    const { records, problems } = parseLinkedInConnections(
      'Connected On,Last Name,First Name,Company\n"12 Jan 2025",Ng,Kim,"Ng & Co"\n',
    );
    expect(problems).toEqual([]);
    expect(records).toMatchObject([
      {
        line: 2,
        index: 1,
        name: 'Kim Ng',
        organisation: 'Ng & Co',
        metOn: '2025-01-12',
        links: [],
        emails: [],
      },
    ]);
  });

  it('says which columns it expected when there is no header', () => {
    const { records, problems } = parseLinkedInConnections('Name,Email\nAna,ana@example.com\n');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        line: 1,
        index: 0,
        message:
          'No LinkedIn header row found: expected a row with the columns First Name, Last Name, URL, Email Address, Company, Position, Connected On. Import the Connections.csv file from LinkedIn\'s "Get a copy of your data" unchanged.',
      },
    ]);
  });
});

describe('parseLinkedInDate', () => {
  it('reads LinkedIn and ISO dates and rejects impossible ones', () => {
    expect(parseLinkedInDate('03 Feb 2024')).toBe('2024-02-03');
    expect(parseLinkedInDate('3 September 2019')).toBe('2019-09-03');
    expect(parseLinkedInDate('2024-02-03')).toBe('2024-02-03');
    expect(parseLinkedInDate('31 Feb 2024')).toBeUndefined();
    expect(parseLinkedInDate('29 Feb 2023')).toBeUndefined();
    expect(parseLinkedInDate('02/03/24')).toBeUndefined();
    expect(parseLinkedInDate('')).toBeUndefined();
  });
});
