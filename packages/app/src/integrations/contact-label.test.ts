import { describe, expect, it } from 'vitest';
import { isSystemGroup, labelFromTypes, normaliseLabel, tagFromGroup } from './contact-label.ts';

describe('normaliseLabel', () => {
  it.each([
    ['WORK', 'work'],
    ['CELL', 'mobile'],
    ['iPhone', 'mobile'],
    ['* Mobile', 'mobile'],
    ['_$!<HomePage>!$_', 'homepage'],
    ['_$!<Other>!$_', 'other'],
    ['X-Book club', 'book club'],
    ['Home Page', 'homepage'],
  ])('%j -> %j', (raw, label) => {
    expect(normaliseLabel(raw)).toBe(label);
  });

  it('drops meaningless and empty labels', () => {
    for (const raw of ['INTERNET', 'pref', 'VOICE', '', '  ', '* ', undefined])
      expect(normaliseLabel(raw)).toBeUndefined();
  });
});

describe('labelFromTypes', () => {
  it('prefers fax and pager, then mobile, over work and home', () => {
    expect(labelFromTypes(['WORK', 'CELL'])).toBe('mobile');
    expect(labelFromTypes(['CELL', 'WORK'])).toBe('mobile');
    expect(labelFromTypes(['FAX', 'WORK'])).toBe('fax');
    expect(labelFromTypes(['VOICE', 'MSG', 'WORK'])).toBe('work');
    expect(labelFromTypes(['INTERNET', 'PREF'])).toBeUndefined();
    expect(labelFromTypes(['video', 'x-studio'])).toBe('video');
  });
});

describe('Google system groups', () => {
  it('recognises myContacts and starred in every spelling, and cleans other groups', () => {
    expect(['* myContacts', 'myContacts', '* starred', 'Starred', '* My Contacts'].every(isSystemGroup)).toBe(
      true,
    );
    expect(tagFromGroup('* myContacts')).toBeUndefined();
    expect(tagFromGroup('* Friends')).toBe('Friends');
    expect(tagFromGroup(' Book club ')).toBe('Book club');
  });
});
