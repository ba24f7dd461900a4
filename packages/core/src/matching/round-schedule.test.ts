import { describe, expect, it } from 'vitest';
import { wallTimeToInstant, zoneOffset } from '../time/zone-offset.ts';
import { nextRoundAt, type RoundSchedule } from './round-schedule.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const lisbonMonday9: RoundSchedule = {
  cadence: 'weekly',
  weekday: 'mon',
  hour: 9,
  timeZone: 'Europe/Lisbon',
};

describe('wall clocks in a zone', () => {
  it('turns a local time into the instant, on both sides of a change', () => {
    expect(iso(wallTimeToInstant('2027-01-11', 9 * 60, 'Europe/Lisbon'))).toBe('2027-01-11T09:00:00.000Z');
    expect(iso(wallTimeToInstant('2027-07-12', 9 * 60, 'Europe/Lisbon'))).toBe('2027-07-12T08:00:00.000Z');
    expect(iso(wallTimeToInstant('2027-03-15', 9 * 60, 'America/New_York'))).toBe('2027-03-15T13:00:00.000Z');
    expect(zoneOffset(at('2027-07-12T08:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('resolves a skipped spring-forward time to the later offset, a doubled autumn time to its first showing', () => {
    // London skips 01:00–02:00 on 28 March 2027 and shows 01:00–02:00 twice on 31 October.
    expect(iso(wallTimeToInstant('2027-03-28', 90, 'Europe/London'))).toBe('2027-03-28T01:30:00.000Z');
    expect(iso(wallTimeToInstant('2027-10-31', 90, 'Europe/London'))).toBe('2027-10-31T00:30:00.000Z');
  });
});

describe('the next round', () => {
  it('is the next weekday at the hour on the community clock', () => {
    // Wednesday 6 January 2027 → Monday 11 January, 09:00 Lisbon (UTC in winter).
    expect(iso(nextRoundAt(lisbonMonday9, at('2027-01-06T12:00:00Z'), null))).toBe(
      '2027-01-11T09:00:00.000Z',
    );
    // Exactly at a round's time, the next one is a week on.
    expect(iso(nextRoundAt(lisbonMonday9, at('2027-01-11T09:00:00Z'), null))).toBe(
      '2027-01-18T09:00:00.000Z',
    );
    // Earlier the same Monday, it is that day's round.
    expect(iso(nextRoundAt(lisbonMonday9, at('2027-01-11T08:00:00Z'), null))).toBe(
      '2027-01-11T09:00:00.000Z',
    );
  });

  it('keeps the local hour across a daylight-saving change', () => {
    // Portugal moves to summer time on 28 March 2027: 09:00 is then 08:00 UTC.
    expect(iso(nextRoundAt(lisbonMonday9, at('2027-03-23T12:00:00Z'), null))).toBe(
      '2027-03-29T08:00:00.000Z',
    );
  });

  it('leaves a fortnight or about a month after the last round, and nothing while off', () => {
    const last = at('2027-01-11T09:00:00Z');
    expect(iso(nextRoundAt({ ...lisbonMonday9, cadence: 'fortnightly' }, last, last))).toBe(
      '2027-01-25T09:00:00.000Z',
    );
    expect(iso(nextRoundAt({ ...lisbonMonday9, cadence: 'monthly' }, last, last))).toBe(
      '2027-02-08T09:00:00.000Z',
    );
    expect(nextRoundAt({ ...lisbonMonday9, cadence: 'off' }, last, last)).toBeNull();
  });

  it('works where the weekday starts on another UTC day', () => {
    const tokyo: RoundSchedule = { cadence: 'weekly', weekday: 'tue', hour: 8, timeZone: 'Asia/Tokyo' };
    // Tuesday 08:00 in Tokyo is Monday 23:00 UTC.
    expect(iso(nextRoundAt(tokyo, at('2027-01-06T00:00:00Z'), null))).toBe('2027-01-11T23:00:00.000Z');
  });
});
