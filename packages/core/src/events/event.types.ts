/** Events you plan to go to, and the people you expect to find there. */
import type { PersonInterest } from '../people/person.types.ts';

export const EVENT_KINDS = [
  'meetup',
  'conference',
  'talk',
  'dinner',
  'workshop',
  'party',
  'offsite',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Attendee {
  id: string;
  name: string;
  organisation: string | null;
  role: string | null;
  interests: PersonInterest[];
  /** Set when the attendee is someone already in your people. */
  personId: string | null;
}

export interface KindredEvent {
  id: string;
  name: string;
  kind: EventKind;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  location: string | null;
  energyCost: number;
  /** What you want from it, e.g. "two meaningful conversations". */
  goal: string | null;
  notes: string | null;
  debriefedAt: string | null;
  createdAt: string;
  attendees: Attendee[];
}
