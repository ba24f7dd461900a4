/**
 * Activity groups: the reads, their cache keys, and the answer a member gives. Shapes
 * are the app's own (type-only imports).
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Group, GroupRoundSummary } from '../../../../app/src/communities/group-round.present.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type { Group, GroupRoundSummary };
export type GroupAnswer = Exclude<Group['myResponse'], 'pending'>;

export const GROUP_SIZES = ['4', '5', '6', '7', '8'] as const;

export const groupsKey = (communityId: string) => ['communities', communityId, 'groups'] as const;
export const groupRoundsKey = (communityId: string) => ['communities', communityId, 'group-rounds'] as const;

/** The groups you were placed in, newest first. */
export function useMyGroups(communityId: string) {
  return useInfiniteQuery({
    queryKey: groupsKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<Group>>(`/communities/${communityId}/groups`, { limit: 10, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Group rounds with their figures: every one for admins, your own for members. */
export function useGroupRounds(communityId: string) {
  return useInfiniteQuery({
    queryKey: groupRoundsKey(communityId),
    queryFn: ({ pageParam }) =>
      api.get<Page<GroupRoundSummary>>(`/communities/${communityId}/group-rounds`, {
        limit: 10,
        cursor: pageParam,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** "bouldering, board games" → ["bouldering", "board games"]; blank means any shared interest. */
export function activitiesFrom(text: string): string[] | null {
  const list = text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : null;
}
