import type { KindredEvent, PlanAction } from '@kindred/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventUid, planActionUid, writePlanCalendar } from './plan-calendar.write.ts';

const action = (over: Partial<PlanAction> = {}): PlanAction => ({
  key: 'detail_follow_up:0190-abc',
  handle: 'k3x9qa',
  kind: 'detail_follow_up',
  personIds: ['p1'],
  day: '2026-03-03',
  title: 'Ask Ana how the board presentation went',
  reason: 'Ana presented to the board on 27 February; asking shows you remembered.',
  form: 'message',
  energyCost: 1,
  value: 5,
  window: { from: '2026-03-02', to: '2026-03-06' },
  drafts: [
    {
      personId: 'p1',
      kind: 'detail_follow_up',
      draft: {
        channel: 'message',
        subject: null,
        body: 'Hi Ana, how did the board presentation go? I hope it went well; I’d love to hear.',
        variant: 0,
      },
    },
  ],
  ...over,
});

const event: KindredEvent = {
  id: '0190-event',
  name: 'Rust meetup; winter edition',
  kind: 'meetup',
  startsOn: '2026-03-05',
  location: 'Hall 2, Main St',
  energyCost: 6,
  goal: 'Two good conversations',
  notes: null,
  debriefedAt: null,
  createdAt: '2026-02-01T00:00:00Z',
  attendees: [],
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, byUid: new Map(vevents.map((v) => [v.getFirstPropertyValue('uid'), v])) };
}

describe('writePlanCalendar', () => {
  const now = new Date('2026-03-02T09:00:00Z');

  it('writes steps and events as all-day entries that another library reads back', () => {
    const long = action({
      key: 'check_in:0190-xyz:2026-01-05',
      day: '2026-03-04',
      title: 'Check in with Kenji, “chess” friend',
      drafts: [
        {
          personId: 'p2',
          kind: 'check_in',
          draft: {
            channel: 'email',
            subject: 'Hello again',
            body: `${'A long line, '.repeat(20)}\nBye`,
            variant: 1,
          },
        },
      ],
    });
    const text = writePlanCalendar({
      actions: [action(), long],
      events: [event],
      timeZone: 'Europe/London',
      now,
    });
    // Folded at 75 octets with CRLF line ends, as RFC 5545 requires.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { calendar, vevents, byUid } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kindred//Plan feed//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kindred plan');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(vevents).toHaveLength(3);

    const step = byUid.get(planActionUid(long.key));
    const start = step?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-03-04');
    expect((step!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-03-05');
    expect(step?.getFirstPropertyValue('summary')).toBe('Check in with Kenji, “chess” friend');
    const description = String(step?.getFirstPropertyValue('description'));
    expect(description).toContain(long.reason);
    expect(description).toContain('Energy: 1 energy point.');
    expect(description).toContain('Subject: Hello again');
    expect(description).toContain(`${'A long line, '.repeat(20)}\nBye`);
    expect(step?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect((step!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(
      now.toISOString(),
    );

    const meetup = byUid.get(eventUid(event.id));
    expect(meetup?.getFirstPropertyValue('summary')).toBe('Rust meetup; winter edition');
    expect((meetup!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-03-05');
    expect(meetup?.getFirstPropertyValue('location')).toBe('Hall 2, Main St');
    expect(String(meetup?.getFirstPropertyValue('description'))).toContain(
      'Your goal: Two good conversations',
    );
  });

  it('keeps a step’s UID while its key holds, and tells different steps apart', () => {
    const a = action();
    expect(planActionUid(a.key)).toBe(planActionUid(`${a.key}`));
    expect(planActionUid(a.key)).not.toBe(planActionUid('detail_follow_up:0190-abd'));
    const moved = writePlanCalendar({
      actions: [{ ...a, day: '2026-03-06' }],
      events: [],
      timeZone: 'UTC',
      now,
    });
    expect(parse(moved).byUid.has(planActionUid(a.key))).toBe(true);
  });

  it('writes the calendar’s own properties before any entry, even when there are none', () => {
    const text = writePlanCalendar({ actions: [], events: [], timeZone: 'America/New_York', now });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(parse(text).calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/New_York');
    const full = writePlanCalendar({ actions: [action()], events: [], timeZone: 'Europe/Paris', now });
    expect(full.indexOf('X-WR-TIMEZONE')).toBeLessThan(full.indexOf('BEGIN:VEVENT'));
  });
});
