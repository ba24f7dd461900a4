/**
 * Matches and pairing rounds: the reads, their cache keys, and proposed times written in
 * the reader's own time zone. Shapes are the app's own (type-only imports).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Match } from '../../../../app/src/communities/match.service.ts';
import type { RoundOutcome } from '../../../../app/src/communities/round.service.ts';
import type {
  Exclusion,
  RoundRules,
  RoundSummary,
} from '../../../../app/src/communities/round-rules.service.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type { Exclusion, Match, RoundOutcome, RoundRules, RoundSummary };
export type MatchAnswer = Match['myResponse'];
export type Cadence = RoundRules['cadence'];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'About once a month',
  off: 'Off (only when run by hand)',
};

export const matchesKey = (communityId: string) => ['communities', communityId, 'matches'] as const;
export const rulesKey = (communityId: string) => ['communities', communityId, 'rounds', 'rules'] as const;
export const roundsKey = (communityId: string) => ['communities', communityId, 'rounds', 'list'] as const;
export const exclusionsKey = (communityId: string) => ['communities', communityId, 'exclusions'] as const;

/** Your matches in one community, newest first, a few at a time. */
export function useMatches(communityId: string) {
  return useInfiniteQuery({
    queryKey: matchesKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<Match>>('/matches', { communityId, limit: 10, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRoundRules(communityId: string) {
  return useQuery({
    queryKey: rulesKey(communityId),
    queryFn: () => api.get<RoundRules>(`/communities/${communityId}/rounds/rules`),
  });
}

export function useRounds(communityId: string) {
  return useInfiniteQuery({
    queryKey: roundsKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<RoundSummary>>(`/communities/${communityId}/rounds`, { limit: 10, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useExclusions(communityId: string) {
  return useQuery({
    queryKey: exclusionsKey(communityId),
    queryFn: () => api.get<{ items: Exclusion[] }>(`/communities/${communityId}/exclusions`),
  });
}

/** "Tuesday 9 March, 12:00–12:30 (Europe/Lisbon)": a proposed time on the reader's clock. */
export function timeSpan(start: string, end: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(start));
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${clock.format(new Date(start))}–${clock.format(new Date(end))}`;
}

/** An instant as a day and time on a given clock: "Monday 7 December, 09:00". */
export function instant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
