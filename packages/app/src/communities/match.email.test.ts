/**
 * The match announcement, read back the way its readers read it: the text and HTML as a
 * person would, and the invite through ical.js, an iCalendar parser independent of the
 * library that wrote it. Times come from core's proposeMeetingTimes, as in a real round.
 */
import { proposeMeetingTimes } from '@kindred/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { composeMatchEmail, describeTime, type MatchEmailInput, matchInviteUid } from './match.email.ts';

// Monday 2026-12-07; Lisbon is UTC+0 in December, New York UTC-5: they share 14:00–17:00Z.
const times = proposeMeetingTimes({
  participants: [
    { timeZone: 'Europe/Lisbon', windows: [] },
    { timeZone: 'America/New_York', windows: [] },
  ],
  from: Date.parse('2026-12-07T00:00:00Z'),
  days: 14,
  durationMinutes: 30,
  count: 3,
});

const base = (over: Partial<MatchEmailInput> = {}): MatchEmailInput => ({
  communityName: 'Acme Climbers',
  recipient: {
    name: 'Jo Marques',
    email: 'jo@example.org',
    timeZone: 'Europe/Lisbon',
    formats: ['lunch', 'coffee'],
  },
  partners: [
    {
      name: 'Sam Lee',
      email: 'sam@example.org',
      intro: 'I build payment systems and spend weekends at the bouldering gym.',
      team: 'Platform',
      formats: ['walk', 'coffee'],
    },
  ],
  reason: 'You both enjoy bouldering, and you work on different teams.',
  starter: 'What got you into bouldering, and what keeps you coming back to it?',
  times,
  matchUrl: 'https://kindred.example.org/communities/c1/matches/m42',
  matchId: '0193-match-42',
  now: new Date('2026-12-06T08:00:00Z'),
  organizerEmail: 'Kindred <hello@kindred.example.org>',
  ...over,
});

const noEmail = (name: string) => ({ name, email: null, intro: null, team: null, formats: [] as string[] });

function parseInvite(ics: string | null) {
  expect(ics).not.toBeNull();
  const calendar = new ICAL.Component(ICAL.parse(ics as string));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vevent = events[0] as ICAL.Component;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    event,
    vevent,
    attendees: vevent.getAllProperties('attendee').map((p) => ({
      address: String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
      name: p.getParameter('cn'),
      rsvp: p.getParameter('rsvp'),
      partstat: p.getParameter('partstat'),
    })),
  };
}

describe('composeMatchEmail', () => {
  it('says who, why, a question to open with, and three times on the recipient’s clocks', () => {
    expect(times.map((t) => t.start)).toEqual([
      '2026-12-07T14:00:00.000Z',
      '2026-12-08T14:00:00.000Z',
      '2026-12-09T14:00:00.000Z',
    ]);
    const mail = composeMatchEmail(base());
    expect(mail.subject).toBe('Meet Sam Lee: your Acme Climbers match this round');
    expect(mail.text).toContain('Hello Jo Marques,');
    expect(mail.text).toContain('Kindred matched you with Sam Lee.');
    expect(mail.text).toContain(
      'Why the two of you: You both enjoy bouldering, and you work on different teams.',
    );
    expect(mail.text).toContain('About Sam Lee, Platform');
    expect(mail.text).toContain('“I build payment systems and spend weekends at the bouldering gym.”');
    expect(mail.text).toContain('Happy to meet for: walk and coffee');
    expect(mail.text).toContain('What got you into bouldering, and what keeps you coming back to it?');
    expect(mail.text).toContain('Mon 7 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(mail.text).toContain('Tue 8 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(mail.text).toContain('Wed 9 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(mail.text).toContain('If none of these fit, write to Sam Lee (sam@example.org)');
    expect(mail.text).toMatch(/decline or postpone\. Either takes one click, and nobody is told why:\n/);
    expect(mail.text).toContain('https://kindred.example.org/communities/c1/matches/m42');
    // The HTML says the same, with working links.
    expect(mail.html).toContain('Mon 7 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(mail.html).toContain('nobody is told why');
    expect(mail.html).toContain(
      '<a href="https://kindred.example.org/communities/c1/matches/m42">https://kindred.example.org/communities/c1/matches/m42</a>',
    );
    expect(mail.html).toContain('<a href="mailto:sam@example.org">sam@example.org</a>');
  });

  it('shows the same times on the clocks of a recipient elsewhere, naming the zone', () => {
    const mail = composeMatchEmail(
      base({ recipient: { name: 'Sam Lee', email: 'sam@example.org', timeZone: 'America/New_York' } }),
    );
    expect(mail.text).toContain('Mon 7 Dec, 09:00–09:30 (America/New_York)');
    expect(mail.text).not.toContain('14:00');
    // A time across the recipient's midnight names both days; summer time is read as such.
    const late = { start: '2026-07-08T14:30:00.000Z', end: '2026-07-08T15:30:00.000Z' };
    expect(describeTime(late, 'Asia/Tokyo')).toBe('Wed 8 Jul, 23:30–Thu 9 Jul, 00:30 (Asia/Tokyo)');
    expect(describeTime(late, 'Europe/London')).toBe('Wed 8 Jul, 15:30–16:30 (Europe/London)');
  });

  it('attaches a REQUEST invite at the first time, in UTC, to everyone with an address', () => {
    const { method, event, vevent, attendees } = parseInvite(composeMatchEmail(base()).ics);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe('match-0193-match-42@kindred');
    expect(event.uid).toBe(matchInviteUid('0193-match-42'));
    expect(event.summary).toBe('Coffee with Sam Lee');
    expect(event.startDate.toString()).toBe('2026-12-07T14:00:00Z');
    expect(event.endDate.toString()).toBe('2026-12-07T14:30:00Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-06T08:00:00Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:hello@kindred.example.org');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Kindred');
    expect(attendees).toEqual([
      { address: 'mailto:jo@example.org', name: 'Jo Marques', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { address: 'mailto:sam@example.org', name: 'Sam Lee', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
    ]);
    expect(event.description).toContain('You both enjoy bouldering');
    expect(event.description).toContain('What got you into bouldering');
    expect(event.description).toContain('Tue 8 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(event.description).toContain('Wed 9 Dec, 14:00–14:30 (Europe/Lisbon)');
    expect(event.description).not.toContain('Mon 7 Dec');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://kindred.example.org/communities/c1/matches/m42',
    );
  });

  it('keeps the same UID when sent again, so calendars update the entry, and carries a raised SEQUENCE', () => {
    const again = parseInvite(
      composeMatchEmail(
        base({
          times: times.slice(1),
          now: new Date('2026-12-07T08:00:00Z'),
          sequence: 1,
          organizerEmail: '"Kindred, Acme" <hi@k.org>',
        }),
      ).ics,
    );
    expect(again.event.uid).toBe('match-0193-match-42@kindred');
    expect(again.event.startDate.toString()).toBe('2026-12-08T14:00:00Z');
    expect(again.vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(again.vevent.getFirstPropertyValue('organizer'))).toBe('mailto:hi@k.org');
    expect(again.vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Kindred, Acme');
    const bare = parseInvite(composeMatchEmail(base({ organizerEmail: 'hi@k.org' })).ics);
    expect(String(bare.vevent.getFirstPropertyValue('organizer'))).toBe('mailto:hi@k.org');
    const other = parseInvite(composeMatchEmail(base({ matchId: '0193-match-43' })).ics);
    expect(other.event.uid).not.toBe(again.event.uid);
  });

  it('names a trio, invites only those who shared an address, and says "Chat" without a common format', () => {
    const mail = composeMatchEmail(
      base({
        partners: [
          { name: 'Sam Lee', email: 'sam@example.org', intro: null, team: null, formats: ['walk'] },
          { name: 'Ana Silva', email: null, intro: null, team: 'Legal', formats: ['video-call', 'walk'] },
        ],
      }),
    );
    expect(mail.subject).toBe('Meet Sam Lee and Ana Silva: your Acme Climbers match this round');
    expect(mail.text).toContain('Why the three of you:');
    expect(mail.text).toContain('About Ana Silva, Legal');
    expect(mail.text).toContain('Happy to meet for: video call and walk');
    const { event, attendees } = parseInvite(mail.ics);
    // Sam and Ana share "walk", but Jo chose lunch or coffee: nothing is common to all three.
    expect(event.summary).toBe('Chat with Sam Lee and Ana Silva');
    expect(attendees.map((a) => a.address)).toEqual(['mailto:jo@example.org', 'mailto:sam@example.org']);
    // Without the recipient's own formats, the partners' common one is used.
    const { recipient } = base();
    const walk = composeMatchEmail(
      base({
        recipient: { name: recipient.name, email: recipient.email, timeZone: recipient.timeZone },
        partners: [
          { name: 'Sam Lee', email: 'sam@example.org', intro: null, team: null, formats: ['walk'] },
          { name: 'Ana Silva', email: null, intro: null, team: null, formats: ['video-call', 'walk'] },
        ],
      }),
    );
    expect(parseInvite(walk.ics).event.summary).toBe('Walk with Sam Lee and Ana Silva');
    const noPreference = composeMatchEmail(
      base({
        recipient: { ...recipient, formats: [] },
        partners: [{ ...noEmail('Sam Lee'), formats: ['video-call'] }],
      }),
    );
    expect(parseInvite(noPreference.ics).event.summary).toBe('Video call with Sam Lee');
  });

  it('sends no invite when no time suits everyone, and says what to do instead', () => {
    const mail = composeMatchEmail(base({ times: [] }));
    expect(mail.ics).toBeNull();
    expect(mail.text).toContain('do not overlap in the coming days, so there is no invite this time');
    expect(mail.text).toContain('Write to Sam Lee (sam@example.org) to find a time');
    expect(mail.text).not.toContain('attached invite');
    expect(mail.text).toContain('nobody is told why');
    const unreachable = composeMatchEmail(
      base({ times: [], partners: [{ name: 'Sam Lee', email: null, intro: null, team: null, formats: [] }] }),
    );
    expect(unreachable.text).toContain('you can also postpone this match from the link below');
    expect(unreachable.text).not.toContain('Email:');
    const noFit = composeMatchEmail(
      base({ partners: [{ name: 'Sam Lee', email: null, intro: null, team: null, formats: [] }] }),
    );
    expect(noFit.text).toContain('If none of these fit, postpone the match from the link below');
  });

  it('escapes what members typed in the HTML, keeps it on one line in the subject, and intact in the invite', () => {
    const hostile = '<script>alert("x")</script> Sam & Co\r\nATTENDEE:mailto:evil@example.com';
    const mail = composeMatchEmail(
      base({
        communityName: 'Climbers <b>',
        partners: [
          {
            name: hostile,
            email: 'sam@example.org',
            intro: '<img src=x onerror=alert(1)>',
            team: '"Platform"',
            formats: ['coffee'],
          },
        ],
        reason: 'You both like <em>climbing</em> & tea.',
      }),
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<em>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sam &amp; Co');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('&quot;Platform&quot;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    const { event, attendees } = parseInvite(mail.ics);
    expect(event.summary).toBe(
      'Coffee with <script>alert("x")</script> Sam & Co ATTENDEE:mailto:evil@example.com',
    );
    expect(attendees).toEqual([
      expect.objectContaining({ address: 'mailto:jo@example.org' }),
      {
        address: 'mailto:sam@example.org',
        name: "<script>alert('x')</script> Sam & Co ATTENDEE:mailto:evil@example.com",
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
      },
    ]);
  });

  it('does not offer an address that is not one, and does not link a match URL that is not a web address', () => {
    const mail = composeMatchEmail(
      base({
        matchUrl: 'javascript:alert(1)',
        partners: [{ name: 'Sam Lee', email: 'sam@x.org"><a', intro: null, team: null, formats: [] }],
      }),
    );
    expect(mail.html).not.toContain('href="javascript:');
    expect(mail.html).not.toContain('mailto:');
    expect(parseInvite(mail.ics).vevent.getFirstPropertyValue('url')).toBeNull();
    expect(parseInvite(mail.ics).attendees).toHaveLength(1);
  });
});
