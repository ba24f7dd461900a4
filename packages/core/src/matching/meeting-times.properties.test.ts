/**
 * Meeting times on random requests, against clocks read independently: every minute of
 * every proposed slot is checked on each participant's own clock through a separate Intl
 * formatter, including on the nights the clocks change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../time/local-date.ts';
import { at, everyDay, win } from './meeting-times.test-support.ts';
import {
  DEFAULT_AVAILABILITY,
  type MeetingParticipant,
  type MeetingTimesRequest,
  type ProposedTime,
  proposeMeetingTimes,
  WEEKDAYS,
  type Weekday,
} from './meeting-times.ts';

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday and minute of the day on a zone's clocks, read through a separate Intl path. */
function clockAt(instant: number, timeZone: string): { day: Weekday; minute: number } {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: get('weekday').toLowerCase().slice(0, 3) as Weekday,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Whether every minute of [start, end) sits in one of the participant's windows on their clock. */
function inWindows(participant: MeetingParticipant, start: number, end: number): boolean {
  const windows = participant.windows.length ? participant.windows : DEFAULT_AVAILABILITY;
  for (let t = start; t < end; t += 60_000) {
    const { day, minute } = clockAt(t, participant.timeZone);
    if (!windows.some((w) => w.day === day && toMinutes(w.start) <= minute && minute < toMinutes(w.end))) {
      return false;
    }
  }
  return true;
}

/** Whether the participant's clocks move other than a minute a minute during [start, end). */
function clocksChange(participant: MeetingParticipant, start: number, end: number): boolean {
  const WEEK = 7 * 1440;
  const weekMinute = (t: number) => {
    const { day, minute } = clockAt(t, participant.timeZone);
    return WEEKDAYS.indexOf(day) * 1440 + minute;
  };
  const shown = (weekMinute(end - 60_000) - weekMinute(start) + WEEK) % WEEK;
  return shown !== (end - start) / 60_000 - 1;
}

const ZONES = [
  'Europe/London',
  'Europe/Lisbon',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns', // UTC-3:30 with DST
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu', // UTC+5:45: UTC half hours are :15 and :45 there
  'Australia/Sydney',
  'Pacific/Auckland',
  'Etc/UTC',
];

const hhmm = (halfHours: number) =>
  `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`;

const windowArb = fc
  .record({
    day: fc.constantFrom(...WEEKDAYS),
    start: fc.integer({ min: 0, max: 47 }),
    length: fc.integer({ min: 1, max: 48 }),
  })
  .map(({ day, start, length }) => win(day, hhmm(start), hhmm(Math.min(48, start + length))));

const participantArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  windows: fc.array(windowArb, { maxLength: 6 }),
});

const requestArb = fc.record({
  participants: fc.array(participantArb, { minLength: 2, maxLength: 3 }),
  // 2026 to 2027, any minute: every DST change of both hemispheres is in range.
  from: fc
    .integer({ min: at('2026-01-01T00:00:00Z') / 60_000, max: at('2027-12-31T00:00:00Z') / 60_000 })
    .map((m) => m * 60_000),
  days: fc.integer({ min: 1, max: 16 }),
  durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
  count: fc.integer({ min: 1, max: 4 }),
});

/** Sundays (local) when a zone's clocks change in 2026, at a night hour. */
const CLOCK_CHANGES: [zone: string, sunday: string][] = [
  ['Europe/London', '2026-03-29'],
  ['Europe/London', '2026-10-25'],
  ['America/New_York', '2026-03-08'],
  ['America/St_Johns', '2026-11-01'],
  ['America/Los_Angeles', '2026-11-01'],
  ['Australia/Sydney', '2026-04-05'],
  ['Australia/Sydney', '2026-10-04'],
  ['Pacific/Auckland', '2026-09-27'],
];

/** A night of a clock change: windows around the change on Sunday, the search starting close before it. */
const clockChangeArb = fc
  .record({
    change: fc.constantFrom(...CLOCK_CHANGES),
    nightStart: fc.integer({ min: 0, max: 7 }),
    nightLength: fc.integer({ min: 1, max: 8 }),
    other: fc.oneof(
      fc.constant<MeetingParticipant>({ timeZone: 'Etc/UTC', windows: everyDay('00:00', '24:00') }),
      fc.constantFrom(...ZONES).map((timeZone) => ({ timeZone, windows: everyDay('00:00', '24:00') })),
    ),
    lead: fc.integer({ min: 0, max: 48 * 60 }),
    days: fc.integer({ min: 1, max: 4 }),
    durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
    count: fc.integer({ min: 1, max: 4 }),
    otherFirst: fc.boolean(),
  })
  .map(
    ({
      change: [timeZone, sunday],
      nightStart,
      nightLength,
      other,
      lead,
      days,
      durationMinutes,
      count,
      otherFirst,
    }) => {
      const changing = {
        timeZone,
        windows: [win('sun', hhmm(nightStart), hhmm(nightStart + nightLength)), win('sat', '22:00', '24:00')],
      };
      return {
        participants: otherFirst ? [other, changing] : [changing, other],
        from: at(`${sunday}T00:00:00Z`) - 2 * 86_400_000 + lead * 60_000,
        days,
        durationMinutes,
        count,
      };
    },
  );

/** What must hold for any request: inside every window, inside the search, one a day while days last. */
function checkProposals(request: MeetingTimesRequest): ProposedTime[] {
  const result = proposeMeetingTimes(request);
  expect(proposeMeetingTimes(request)).toEqual(result);
  expect(result.length).toBeLessThanOrEqual(request.count);
  const horizon = request.from + request.days * 86_400_000;
  const dayZone = request.participants[0]?.timeZone as string;
  const spans = result.map((t) => [Date.parse(t.start), Date.parse(t.end)] as const);
  spans.forEach(([start, end], i) => {
    expect(end - start).toBe(request.durationMinutes * 60_000);
    expect(start % 1_800_000).toBe(0);
    expect(start).toBeGreaterThanOrEqual(request.from);
    expect(end).toBeLessThanOrEqual(horizon);
    for (const p of request.participants) expect(inWindows(p, start, end)).toBe(true);
    if (i > 0) expect(start).toBeGreaterThanOrEqual((spans[i - 1] as readonly number[])[1] as number);
  });
  const days = spans.map(([start]) => localDate(new Date(start), dayZone));
  if (new Set(days).size < days.length) {
    // A day holds two only if no other day in the search had room: check each half hour.
    const first = Math.ceil(request.from / 1_800_000) * 1_800_000;
    const duration = request.durationMinutes * 60_000;
    for (let s = first; s + duration <= horizon; s += 1_800_000) {
      if (days.includes(localDate(new Date(s), dayZone))) continue;
      // A slot the clocks change during is skipped by design, so it does not count as room.
      const room = request.participants.every(
        (p) => inWindows(p, s, s + duration) && !clocksChange(p, s, s + duration),
      );
      expect(room).toBe(false);
    }
  }
  return result;
}

describe('proposeMeetingTimes, on random requests', () => {
  it('only proposes slots inside everyone’s windows, within the search, one per day while days last', () => {
    let proposed = 0;
    fc.assert(
      fc.property(requestArb, (request) => {
        proposed += checkProposals(request).length;
      }),
      { numRuns: 200 },
    );
    expect(proposed).toBeGreaterThan(0); // the property was not checked on empty answers only
  });

  it('keeps to the same rules on the nights the clocks change', () => {
    let proposed = 0;
    fc.assert(
      fc.property(clockChangeArb, (request) => {
        proposed += checkProposals(request).length;
      }),
      { numRuns: 300 },
    );
    expect(proposed).toBeGreaterThan(0);
  });
});
