import { describe, expect, it } from 'vitest';
import { normaliseBirthday } from './birthday.normalise.ts';

describe('normaliseBirthday', () => {
  it.each([
    ['1985-04-12', '1985-04-12'],
    ['19850412', '1985-04-12'],
    ['--0412', '--04-12'],
    ['--04-12', '--04-12'],
    [' --04-12 ', '--04-12'],
    ['1604-04-12', '--04-12'],
    ['0000-04-12', '--04-12'],
    ['1953-10-15T23:10:00Z', '1953-10-15'],
    ['19531015T231000Z', '1953-10-15'],
    ['--02-29', '--02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %j', (raw, expected) => {
    expect(normaliseBirthday(raw)).toBe(expected);
  });

  it.each([
    ['1985'],
    ['1985-04'],
    ['---12'],
    ['circa 1800'],
    ['1985-13-01'],
    ['1985-02-30'],
    ['1985-02-29'],
    [''],
  ])('drops %j', (raw) => {
    expect(normaliseBirthday(raw)).toBeUndefined();
  });

  it("treats Apple's X-APPLE-OMIT-YEAR year as no year", () => {
    expect(normaliseBirthday('1900-04-12', '1900')).toBe('--04-12');
    expect(normaliseBirthday('1985-04-12', '1604')).toBe('1985-04-12');
  });
});
