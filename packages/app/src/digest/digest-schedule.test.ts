import { localHour, localWeekKey } from '@kindred/core';
import { describe, expect, it } from 'vitest';
import { digestDue } from './digest-schedule.ts';

describe('digestDue', () => {
  const monday8 = { weekday: 'mon', hour: 8 } as const;

  it('is due from the chosen weekday and hour on, in the user’s zone, until the week ends', () => {
    expect(digestDue(new Date('2026-03-02T07:59:00Z'), 'Europe/London', monday8)).toBe(false);
    expect(digestDue(new Date('2026-03-02T08:00:00Z'), 'Europe/London', monday8)).toBe(true);
    expect(digestDue(new Date('2026-03-08T23:00:00Z'), 'Europe/London', monday8)).toBe(true);
    // Sunday night in London is already Monday morning in Auckland (UTC+13 in March).
    expect(digestDue(new Date('2026-03-01T18:59:00Z'), 'Pacific/Auckland', monday8)).toBe(false);
    expect(digestDue(new Date('2026-03-01T19:00:00Z'), 'Pacific/Auckland', monday8)).toBe(true);
    expect(localWeekKey(new Date('2026-03-01T19:00:00Z'), 'Pacific/Auckland')).toBe('2026-W10');
    expect(localWeekKey(new Date('2026-03-01T19:00:00Z'), 'Europe/London')).toBe('2026-W09');
  });

  it('is not due earlier in the week than the chosen day', () => {
    const friday = { weekday: 'fri', hour: 17 } as const;
    expect(digestDue(new Date('2026-03-05T20:00:00Z'), 'UTC', friday)).toBe(false);
    expect(digestDue(new Date('2026-03-06T16:30:00Z'), 'UTC', friday)).toBe(false);
    expect(digestDue(new Date('2026-03-06T17:00:00Z'), 'UTC', friday)).toBe(true);
  });

  it('reads the hour on local clocks across a DST change', () => {
    // London moves to BST on Sunday 29 March 2026: 08:00 local is 07:00 UTC after it.
    expect(localHour(new Date('2026-03-30T07:00:00Z'), 'Europe/London')).toBe(8);
    expect(digestDue(new Date('2026-03-30T06:59:00Z'), 'Europe/London', monday8)).toBe(false);
    expect(digestDue(new Date('2026-03-30T07:00:00Z'), 'Europe/London', monday8)).toBe(true);
    // 01:30 does not exist that Sunday; a digest asked for at 1 o'clock still goes at 2.
    expect(digestDue(new Date('2026-03-29T01:00:00Z'), 'Europe/London', { weekday: 'sun', hour: 1 })).toBe(
      true,
    );
  });
});
