/**
 * The email that tells a member who they were matched with this round: who, why, a
 * question to open with, a few times that suit everyone (on the recipient's clocks), how
 * to bow out quietly, and a calendar invite (.ics, METHOD:REQUEST) at the first time.
 * Plain data in, text out; the rounds job does the reading and the sending.
 *
 * The invite's UID comes from the match id, so sending it again (new times, a reminder)
 * updates the same calendar entry instead of adding a second one.
 */
import type { ProposedTime } from '@kindred/core';
import { FORM_INFO, isInteractionForm } from '@kindred/core';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { escapeHtml } from '../digest/compose-digest.ts';

export interface MatchEmailInput {
  communityName: string;
  /** `formats` (optional): the recipient's own preferred formats, to pick the invite's format; empty is no preference. */
  recipient: { name: string; email: string; timeZone: string; formats?: string[] };
  /** The one or two others in the match, with what they chose to share (already filtered for visibility). */
  partners: {
    name: string;
    email: string | null;
    intro: string | null;
    team: string | null;
    formats: string[];
  }[];
  reason: string; // why they were matched (from the engine), e.g. "You both enjoy bouldering and ..."
  starter: string; // a conversation starter
  times: ProposedTime[]; // 0..3, from proposeMeetingTimes
  /** Link to the match in the web app (accept, decline, postpone, feedback). */
  matchUrl: string;
  /** Stable id of the match: the .ics UID derives from it so a re-sent invite updates the same calendar entry. */
  matchId: string;
  now: Date; // DTSTAMP
  organizerEmail: string; // the server's From address
  /** Raise it when re-sending a changed invite, so calendars take the new version (default 0). */
  sequence?: number;
}

export interface MatchEmail {
  subject: string;
  text: string;
  html: string;
  ics: string | null;
}

/** How to attach `MatchEmail.ics` so mail clients offer accept/decline buttons. */
export const MATCH_INVITE_ATTACHMENT = {
  filename: 'invite.ics',
  contentType: 'text/calendar; charset=utf-8; method=REQUEST',
} as const;

export function matchInviteUid(matchId: string): string {
  return `match-${matchId}@kindred`;
}

/** Names and teams go into one-line places (subject, lists): no line breaks smuggled in. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A name as an iCalendar parameter (CN): one line, and no double quote, which a quoted
 * parameter value cannot hold (ical-generator's backslash is not an escape there).
 */
const paramText = (text: string) => oneLine(text).replace(/"/g, "'");

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A format key as people say it: "video_call" is "Video call". */
function formatLabel(format: string): string {
  if (isInteractionForm(format)) return FORM_INFO[format].label;
  const words = format.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The first format everyone in the match chose, in the recipient's order when known. A
 * recipient who chose none has no preference, so the partners' common one stands.
 */
function commonFormat(input: MatchEmailInput): string | null {
  const own = input.recipient.formats?.length ? input.recipient.formats : null;
  const sets = input.partners.map((p) => new Set(p.formats));
  if (own) sets.push(new Set(own));
  const order = own ?? input.partners[0]?.formats ?? [];
  return order.find((f) => sets.every((s) => s.has(f))) ?? null;
}

const EMAIL_RE = /^[^\s@<>"]+@[^\s@<>"]+$/;
/** Only a web address becomes a link. */
const WEB_URL_RE = /^https?:\/\//i;

function dayAndTime(instant: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('weekday')} ${get('day')} ${get('month')}`, time: `${get('hour')}:${get('minute')}` };
}

/** e.g. "Tue 8 Dec, 14:00–14:30 (Europe/Lisbon)", on the recipient's clocks. */
export function describeTime(time: ProposedTime, timeZone: string): string {
  const start = dayAndTime(new Date(time.start), timeZone);
  const end = dayAndTime(new Date(time.end), timeZone);
  const until = end.day === start.day ? end.time : `${end.day}, ${end.time}`;
  return `${start.day}, ${start.time}–${until} (${timeZone})`;
}

/** The email's content once, so the text and the HTML cannot drift apart. */
interface Content {
  subject: string;
  greeting: string;
  opening: string;
  why: string;
  people: { name: string; lines: string[]; email: string | null }[];
  starter: string;
  timesIntro: string;
  times: string[];
  afterTimes: string[];
  bowOut: string;
  matchUrl: string;
}

function gather(input: MatchEmailInput): Content {
  const partners = input.partners.map((p) => ({ ...p, name: oneLine(p.name) }));
  const names = listOf(partners.map((p) => p.name));
  const community = oneLine(input.communityName);
  const zone = input.recipient.timeZone;
  const reachable = partners.filter((p) => p.email && EMAIL_RE.test(p.email));
  const writeTo = listOf(reachable.map((p) => `${p.name} (${p.email})`));
  const times = input.times.map((t) => describeTime(t, zone));
  const group = partners.length > 1 ? 'the three of you' : 'the two of you';

  const afterTimes: string[] = [];
  if (times.length) {
    afterTimes.push('The first time is in the attached invite: accept it and it goes in your calendar.');
    afterTimes.push(
      reachable.length
        ? `If none of these fit, write to ${writeTo} with a time or two that do; a short note is plenty.`
        : 'If none of these fit, postpone the match from the link below and Kindred will look for a time again next round.',
    );
  } else {
    afterTimes.push(
      reachable.length
        ? `Write to ${writeTo} to find a time, and think about adding a window or two to your availability so the next round has more to go on.`
        : 'Adding a window or two to your availability gives the next round more to go on; you can also postpone this match from the link below.',
    );
  }

  return {
    subject: `Meet ${names}: your ${community} match this round`,
    greeting: `Hello ${oneLine(input.recipient.name)},`,
    opening: `This round in ${community}, Kindred matched you with ${names}.`,
    why: `Why ${group}: ${input.reason.trim()}`,
    people: partners.map((p) => {
      const lines: string[] = [];
      if (p.intro?.trim()) lines.push(`In their words: “${p.intro.trim()}”`);
      if (p.formats.length)
        lines.push(`Happy to meet for: ${listOf(p.formats.map((f) => formatLabel(f).toLowerCase()))}`);
      return {
        name: p.team?.trim() ? `${p.name}, ${oneLine(p.team)}` : p.name,
        lines,
        email: p.email && EMAIL_RE.test(p.email) ? p.email : null,
      };
    }),
    starter: `Something to open with, if you like: ${input.starter.trim()}`,
    timesIntro: times.length
      ? `Times that suit ${group}, in your time zone:`
      : `Your available hours and those of ${names} do not overlap in the coming days, so there is no invite this time.`,
    times,
    afterTimes,
    bowOut:
      'Open the match to say you are in, or to decline or postpone. Either takes one click, and nobody is told why:',
    matchUrl: input.matchUrl,
  };
}

function toText(c: Content): string {
  const lines = [c.greeting, '', c.opening, '', c.why];
  for (const p of c.people) {
    lines.push('', `About ${p.name}`, ...p.lines.map((l) => `  ${l}`));
    if (p.email) lines.push(`  Email: ${p.email}`);
  }
  lines.push('', c.starter, '', c.timesIntro, ...c.times.map((t) => `  - ${t}`));
  lines.push('', ...c.afterTimes, '', c.bowOut, c.matchUrl, '');
  return lines.join('\n');
}

function toHtml(c: Content): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const people = c.people.map(
    (person) =>
      `<li><strong>${escapeHtml(person.name)}</strong>` +
      person.lines.map((l) => `<br>${escapeHtml(l)}`).join('') +
      (person.email
        ? `<br>Email: <a href="mailto:${escapeHtml(person.email)}">${escapeHtml(person.email)}</a>`
        : '') +
      '</li>',
  );
  const link = WEB_URL_RE.test(c.matchUrl)
    ? `<a href="${escapeHtml(c.matchUrl)}">${escapeHtml(c.matchUrl)}</a>`
    : escapeHtml(c.matchUrl);
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:40em">',
    p(c.greeting),
    p(c.opening),
    p(c.why),
    `<ul style="padding-left:1.25em">${people.join('')}</ul>`,
    p(c.starter),
    p(c.timesIntro),
    c.times.length
      ? `<ul style="padding-left:1.25em">${c.times.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`
      : '',
    ...c.afterTimes.map(p),
    `<p>${escapeHtml(c.bowOut)} ${link}</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** "Kindred <hello@x.org>" or "hello@x.org" as ORGANIZER's name and address. */
function organizer(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return m
    ? { name: m[1] || 'Kindred', email: (m[2] as string).trim() }
    : { name: 'Kindred', email: from.trim() };
}

function toIcs(input: MatchEmailInput, c: Content): string | null {
  const [first, ...others] = input.times;
  if (!first) return null;
  const format = commonFormat(input);
  const names = listOf(input.partners.map((p) => oneLine(p.name)));
  const description = [c.why, '', c.starter];
  if (others.length) {
    description.push(
      '',
      'Other times that suit everyone:',
      ...others.map((t) => `- ${describeTime(t, input.recipient.timeZone)}`),
    );
  }
  description.push('', `The match in Kindred: ${input.matchUrl}`);
  const calendar = ical({
    prodId: { company: 'Kindred', product: 'Match invite', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
  });
  const attendee = (name: string, email: string) => ({
    name: paramText(name),
    email,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp: true,
  });
  calendar.createEvent({
    id: matchInviteUid(input.matchId),
    sequence: input.sequence ?? 0,
    stamp: input.now,
    start: new Date(first.start),
    end: new Date(first.end),
    summary: `${format ? formatLabel(format) : 'Chat'} with ${names}`,
    description: description.join('\n'),
    url: WEB_URL_RE.test(input.matchUrl) ? input.matchUrl : null,
    organizer: organizer(input.organizerEmail),
    attendees: [
      attendee(input.recipient.name, input.recipient.email),
      ...input.partners.flatMap((p) =>
        p.email && EMAIL_RE.test(p.email) ? [attendee(p.name, p.email)] : [],
      ),
    ],
  });
  return calendar.toString();
}

/**
 * The announcement for one member of a match. Times are shown on the recipient's clocks
 * with the zone named; the invite holds the first time (null when there are no times).
 */
export function composeMatchEmail(input: MatchEmailInput): MatchEmail {
  const content = gather(input);
  return {
    subject: content.subject,
    text: toText(content),
    html: toHtml(content),
    ics: toIcs(input, content),
  };
}
