import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { parseDay } from './parse-day.ts';

const today = '2026-11-23'; // a Monday

describe('parseDay', () => {
  it('reads ISO days, offsets and words', () => {
    expect(parseDay('2026-03-14', today, 'x')).toBe('2026-03-14');
    expect(parseDay('+3d', today, 'x')).toBe('2026-11-26');
    expect(parseDay('-1w', today, 'x')).toBe('2026-11-16');
    expect(parseDay('tomorrow', today, 'x')).toBe('2026-11-24');
    expect(parseDay('yesterday', today, 'x')).toBe('2026-11-22');
    expect(parseDay('next friday', today, 'x')).toBe('2026-12-04');
    expect(parseDay('friday', today, 'x')).toBe('2026-11-27');
    expect(parseDay('in 2 weeks', today, 'x')).toBe('2026-12-07');
    expect(parseDay('14 March', today, 'x')).toBe('2027-03-14');
    expect(parseDay('14 March', today, 'x', 'past')).toBe('2026-03-14');
    expect(parseDay('3/4/2026', today, 'x')).toBe('2026-04-03');
    // Something someone told you about: the nearer of last and next.
    expect(parseDay('20 November', today, 'x', 'nearest')).toBe('2026-11-20');
    expect(parseDay('2 December', today, 'x', 'nearest')).toBe('2026-12-02');
    expect(parseDay('saturday', today, 'x', 'nearest')).toBe('2026-11-21');
  });

  it('names the field when it cannot read a day', () => {
    expect(() => parseDay('someday', today, '--follow-up')).toThrow(AppError);
    expect(() => parseDay('2026-02-30', today, '--on')).toThrow(/--on: "2026-02-30"/);
  });
});

describe('parseDay and impossible dates', () => {
  it('refuses a date-shaped text that is not a real date, instead of guessing another day', () => {
    expect(() => parseDay('2026-13-03', '2026-03-02', 'until')).toThrow(/not a real date/);
    expect(() => parseDay('2026-02-30', '2026-03-02', 'until')).toThrow(/not a real date/);
    expect(parseDay('2026-03-13', '2026-03-02', 'until')).toBe('2026-03-13');
  });
});
