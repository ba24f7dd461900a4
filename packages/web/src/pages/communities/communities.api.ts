/**
 * The community pages' reads, their cache keys, and the words for each stored choice
 * (roles, formats, who sees a field). Shapes come from the server's schemas (type-only).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  Community,
  CommunityInvite,
  CommunityMember,
  MyCommunityProfile,
  Page,
  SharedProfile,
} from '../../api/types.ts';

export type Role = Community['role'];
export type Visibility = MyCommunityProfile['visibility']['interests'];
export type MeetingFormat = MyCommunityProfile['formats'][number];
export type Seniority = NonNullable<MyCommunityProfile['seniority']>;
export type Frequency = MyCommunityProfile['frequency'];
export type OpenTo = MyCommunityProfile['openTo'][number];
export type Weekday = MyCommunityProfile['availability'][number]['day'];
export type ShareableField = keyof MyCommunityProfile['visibility'];

export interface MemberProfile {
  userId: string;
  displayName: string;
  matched: boolean;
  profile: SharedProfile;
}

export const ROLE_LABELS: Record<Role, string> = { member: 'Member', admin: 'Admin' };

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  members: 'Everyone here',
  matches: 'Only my matches',
  nobody: 'Nobody (used for matching only)',
};

export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  coffee: 'Coffee',
  walk: 'A walk',
  'video-call': 'Video call',
  lunch: 'Lunch',
  'group-activity': 'Small-group activity',
};

export const SENIORITY_LABELS: Record<Seniority, string> = {
  'early-career': 'Early in my career',
  'mid-level': 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
};

export const OPEN_TO_LABELS: Record<OpenTo, string> = {
  peer: 'Peer friendship',
  mentor: 'Mentoring someone',
  mentee: 'Being mentored',
};

export const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const communitiesKey = ['communities'] as const;
export const communityKey = (id: string) => ['communities', id] as const;
export const membersKey = (id: string) => ['communities', id, 'members'] as const;
export const invitesKey = (id: string) => ['communities', id, 'invites'] as const;
export const myProfileKey = (id: string) => ['communities', id, 'profile'] as const;
export const memberProfileKey = (id: string, userId: string) =>
  ['communities', id, 'members', userId, 'profile'] as const;

/** The communities you are in. A person belongs to a handful: one page of 500 holds them. */
export function useCommunities() {
  return useQuery({
    queryKey: communitiesKey,
    queryFn: () => api.get<Page<Community>>('/communities', { limit: 500 }),
  });
}

export function useCommunity(id: string) {
  return useQuery({ queryKey: communityKey(id), queryFn: () => api.get<Community>(`/communities/${id}`) });
}

/** The member directory, a page at a time: a company community can hold thousands. */
export function useMembers(id: string) {
  return useInfiniteQuery({
    queryKey: membersKey(id),
    queryFn: ({ pageParam }) =>
      api.get<Page<CommunityMember>>(`/communities/${id}/members`, { limit: 100, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useInvites(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: invitesKey(id),
    queryFn: ({ pageParam }) =>
      api.get<Page<CommunityInvite>>(`/communities/${id}/invites`, { limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

export function useMyProfile(id: string) {
  return useQuery({
    queryKey: myProfileKey(id),
    queryFn: () => api.get<MyCommunityProfile>(`/communities/${id}/profile`),
  });
}

export function useMemberProfile(id: string, userId: string) {
  return useQuery({
    queryKey: memberProfileKey(id, userId),
    queryFn: () => api.get<MemberProfile>(`/communities/${id}/members/${userId}/profile`),
  });
}
