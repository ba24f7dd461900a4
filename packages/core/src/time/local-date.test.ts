import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  instantOnLocalDay,
  isIsoDay,
  localDate,
  weekdayOf,
  weekStart,
} from './local-date.ts';

describe('localDate', () => {
  it('gives the day in the user’s zone, not UTC', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-03-01');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2026-03-02');
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('stays right across a DST change', () => {
    // Europe/London moves to BST at 01:00 UTC on 29 March 2026.
    expect(localDate(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-28T23:30:00Z'), 'Europe/London')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-29T23:30:00Z'), 'Europe/London')).toBe('2026-03-30');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('instantOnLocalDay', () => {
  it('lands on the same local day in any zone', () => {
    for (const zone of [
      'UTC',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kolkata',
    ]) {
      expect(localDate(instantOnLocalDay('2026-03-14', zone), zone)).toBe('2026-03-14');
    }
  });
});

describe('day arithmetic', () => {
  it('checks real days', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('26-02-01')).toBe(false);
  });

  it('knows weekdays and week starts', () => {
    expect(weekdayOf('2026-11-23')).toBe('mon');
    expect(weekdayOf('2026-11-29')).toBe('sun');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
