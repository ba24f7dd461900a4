/**
 * The private calendar feed as iCalendar text (RFC 5545): the plan's steps and the
 * user's events as all-day entries, so a calendar app shows what is coming without
 * Kindred sending anything. Plain data in, text out; the service does the reading.
 *
 * UIDs are derived from the action key and the event id, so a subscribed calendar
 * updates an entry in place when the plan moves it, instead of showing it twice.
 */
import { createHash } from 'node:crypto';
import type { KindredEvent, PlanAction } from '@kindred/core';
import { addDays } from '@kindred/core';
import ical, { escape as escapeText, ICalEventTransparency } from 'ical-generator';

export interface PlanCalendarInput {
  /** The plan's steps; each goes on its `day`. */
  actions: readonly PlanAction[];
  events: readonly KindredEvent[];
  /** The user's IANA zone, advertised so clients show the days as the user's days. */
  timeZone: string;
  /** When this copy was made (DTSTAMP). */
  now: Date;
}

/** How often a subscribed calendar should fetch again: the plan rolls forward daily. */
export const FEED_REFRESH_SECONDS = 3600;

const EVENT_KIND_LABEL: Record<KindredEvent['kind'], string> = {
  meetup: 'Meetup',
  conference: 'Conference',
  talk: 'Talk',
  dinner: 'Dinner',
  workshop: 'Workshop',
  party: 'Party',
  offsite: 'Offsite',
  other: 'Event',
};

/**
 * A plan step's UID. Keys carry person and detail ids; a hash keeps them out of a file
 * that calendar apps copy around, and stays the same for as long as the key does.
 */
export function planActionUid(key: string): string {
  return `step-${createHash('sha256').update(key).digest('hex').slice(0, 32)}@kindred`;
}

export function eventUid(id: string): string {
  return `event-${id}@kindred`;
}

/** A `YYYY-MM-DD` day as the Date ical-generator writes as `VALUE=DATE` (it reads UTC). */
function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function points(n: number): string {
  return `${n} energy point${n === 1 ? '' : 's'}`;
}

function describeAction(action: PlanAction): string {
  const lines = [action.reason, '', `Energy: ${points(action.energyCost)}.`];
  const draft = action.drafts[0]?.draft;
  if (draft) {
    lines.push('', 'A draft to start from:', '');
    if (draft.subject) lines.push(`Subject: ${draft.subject}`, '');
    lines.push(draft.body);
  }
  return lines.join('\n');
}

function describeEvent(event: KindredEvent): string {
  const lines = [`${EVENT_KIND_LABEL[event.kind]}, ${points(event.energyCost)}.`];
  if (event.goal) lines.push(`Your goal: ${event.goal}`);
  return lines.join('\n');
}

export function writePlanCalendar(input: PlanCalendarInput): string {
  const calendar = ical({
    name: 'Kindred plan',
    description: 'Your next small steps and the events you are going to, from Kindred.',
    prodId: { company: 'Kindred', product: 'Plan feed', language: 'EN' },
    ttl: FEED_REFRESH_SECONDS,
  });
  for (const action of input.actions) {
    calendar.createEvent({
      id: planActionUid(action.key),
      stamp: input.now,
      start: dateOf(action.day),
      end: dateOf(addDays(action.day, 1)),
      allDay: true,
      summary: action.title,
      description: describeAction(action),
      // A step is a reminder, not a meeting: it should not block the day as busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  for (const event of input.events) {
    calendar.createEvent({
      id: eventUid(event.id),
      stamp: input.now,
      start: dateOf(event.startsOn),
      end: dateOf(addDays(event.startsOn, 1)),
      allDay: true,
      summary: event.name,
      description: describeEvent(event),
      location: event.location,
    });
  }
  return withTimeZoneHint(calendar.toString(), input.timeZone);
}

/**
 * Adds X-WR-TIMEZONE among the calendar's own properties. ical-generator writes custom
 * properties after the events, which RFC 5545's grammar does not allow, and its own
 * time-zone option would write DTSTAMP in local time, which the RFC forbids.
 */
function withTimeZoneHint(text: string, timeZone: string): string {
  const line = `X-WR-TIMEZONE:${escapeText(timeZone, false)}\r\n`;
  const at = text.search(/BEGIN:VEVENT\r\n|END:VCALENDAR/);
  return at < 0 ? text : text.slice(0, at) + line + text.slice(at);
}
