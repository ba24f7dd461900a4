import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from './contact-record.ts';
import { parseVCards } from './vcard.parse.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseVCards: RFC 6350 (vCard 4.0) examples', () => {
  const { records, problems } = parseVCards(fixture('rfc6350.vcf'));

  it('reads every card and skips the prose before them', () => {
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.index, r.line, r.name])).toEqual([
      [1, 4, 'Simon Perreault'],
      [2, 26, 'Mr. John Q. Public, Esq.'],
      [3, 46, 'Dr. John Philip Paul Stevenson Jr., M.D., A.C.P.'],
      [4, 55, 'J. Doe'],
    ]);
  });

  it('reads the section 8 example (Simon Perreault)', () => {
    expect(records[0]).toEqual({
      line: 4,
      index: 1,
      name: 'Simon Perreault',
      organisation: 'Viagenie',
      birthday: '--02-03',
      emails: [{ value: 'simon.perreault@viagenie.ca', label: 'work' }],
      phones: [
        { value: '+1-418-656-9254 ext. 102', label: 'work' },
        { value: '+1-418-262-6501', label: 'mobile' },
      ],
      links: [{ value: 'http://nomis80.org', label: 'home' }],
      tags: [],
    });
  });

  it('unescapes, unfolds and splits structured values', () => {
    const john = records[1] as ContactRecord;
    expect(john.organisation).toBe('ABC, Inc.');
    expect(john.team).toBe('North American Division, Marketing');
    expect(john.role).toBe('Research Scientist');
    expect(john.notes).toBe('This fax number is operational 0800 to 1715 EST, Mon-Fri.');
    expect(john.tags).toEqual(['INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY']);
    expect(john.birthday).toBe('1996-04-15');
    expect(john.photo).toBe('http://www.example.com/pub/photos/jqpublic.gif');
    expect(john.phones[0]).toEqual({ value: '+1-555-555-5555 ext. 5555', label: 'home' });
    expect(john.emails).toEqual([
      { value: 'jqpublic@xyz.example.com', label: 'work' },
      { value: 'jane_doe@example.com' },
    ]);
  });

  it('builds the name from N when FN is missing, and keeps data: URI photos', () => {
    const stevenson = records[2] as ContactRecord;
    expect(stevenson.birthday).toBe('--04-15');
    expect(stevenson.photo).toMatch(/^data:image\/jpeg;base64,MIICajCCAdOgAwIBAgICBEUwDQYJKoZIhvAQEEBQ/);
  });

  it('drops a birthday given as free text', () => {
    expect(records[3]?.birthday).toBeUndefined();
    expect(records[3]?.tags).toEqual(['TRAVEL AGENT']);
  });
});

describe('parseVCards: RFC 2426 (vCard 3.0) examples', () => {
  const { records, problems } = parseVCards(fixture('rfc2426.vcf'));

  it('reads the Frank Dawson and Tim Howes cards of section 7', () => {
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      line: 4,
      index: 1,
      name: 'Frank Dawson',
      organisation: 'Lotus Development Corporation',
      emails: [{ value: 'Frank_Dawson@Lotus.com' }, { value: 'fdawson@earthlink.net' }],
      phones: [
        { value: '+1-919-676-9515', label: 'work' },
        { value: '+1-919-676-9564', label: 'fax' },
      ],
      links: [{ value: 'http://home.earthlink.net/~fdawson' }],
      tags: [],
    });
    expect(records[1]).toMatchObject({
      line: 18,
      index: 2,
      name: 'Tim Howes',
      organisation: 'Netscape Communications Corp.',
      emails: [{ value: 'howes@netscape.com' }],
    });
  });

  it('reads the property examples of section 3', () => {
    const john = records[2] as ContactRecord;
    expect(john.name).toBe('Mr. John Q. Public, Esq.');
    expect(john.role).toBe('Director, Research and Development');
    expect(john.photo).toBe(
      'data:image/jpeg;base64,MIICajCCAdOgAwIBAgICBEUwDQYJKoZIhvcNAQEEBQAwdzELMAkGA1UEBhMCVVMxLDAqBgNVBAoTI05ldHNjYXBlIENvbW11bmljYXRpb25zIENvcnBvcmF0aW9uMRwwGgYDVQQLExNJbmZvcm1hdGlvbiBTeXN0',
    );
    expect(john.phones).toEqual([{ value: '+1-213-555-1234', label: 'work' }]);
    const stevenson = records[3] as ContactRecord;
    expect(stevenson.name).toBe('Dr. John Philip Paul Stevenson Jr., M.D., A.C.P.');
    expect(stevenson.birthday).toBe('1953-10-15');
    expect(stevenson.photo).toBe('http://www.abc.com/pub/photos/jqpublic.gif');
    expect(records[4]?.birthday).toBe('1987-09-27');
  });
});
