/**
 * Asks and introductions: the reads, their cache keys, and the writes the sections
 * share. Shapes are the app's own (type-only imports).
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Ask,
  Introduction,
  IntroductionStatus,
  Suggestion,
} from '../../../../app/src/communities/introduction.present.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type { Ask, Introduction, IntroductionStatus, Suggestion };

export const asksKey = (communityId: string) => ['communities', communityId, 'asks'] as const;
export const introductionsKey = (communityId: string) =>
  ['communities', communityId, 'introductions'] as const;

/** The community's open asks, newest first. */
export function useAsks(communityId: string) {
  return useInfiniteQuery({
    queryKey: asksKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<Ask>>(`/communities/${communityId}/asks`, { limit: 20, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Members who fit an ask, read only once someone opens the ask's suggestions. */
export function useSuggestions(communityId: string, askId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...asksKey(communityId), askId, 'suggestions'],
    queryFn: () => api.get<{ items: Suggestion[] }>(`/communities/${communityId}/asks/${askId}/suggestions`),
    enabled,
  });
}

/** The introductions you are in or proposed, newest first. */
export function useIntroductions(communityId: string) {
  return useInfiniteQuery({
    queryKey: introductionsKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<Introduction>>(`/communities/${communityId}/introductions`, {
        limit: 20,
        cursor: pageParam,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A write that refreshes the asks board and your introductions when it lands. */
export function useIntroductionWrite<T, R>(communityId: string, send: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: asksKey(communityId) }),
        queryClient.invalidateQueries({ queryKey: introductionsKey(communityId) }),
      ]),
  });
}

export interface ProposalBody {
  userIds: [string, string];
  note?: string | null;
  askId?: string | null;
}

export const STATUS_LABELS: Record<IntroductionStatus, string> = {
  waiting: 'Waiting for answers',
  introduced: 'Introduced',
  'not-going-ahead': 'Not going ahead',
};
