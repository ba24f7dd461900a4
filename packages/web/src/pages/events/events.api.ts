/** The events pages' reads and writes, with the shapes the server validates (type-only). */

import { EVENT_KINDS, type EventKind } from '@kindred/core/events/event.types.ts';
import { useQuery } from '@tanstack/react-query';
import type { EventInput as AppEventInput, MetInput } from '../../../../app/src/events/event.service.ts';
import { api } from '../../api/client.ts';
import type { KindredEvent, Page } from '../../api/types.ts';

export type EventInput = AppEventInput;
export type MetPerson = MetInput;

export interface DebriefResult {
  event: KindredEvent;
  people: { id: string; name: string; mergedInto: boolean }[];
}

export { EVENT_KINDS, type EventKind };

export const KIND_LABELS: Record<EventKind, string> = {
  meetup: 'Meetup',
  conference: 'Conference',
  talk: 'Talk',
  dinner: 'Dinner',
  workshop: 'Workshop',
  party: 'Party',
  offsite: 'Offsite',
  other: 'Something else',
};

export const eventsKey = ['events'] as const;
export const eventKey = (id: string) => ['events', id] as const;
export const prepKey = (id: string) => ['events', id, 'prep'] as const;

/** Every event, soonest first. People keep tens of events, not thousands: read them all. */
async function allEvents(): Promise<KindredEvent[]> {
  const events: KindredEvent[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 40; i++) {
    const page: Page<KindredEvent> = await api.get<Page<KindredEvent>>('/events', {
      limit: 500,
      cursor,
    });
    events.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return events;
}

export function useEvents() {
  return useQuery({ queryKey: eventsKey, queryFn: allEvents });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKey(id), queryFn: () => api.get<KindredEvent>(`/events/${id}`) });
}
