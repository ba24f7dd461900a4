import { describe, expect, it } from 'vitest';
import { isoWeekKey, localHour, localWeekKey, weeksInPlay } from './iso-week.ts';

describe('isoWeekKey', () => {
  it('follows ISO 8601, where a week belongs to the year of its Thursday', () => {
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeekKey('2026-03-02')).toBe('2026-W10');
    expect(isoWeekKey('2026-03-08')).toBe('2026-W10'); // the Sunday of the same week
    expect(isoWeekKey('2026-12-03')).toBe('2026-W49');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53'); // a Friday: still 2026's last week
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01'); // a Monday: already 2025's first
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
  });
});

describe('local weeks and hours', () => {
  it('reads the hour on local clocks across a DST change', () => {
    // London moves to BST on Sunday 29 March 2026: 08:00 local is 07:00 UTC after it.
    expect(localHour(new Date('2026-03-30T07:00:00Z'), 'Europe/London')).toBe(8);
    expect(localHour(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe(0);
  });

  it('keys an instant by the week on the zone’s own calendar', () => {
    expect(localWeekKey(new Date('2026-03-01T19:00:00Z'), 'Pacific/Auckland')).toBe('2026-W10');
    expect(localWeekKey(new Date('2026-03-01T19:00:00Z'), 'Europe/London')).toBe('2026-W09');
  });

  it('lists every local week somewhere on Earth at an instant', () => {
    expect(weeksInPlay(new Date('2026-03-04T12:00:00Z'))).toEqual(['2026-W10']);
    expect(weeksInPlay(new Date('2026-03-01T19:00:00Z'))).toEqual(['2026-W09', '2026-W10']);
  });
});
