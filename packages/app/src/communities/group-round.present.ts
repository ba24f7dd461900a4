/**
 * Group rounds and groups as people see them. A member placed in a group sees the
 * activity, why, and the others with what they share with the community, but never
 * anyone's answer: only how many are in, so declining stays quiet. An address shows
 * only between two members who have both said yes. Admins (and whoever started a round)
 * see its figures: counts, never who.
 */
import { labelForKey } from '@kindred/core';
import type { GroupRecord, GroupResponse, GroupRoundSummaryRecord } from '@kindred/store';
import type { InterestLabel, SharedProfile } from './profile.present.ts';

export interface GroupMate {
  userId: string;
  displayName: string;
  /** Only once you and they have both said yes. */
  email: string | null;
  profile: SharedProfile;
}

export interface Group {
  id: string;
  communityId: string;
  roundId: string;
  roundTitle: string;
  activity: InterestLabel;
  reason: string;
  createdAt: string;
  myResponse: GroupResponse;
  /** Everyone placed in the group, you included (members who left are gone). */
  size: number;
  /** How many have said yes, you included; who has not is not shown. */
  accepted: number;
  /** The others in the group. */
  members: GroupMate[];
}

export interface GroupRoundSummary {
  id: string;
  communityId: string;
  title: string;
  /** The activities on offer; null when any shared interest would do. */
  activities: InterestLabel[] | null;
  minSize: number;
  maxSize: number;
  startedByMe: boolean;
  createdAt: string;
  /**
   * Who took part: those who chose group activities. 'every-active-member' only on rounds
   * started before groups were opt-in, when nobody had chosen them.
   */
  basis: 'chose-group-activity' | 'every-active-member';
  /** As it ran. */
  members: number;
  takingPart: number;
  placed: number;
  unplaced: number;
  groups: number;
  /** Now: members still placed, and their answers. */
  placedNow: number;
  accepted: number;
  declined: number;
  pending: number;
}

const labelled = (key: string): InterestLabel => ({ key, label: labelForKey(key) });

export function presentGroupRound(record: GroupRoundSummaryRecord): GroupRoundSummary {
  return {
    id: record.id,
    communityId: record.communityId,
    title: record.title,
    activities: record.activities === null ? null : record.activities.map(labelled),
    minSize: record.minSize,
    maxSize: record.maxSize,
    startedByMe: record.startedByMe,
    createdAt: record.createdAt,
    basis: record.stats.basis,
    members: record.stats.members,
    takingPart: record.stats.takingPart,
    placed: record.stats.placed,
    unplaced: record.stats.unplaced,
    groups: record.stats.groups,
    placedNow: record.placedNow,
    accepted: record.accepted,
    declined: record.declined,
    pending: record.pending,
  };
}

export function presentGroup(
  record: GroupRecord,
  viewerId: string,
  profiles: ReadonlyMap<string, SharedProfile>,
): Group {
  const iAccepted = record.myResponse === 'accepted';
  return {
    id: record.id,
    communityId: record.communityId,
    roundId: record.roundId,
    roundTitle: record.roundTitle,
    activity: { key: record.activity, label: record.label },
    reason: record.reason,
    createdAt: record.createdAt,
    myResponse: record.myResponse,
    size: record.members.length,
    accepted: record.members.filter((m) => m.response === 'accepted').length,
    members: record.members
      .filter((m) => m.userId !== viewerId)
      .map((m) => ({
        userId: m.userId,
        displayName: m.displayName,
        email: iAccepted && m.response === 'accepted' ? m.email : null,
        profile: profiles.get(m.userId) ?? {},
      })),
  };
}
