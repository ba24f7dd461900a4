/**
 * Meeting times against clocks read independently: each expectation is worked out by hand
 * from the zones' offsets on those dates (the property tests are in
 * meeting-times.properties.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { at, everyDay, win } from './meeting-times.test-support.ts';
import {
  type AvailabilityWindow,
  availabilityWindowProblem,
  DEFAULT_AVAILABILITY,
  type MeetingParticipant,
  type MeetingTimesRequest,
  proposeMeetingTimes,
  WEEKDAYS,
  type Weekday,
} from './meeting-times.ts';

const starts = (request: MeetingTimesRequest) => proposeMeetingTimes(request).map((t) => t.start);

// 2026-12-07 is a Monday; in December Lisbon is UTC+0, New York UTC-5, Berlin UTC+1, Tokyo UTC+9.
const MONDAY = at('2026-12-07T00:00:00Z');

describe('proposeMeetingTimes', () => {
  it('finds nothing when three zones never share working hours', () => {
    // Lisbon 09–17 is 09–17Z, New York 14–22Z, Tokyo 00–08Z: no instant is in all three.
    const request = {
      participants: ['Europe/Lisbon', 'America/New_York', 'Asia/Tokyo'].map((timeZone) => ({
        timeZone,
        windows: [],
      })),
      from: MONDAY,
      days: 14,
      durationMinutes: 30,
      count: 3,
    };
    expect(proposeMeetingTimes(request)).toEqual([]);
    // Without Tokyo the same two weeks are full of shared afternoons.
    expect(proposeMeetingTimes({ ...request, participants: request.participants.slice(0, 2) })).toHaveLength(
      3,
    );
  });

  it('gives a trio the overlap of all three working days, one proposal a day, earliest first', () => {
    // Lisbon 09–17Z, New York 14–22Z, Berlin 08–16Z: 14:00–16:00Z on weekdays.
    const result = proposeMeetingTimes({
      participants: ['Europe/Lisbon', 'America/New_York', 'Europe/Berlin'].map((timeZone) => ({
        timeZone,
        windows: [],
      })),
      from: MONDAY,
      days: 14,
      durationMinutes: 30,
      count: 3,
    });
    expect(result).toEqual([
      { start: '2026-12-07T14:00:00.000Z', end: '2026-12-07T14:30:00.000Z' },
      { start: '2026-12-08T14:00:00.000Z', end: '2026-12-08T14:30:00.000Z' },
      { start: '2026-12-09T14:00:00.000Z', end: '2026-12-09T14:30:00.000Z' },
    ]);
  });

  it('follows each zone through the spring change: London 09:00 is 09:00Z before it and 08:00Z after', () => {
    // Clocks in London go forward at 01:00Z on Sunday 2026-03-29.
    const result = starts({
      participants: [
        { timeZone: 'Europe/London', windows: WEEKDAYS.slice(0, 5).map((d) => win(d, '09:00', '10:00')) },
        { timeZone: 'Etc/UTC', windows: WEEKDAYS.slice(0, 5).map((d) => win(d, '08:00', '10:00')) },
      ],
      from: at('2026-03-26T00:00:00Z'), // Thursday
      days: 7,
      durationMinutes: 30,
      count: 5,
    });
    expect(result).toEqual([
      '2026-03-26T09:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
      '2026-04-01T08:00:00.000Z',
    ]);
  });

  it('counts the night of a clock change by what the clocks show, skipping a slot the change cuts through', () => {
    const allWeek = { timeZone: 'Etc/UTC', windows: everyDay('00:00', '24:00') };
    // Spring: Sunday 00:00–03:00 in London is 00:00–01:00Z then 01:00–02:00Z (01:00 GMT to 02:00 BST skipped).
    const spring = {
      participants: [{ timeZone: 'Europe/London', windows: [win('sun', '00:00', '03:00')] }, allWeek],
      from: at('2026-03-29T00:00:00Z'),
      days: 1,
      durationMinutes: 30,
      count: 2,
    };
    expect(starts(spring)).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
    // An hour from 00:30Z would run 00:30 GMT to 02:30 BST on the clock: skipped for 01:00Z.
    expect(starts({ ...spring, from: at('2026-03-29T00:15:00Z'), durationMinutes: 60, count: 1 })).toEqual([
      '2026-03-29T01:00:00.000Z',
    ]);
    // Autumn: 01:00–02:00 happens twice on Sunday 2026-10-25 (00:00–01:00Z BST, 01:00–02:00Z GMT).
    const autumn = {
      participants: [{ timeZone: 'Europe/London', windows: [win('sun', '01:00', '02:00')] }, allWeek],
      from: at('2026-10-25T00:00:00Z'),
      days: 1,
      durationMinutes: 30,
      count: 2,
    };
    expect(starts(autumn)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']);
  });

  it('lets a window end at 24:00 and carries a slot across midnight into the next day’s window', () => {
    const tokyo = (windows: AvailabilityWindow[]): MeetingParticipant => ({
      timeZone: 'Asia/Tokyo',
      windows,
    });
    const request = (participant: MeetingParticipant, durationMinutes = 60) => ({
      participants: [participant, { timeZone: 'Etc/UTC', windows: everyDay('00:00', '24:00') }],
      from: MONDAY,
      days: 7,
      durationMinutes,
      count: 3,
    });
    // Friday 23:00–24:00 in Tokyo is Friday 14:00–15:00Z.
    expect(proposeMeetingTimes(request(tokyo([win('fri', '23:00', '24:00')])))).toEqual([
      { start: '2026-12-11T14:00:00.000Z', end: '2026-12-11T15:00:00.000Z' },
    ]);
    // Friday 23:30–24:00 plus Saturday 00:00–00:30 hold one hour across midnight.
    expect(starts(request(tokyo([win('sat', '00:00', '00:30'), win('fri', '23:30', '24:00')])))).toEqual([
      '2026-12-11T14:30:00.000Z',
    ]);
    // ...and Sunday into Monday, across the end of the week.
    expect(starts(request(tokyo([win('mon', '00:00', '00:30'), win('sun', '23:30', '24:00')])))).toEqual([
      '2026-12-13T14:30:00.000Z',
    ]);
    // Apart, the two halves hold no hour.
    expect(starts(request(tokyo([win('fri', '23:30', '24:00'), win('sat', '00:30', '01:00')])))).toEqual([]);
  });

  it('takes a second slot on a day only when there are not enough days, clear of the first', () => {
    const result = starts({
      participants: [
        { timeZone: 'Europe/Lisbon', windows: [win('wed', '09:00', '12:00')] },
        { timeZone: 'Europe/Lisbon', windows: [] },
      ],
      from: MONDAY,
      days: 7,
      durationMinutes: 30,
      count: 3,
    });
    expect(result).toEqual([
      '2026-12-09T09:00:00.000Z',
      '2026-12-09T10:00:00.000Z',
      '2026-12-09T11:00:00.000Z',
    ]);
  });

  it('returns fewer than asked when the overlap is small, and nothing for a slot longer than it', () => {
    const request = {
      participants: [
        { timeZone: 'Europe/Lisbon', windows: [win('tue', '12:00', '12:30')] },
        { timeZone: 'America/New_York', windows: [win('tue', '07:00', '07:30')] },
      ],
      from: MONDAY,
      days: 14,
      durationMinutes: 30,
      count: 3,
    };
    expect(starts(request)).toEqual(['2026-12-08T12:00:00.000Z', '2026-12-15T12:00:00.000Z']);
    expect(starts({ ...request, days: 7 })).toEqual(['2026-12-08T12:00:00.000Z']);
    expect(starts({ ...request, durationMinutes: 45 })).toEqual([]);
  });

  it('starts on a half hour at or after `from`, and ends within `days` of it', () => {
    const participants = [
      { timeZone: 'Etc/UTC', windows: everyDay('00:00', '24:00') },
      { timeZone: 'Etc/UTC', windows: [] },
    ];
    const from = at('2026-12-07T14:10:00Z');
    expect(starts({ participants, from, days: 1, durationMinutes: 30, count: 1 })).toEqual([
      '2026-12-07T14:30:00.000Z',
    ]);
    // Monday 14:10Z plus one day ends Tuesday 14:10Z: Tuesday's first fit (09:00Z) is in, barely.
    expect(starts({ participants, from, days: 1, durationMinutes: 30, count: 2 })).toEqual([
      '2026-12-07T14:30:00.000Z',
      '2026-12-08T09:00:00.000Z',
    ]);
    // 0.2 days end at 18:58Z, the second member's day at 17:00Z; a day's extra slots keep an hour apart.
    expect(starts({ participants, from, days: 0.2, durationMinutes: 30, count: 5 })).toEqual([
      '2026-12-07T14:30:00.000Z',
      '2026-12-07T15:30:00.000Z',
      '2026-12-07T16:30:00.000Z',
    ]);
    expect(starts({ participants, from, days: 0, durationMinutes: 30, count: 3 })).toEqual([]);
    // A fit that would end after the search does not count.
    const tuesday = [
      { timeZone: 'Etc/UTC', windows: [win('tue', '14:00', '15:00')] },
      { timeZone: 'Etc/UTC', windows: everyDay('00:00', '24:00') },
    ];
    expect(starts({ participants: tuesday, from, days: 1, durationMinutes: 30, count: 1 })).toEqual([]);
    expect(starts({ participants: tuesday, from, days: 1.02, durationMinutes: 30, count: 1 })).toEqual([
      '2026-12-08T14:00:00.000Z',
    ]);
    expect(starts({ participants, from, days: 3, durationMinutes: 30, count: 0 })).toEqual([]);
  });

  it('counts days in the first participant’s zone unless told another', () => {
    const request = {
      from: at('2026-12-06T00:00:00Z'),
      count: 2,
      durationMinutes: 30,
      participants: [
        { timeZone: 'Asia/Tokyo', windows: everyDay('00:00', '24:00') },
        { timeZone: 'Etc/UTC', windows: [win('sun', '13:00', '16:00')] },
      ],
      days: 1,
    };
    // 13:00Z is Sunday 22:00 in Tokyo and 15:00Z is Monday 00:00. By Tokyo days, Monday gets
    // its first fit; by UTC days both are Sunday, so the second is just the next clear fit.
    expect(starts(request)).toEqual(['2026-12-06T13:00:00.000Z', '2026-12-06T15:00:00.000Z']);
    expect(starts({ ...request, dayTimeZone: 'Etc/UTC' })).toEqual([
      '2026-12-06T13:00:00.000Z',
      '2026-12-06T14:00:00.000Z',
    ]);
  });

  it('keeps proposals clear of each other across midnight too', () => {
    // Sunday 23:30 and Monday 00:00 in Tokyo are two days, but an hour from 23:30 runs into the other.
    const result = starts({
      participants: [
        { timeZone: 'Asia/Tokyo', windows: everyDay('00:00', '24:00') },
        { timeZone: 'Etc/UTC', windows: [win('sun', '14:30', '16:00')] },
      ],
      from: at('2026-12-06T00:00:00Z'),
      days: 1,
      durationMinutes: 60,
      count: 2,
    });
    expect(result).toEqual(['2026-12-06T14:30:00.000Z']);
  });

  it('treats a member without windows as free on weekdays 09:00–17:00 in their zone', () => {
    expect(DEFAULT_AVAILABILITY).toEqual(WEEKDAYS.slice(0, 5).map((d) => win(d, '09:00', '17:00')));
    const result = starts({
      participants: [
        { timeZone: 'America/New_York', windows: [] },
        { timeZone: 'Etc/UTC', windows: [win('sat', '00:00', '24:00'), win('mon', '21:30', '24:00')] },
      ],
      from: at('2026-12-05T00:00:00Z'), // Saturday
      days: 7,
      durationMinutes: 30,
      count: 3,
    });
    // Saturday is no working day in New York; Monday 21:30Z is 16:30 there, the last half hour.
    expect(result).toEqual(['2026-12-07T21:30:00.000Z']);
  });

  it('gives the same answer to the same request and leaves the request as it was', () => {
    const request: MeetingTimesRequest = {
      participants: [
        { timeZone: 'Europe/London', windows: [win('thu', '10:00', '18:00'), win('tue', '08:00', '12:00')] },
        { timeZone: 'America/Sao_Paulo', windows: [] },
      ],
      from: at('2026-03-20T07:13:00Z'),
      days: 14,
      durationMinutes: 45,
      count: 3,
    };
    const copy = structuredClone(request);
    const first = proposeMeetingTimes(request);
    expect(first).toHaveLength(3);
    expect(proposeMeetingTimes(request)).toEqual(first);
    expect(proposeMeetingTimes(copy)).toEqual(first);
    expect(request).toEqual(copy);
  });

  it('refuses an unknown zone or a window it cannot read, saying which and why', () => {
    const base = { from: MONDAY, days: 7, durationMinutes: 30, count: 3 };
    expect(() =>
      proposeMeetingTimes({
        ...base,
        participants: [
          { timeZone: 'Europe/Lisbon', windows: [] },
          { timeZone: 'Mars/Olympus', windows: [] },
        ],
      }),
    ).toThrow(/participant 2 has an unknown time zone "Mars\/Olympus"/);
    expect(() =>
      proposeMeetingTimes({
        ...base,
        participants: [
          { timeZone: 'Europe/Lisbon', windows: [win('mon', '17:00', '09:00')] },
          { timeZone: 'Europe/Lisbon', windows: [] },
        ],
      }),
    ).toThrow(/participant 1 .*mon 17:00–09:00.*end \(09:00\) must be after start \(17:00\)/);
    expect(availabilityWindowProblem(win('mon', '09:00', '24:00'))).toBeNull();
    expect(availabilityWindowProblem(win('mon', '00:00', '00:01'))).toBeNull();
    expect(availabilityWindowProblem(win('mon', '24:00', '24:00'))).toMatch(/start must be/);
    expect(availabilityWindowProblem(win('mon', '9:00', '10:00'))).toMatch(/start must be .* not "9:00"/);
    expect(availabilityWindowProblem(win('mon', '09:00', '24:30'))).toMatch(/end must be/);
    expect(availabilityWindowProblem(win('mon', '09:60', '10:00'))).toMatch(/start must be/);
    expect(availabilityWindowProblem({ day: 'funday' as Weekday, start: '09:00', end: '10:00' })).toMatch(
      /day must be one of mon, tue/,
    );
  });
});
