/**
 * Shapes for activity groups: members with the activities they listed, and the
 * proposed small groups (4–8 by default), each around one activity, plus who could not
 * be placed and why. Interests are taxonomy keys: two members share an activity when
 * they listed the same key (normalising free text onto keys is the taxonomy's job).
 */

export interface GroupMember {
  id: string;
  name?: string;
  /** Activity keys, most wanted first. */
  interests: readonly string[];
}

export interface ActivityGroupsRequest {
  members: readonly GroupMember[];
  /** Smallest group (default 4). */
  min?: number;
  /** Largest group (default 8). */
  max?: number;
  seed?: number | string;
  /** Restarts of the randomised greedy; the best result is kept (default 40). */
  attempts?: number;
  /** Readable name for an activity key (e.g. from the taxonomy); the key itself when absent. */
  label?: (key: string) => string | undefined;
}

export interface ActivityGroup {
  /** 1-based, in the order the groups are listed. */
  group: number;
  activity: string;
  label: string;
  /** Member ids. */
  members: string[];
}

export type UnplacedReason = 'no-activities' | 'no-shared-activity' | 'too-few-for-group' | 'groups-full';

export interface UnplacedMember {
  member: string;
  reason: UnplacedReason;
  /** A sentence about the member, e.g. "Nobody else listed any of their activities (chess)." */
  message: string;
}

export interface ActivityGroupsStats {
  members: number;
  placed: number;
  unplaced: number;
  groups: number;
  /** Distinct activities listed by anyone. */
  activitiesListed: number;
  /** Placed members whose group is their first-listed activity. */
  placedInFirstChoice: number;
}

export interface ActivityGroupsPlan {
  kind: 'activity-groups';
  version: 1;
  seed: number | string;
  min: number;
  max: number;
  groups: ActivityGroup[];
  unplaced: UnplacedMember[];
  stats: ActivityGroupsStats;
}
