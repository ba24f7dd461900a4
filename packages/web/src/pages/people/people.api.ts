/**
 * What the People pages read and write, with the list's own item shape (a person with
 * the rhythm of the tie), inferred type-only from the server's schema.
 */
import type { z } from '@hono/zod-openapi';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListedPersonSchema } from '../../../../server/src/routes/people.routes.ts';
import { api } from '../../api/client.ts';
import type { Detail, Interaction, Person, PersonOverview, TaxonomyEntry } from '../../api/types.ts';

export type ListedPerson = z.infer<typeof ListedPersonSchema>;

export interface PeopleFilters {
  search: string;
  stage: string;
  tag: string;
  interest: string;
  overdue: boolean;
}

export const peopleKey = ['people'] as const;
export const personKey = (id: string) => ['people', 'one', id] as const;

export interface AddPersonBody {
  name: string;
  organisation?: string | null;
  role?: string | null;
  metHow?: string | null;
  metWhere?: string | null;
  metOn?: string | null;
  channels?: { kind: 'email'; value: string; label: null }[];
  tags?: string[];
  interests?: string[];
  detail?: { text: string; happensOn: string | null; followUpOn: string | null };
}

export interface AddPersonResult {
  person: Person;
  mergedInto: boolean;
  detail: Detail | null;
}

export interface LogResult {
  interaction: Interaction;
  promoted: { person: Person; from: string }[];
}

export function usePersonOverview(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => api.get<PersonOverview>(`/people/${id}`) });
}

/** Taxonomy suggestions for what is being typed (nothing for blank text). */
export function useInterestSuggestions(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['interests', q],
    queryFn: () => api.get<{ items: TaxonomyEntry[] }>('/interests', { q, limit: 8 }),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** After any change to people, everything that shows them reads again (plan, insights too). */
export function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}
