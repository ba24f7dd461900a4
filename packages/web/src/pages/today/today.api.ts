/** What the Today page reads and writes: the plan, and the three answers to a step. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, Person, Plan } from '../../api/types.ts';

export type Horizon = 'day' | 'week';
export type Outcome = 'great' | 'good' | 'ok' | 'awkward';

export const planKey = (horizon: Horizon) => ['plan', horizon] as const;

export function usePlan(horizon: Horizon) {
  return useQuery({ queryKey: planKey(horizon), queryFn: () => api.get<Plan>('/plan', { horizon }) });
}

/** Whether the notebook has anyone in it yet (for the first-day empty state). */
export function useHasPeople() {
  return useQuery({
    queryKey: ['people', 'any'],
    queryFn: async () => (await api.get<Page<Person>>('/people', { limit: 1 })).items.length > 0,
  });
}

export interface DoneBody {
  note?: string | null;
  topics?: string[];
  outcome?: Outcome | null;
}

export const answerStep = {
  done: (ref: string, body: DoneBody) =>
    api.post<{ key: string; interactionId: string }>(`/plan/actions/${encodeURIComponent(ref)}/done`, body),
  snooze: (ref: string, until: string) =>
    api.post<{ key: string; state: 'snoozed'; until: string }>(
      `/plan/actions/${encodeURIComponent(ref)}/snooze`,
      { until },
    ),
  dismiss: (ref: string) =>
    api.post<{ key: string; state: 'dismissed' }>(`/plan/actions/${encodeURIComponent(ref)}/dismiss`),
};
