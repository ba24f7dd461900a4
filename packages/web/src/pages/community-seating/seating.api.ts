/**
 * The seating pages' reads, their cache keys, and the shapes the server sends (inferred
 * from its own schemas, type-only: nothing of the server reaches the browser bundle).
 */
import type { z } from '@hono/zod-openapi';
import { useQuery } from '@tanstack/react-query';
import type {
  ScheduleSchema,
  SeatingEventSchema,
  SeatingEventSummarySchema,
} from '../../../../server/src/routes/community-seating.routes.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type SeatingEvent = z.infer<typeof SeatingEventSchema>;
export type SeatingEventSummary = z.infer<typeof SeatingEventSummarySchema>;
export type SeatingSchedule = z.infer<typeof ScheduleSchema>;

/** What the setup form sends (the server checks it again and names any field at fault). */
export interface SeatingSetup {
  title: string;
  date: string | null;
  userIds: string[];
  guests: string[];
  tables: { seats: number; name?: string | null }[];
  rounds: number;
  roundNames: string[];
  keepTogether: { attendees: string[]; mode: 'always' | 'first-round' }[];
  keepApart: { attendees: string[] }[];
}

export const seatingPath = (communityId: string) => `/communities/${communityId}/seating-events`;
export const seatingEventsKey = (communityId: string) => ['communities', communityId, 'seating'] as const;
export const seatingEventKey = (communityId: string, eventId: string) =>
  ['communities', communityId, 'seating', eventId] as const;

/** The printable page, opened by the browser itself (the session cookie goes with it). */
export const placeCardsUrl = (communityId: string, eventId: string) =>
  `/api${seatingPath(communityId)}/${eventId}/place-cards`;

/** A community holds a handful of seating events: one page of 500 holds them. */
export function useSeatingEvents(communityId: string) {
  return useQuery({
    queryKey: seatingEventsKey(communityId),
    queryFn: () => api.get<Page<SeatingEventSummary>>(seatingPath(communityId), { limit: 500 }),
  });
}

export function useSeatingEvent(communityId: string, eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: seatingEventKey(communityId, eventId),
    queryFn: () => api.get<SeatingEvent>(`${seatingPath(communityId)}/${eventId}`),
    enabled,
  });
}

export function useMySchedule(communityId: string, eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...seatingEventKey(communityId, eventId), 'schedule'],
    queryFn: () => api.get<SeatingSchedule>(`${seatingPath(communityId)}/${eventId}/schedule`),
    enabled,
    retry: false,
  });
}

/** Names in order, blanks dropped: one per line, or (`commas`) also split at commas. */
export function namesFrom(text: string, commas = false): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((n) => n.trim())
    .filter(Boolean);
}
