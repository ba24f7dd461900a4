import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectContactFormat } from './detect-format.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('detectContactFormat', () => {
  it.each([
    ['android-2.1.vcf', 'vcard'],
    ['ios.vcf', 'vcard'],
    ['rfc6350.vcf', 'vcard'],
    ['bom-crlf.vcf', 'vcard'],
    ['linkedin-connections.csv', 'linkedin'],
    ['google-contacts.csv', 'google'],
    ['google-contacts-legacy.csv', 'google'],
  ])('recognises %s by its content', (name, format) => {
    expect(detectContactFormat('upload.dat', fixture(name))).toBe(format);
  });

  it('trusts content over the file name', () => {
    expect(detectContactFormat('contacts.csv', fixture('ios.vcf'))).toBe('vcard');
    expect(detectContactFormat('people.vcf', '\uFEFF  {"people": []}')).toBe('json');
    expect(detectContactFormat('x.txt', '[{"name": "Ana"}]')).toBe('json');
    expect(detectContactFormat('x.json', '"First Name","Last Name","Connected On"\n')).toBe('linkedin');
  });

  it('falls back to the file name when the content says nothing', () => {
    expect(detectContactFormat('Contacts.VCF', '')).toBe('vcard');
    expect(detectContactFormat('backup.vcard', 'garbage')).toBe('vcard');
    expect(detectContactFormat('kindred.json', '')).toBe('json');
    expect(detectContactFormat('Downloads/Connections.csv', '')).toBe('linkedin');
    expect(detectContactFormat('C:\\Users\\me\\google-contacts.csv', '')).toBe('google');
  });

  it('does not guess at unknown files', () => {
    expect(detectContactFormat('outlook.csv', 'First Name,Last Name,E-mail Address\n')).toBeNull();
    expect(detectContactFormat('notes.txt', 'hello')).toBeNull();
    expect(detectContactFormat('', '')).toBeNull();
  });
});
