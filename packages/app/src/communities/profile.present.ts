/**
 * Profiles as people see them. The owner sees everything they saved; anyone else sees
 * only the fields whose visibility lets them: "members" to every member, "matches" to
 * those who have shared a match with the owner, "nobody" to nobody. A field not shown
 * is left out of the object altogether, so nothing hidden can leak through a null.
 */
import { labelForKey } from '@kindred/core';
import type { ProfileRecord } from '@kindred/store';
import {
  DEFAULT_VISIBILITY,
  type MatchFrequency,
  type MeetingFormat,
  type SeniorityLevel,
  SHAREABLE_FIELDS,
  type ShareableField,
  type Visibility,
  type VisibilityMap,
} from './profile.schema.ts';

export interface InterestLabel {
  key: string;
  label: string;
}

export interface AvailabilityWindow {
  day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  start: string;
  end: string;
}

/** Every field, as the owner sees and edits it. */
export interface MyProfile {
  communityId: string;
  /** False until the member first saves: the values are then the defaults. */
  filled: boolean;
  interests: InterestLabel[];
  team: string | null;
  seniority: SeniorityLevel | null;
  location: string | null;
  timeZone: string | null;
  availability: AvailabilityWindow[];
  formats: MeetingFormat[];
  frequency: MatchFrequency;
  paused: boolean;
  pausedUntil: string | null;
  openTo: ('peer' | 'mentor' | 'mentee')[];
  intro: string | null;
  visibility: VisibilityMap;
  updatedAt: string | null;
}

/** What another member may see: only the shared fields are present. */
export type SharedProfile = Partial<Pick<MyProfile, ShareableField>>;

/** A profile nobody has saved yet: nothing shared, matched weekly, open to peers. */
export function defaultProfile(communityId: string, userId: string): ProfileRecord {
  return {
    communityId,
    userId,
    interests: [],
    team: null,
    seniority: null,
    location: null,
    timeZone: null,
    availability: [],
    formats: [],
    frequency: 'weekly',
    paused: false,
    pausedUntil: null,
    openTo: ['peer'],
    intro: null,
    visibility: { ...DEFAULT_VISIBILITY },
    updatedAt: '',
  };
}

export function visibilityOf(record: ProfileRecord): VisibilityMap {
  const out = { ...DEFAULT_VISIBILITY };
  for (const field of SHAREABLE_FIELDS) {
    const stored = record.visibility[field];
    if (stored === 'members' || stored === 'matches' || stored === 'nobody') out[field] = stored;
  }
  return out;
}

const interestLabels = (keys: readonly string[]): InterestLabel[] =>
  keys.map((key) => ({ key, label: labelForKey(key) }));

/**
 * The owner's view. With `today` (their day, in the profile's zone), a pause whose end day
 * has come reads as over, as the rounds already treat it.
 */
export function presentMyProfile(record: ProfileRecord, filled: boolean, today?: string): MyProfile {
  const pauseOver = today !== undefined && record.pausedUntil !== null && record.pausedUntil <= today;
  return {
    communityId: record.communityId,
    filled,
    interests: interestLabels(record.interests),
    team: record.team,
    seniority: record.seniority as SeniorityLevel | null,
    location: record.location,
    timeZone: record.timeZone,
    availability: record.availability,
    formats: record.formats as MeetingFormat[],
    frequency: record.frequency as MatchFrequency,
    paused: record.paused && !pauseOver,
    pausedUntil: pauseOver ? null : record.pausedUntil,
    openTo: record.openTo as MyProfile['openTo'],
    intro: record.intro,
    visibility: visibilityOf(record),
    updatedAt: filled ? record.updatedAt : null,
  };
}

/** How the viewer stands to the profile's owner. */
export type Relation = 'member' | 'match';

function allowed(visibility: Visibility, relation: Relation): boolean {
  return visibility === 'members' || (visibility === 'matches' && relation === 'match');
}

/** The fields of `record` that a viewer standing in `relation` to its owner may see. */
export function shareProfile(record: ProfileRecord | undefined, relation: Relation): SharedProfile {
  if (!record) return {};
  const full = presentMyProfile(record, true);
  const shared: SharedProfile = {};
  for (const field of SHAREABLE_FIELDS) {
    if (allowed(full.visibility[field], relation)) {
      (shared as Record<string, unknown>)[field] = full[field];
    }
  }
  return shared;
}
