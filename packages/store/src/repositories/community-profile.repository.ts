/**
 * Members' community profiles. A profile is read only by a member of its community (an
 * EXISTS on the reader's membership), and written only for the writer's own membership
 * (the row's foreign key to community_members refuses anyone else). What a reader may
 * see of another member's fields is app/'s decision (visibility); this file only makes
 * sure a non-member sees nothing at all. `forRound` is the one unscoped read: the
 * pairing job reads a whole community on the community's behalf.
 */
import { sql } from 'kysely';
import type { CommunityProfilesTable } from '../schema/database.types.ts';
import type { Executor } from './executor.ts';
import { membershipOf } from './membership.query.ts';

export interface AvailabilityWindowRecord {
  day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  start: string;
  end: string;
}

export interface ProfileRecord {
  communityId: string;
  userId: string;
  /** Taxonomy keys (or custom:… keys), as normalised by app/. */
  interests: string[];
  team: string | null;
  seniority: string | null;
  location: string | null;
  timeZone: string | null;
  availability: AvailabilityWindowRecord[];
  formats: string[];
  frequency: string;
  paused: boolean;
  pausedUntil: string | null;
  openTo: string[];
  intro: string | null;
  visibility: Record<string, string>;
  updatedAt: string;
}

/** A member as the pairing job sees them: the profile (if any) and how to reach them. */
export interface RoundMemberRecord {
  userId: string;
  displayName: string;
  email: string | null;
  /** The account's own zone, used when the profile does not give one. */
  accountTimeZone: string;
  profile: ProfileRecord | null;
}

function toProfile(row: CommunityProfilesTable): ProfileRecord {
  return {
    communityId: row.community_id,
    userId: row.user_id,
    interests: JSON.parse(row.interests),
    team: row.team,
    seniority: row.seniority,
    location: row.location,
    timeZone: row.time_zone,
    availability: JSON.parse(row.availability),
    formats: JSON.parse(row.formats),
    frequency: row.frequency,
    paused: Boolean(row.paused),
    pausedUntil: row.paused_until,
    openTo: JSON.parse(row.open_to),
    intro: row.intro,
    visibility: JSON.parse(row.visibility),
    updatedAt: row.updated_at,
  };
}

function toRow(profile: ProfileRecord): CommunityProfilesTable {
  return {
    community_id: profile.communityId,
    user_id: profile.userId,
    interests: JSON.stringify(profile.interests),
    team: profile.team,
    seniority: profile.seniority,
    location: profile.location,
    time_zone: profile.timeZone,
    availability: JSON.stringify(profile.availability),
    formats: JSON.stringify(profile.formats),
    frequency: profile.frequency,
    paused: profile.paused ? 1 : 0,
    paused_until: profile.pausedUntil,
    open_to: JSON.stringify(profile.openTo),
    intro: profile.intro,
    visibility: JSON.stringify(profile.visibility),
    updated_at: profile.updatedAt,
  };
}

const PROFILE_COLUMNS = [
  'p.community_id',
  'p.user_id',
  'p.interests',
  'p.team',
  'p.seniority',
  'p.location',
  'p.time_zone',
  'p.availability',
  'p.formats',
  'p.frequency',
  'p.paused',
  'p.paused_until',
  'p.open_to',
  'p.intro',
  'p.visibility',
  'p.updated_at',
] as const;

export function createCommunityProfileRepository(db: Executor) {
  /** Profiles in a community, only when `readerId` is a member of it. */
  const readable = (readerId: string, communityId: string) =>
    db
      .selectFrom('community_profiles as p')
      .select(PROFILE_COLUMNS)
      .where('p.community_id', '=', communityId)
      .where((eb) => eb.exists(membershipOf(db, readerId, communityId)));

  return {
    /** One member's profile as stored, or undefined (no profile yet, or the reader is not a member). */
    async get(readerId: string, communityId: string, userId: string): Promise<ProfileRecord | undefined> {
      const row = await readable(readerId, communityId).where('p.user_id', '=', userId).executeTakeFirst();
      return row ? toProfile(row) : undefined;
    },

    /** Several members' profiles at once (a page of the member list). */
    async getMany(
      readerId: string,
      communityId: string,
      userIds: readonly string[],
    ): Promise<ProfileRecord[]> {
      if (userIds.length === 0) return [];
      const rows = await readable(readerId, communityId).where('p.user_id', 'in', userIds).execute();
      return rows.map(toProfile);
    },

    /** Creates or replaces the writer's own profile; the membership foreign key refuses anyone else's. */
    async save(profile: ProfileRecord): Promise<void> {
      const row = toRow(profile);
      const { community_id: _c, user_id: _u, ...changes } = row;
      await db
        .insertInto('community_profiles')
        .values(row)
        .onConflict((oc) => oc.columns(['community_id', 'user_id']).doUpdateSet(changes))
        .execute();
    },

    /**
     * The ids of members who share with `userId` a match that still opens "matches" fields
     * between them: one made at or after `openSince`, or one everybody in it accepted.
     * Whether one of them said no never decides it, so nothing shown or hidden tells a
     * member that their partner declined.
     */
    async matchedWith(communityId: string, userId: string, openSince: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('community_match_members as mine')
        .innerJoin('community_match_members as other', 'other.match_id', 'mine.match_id')
        .innerJoin('community_matches as m', 'm.id', 'mine.match_id')
        .select('other.user_id')
        .distinct()
        .where('mine.community_id', '=', communityId)
        .where('mine.user_id', '=', userId)
        .where('other.user_id', '!=', userId)
        .where(({ or, eb, not, exists, selectFrom }) =>
          or([
            eb('m.created_at', '>=', openSince),
            not(
              exists(
                selectFrom('community_match_members as everyone')
                  .select('everyone.user_id')
                  .whereRef('everyone.match_id', '=', 'm.id')
                  .where('everyone.response', '!=', 'accepted'),
              ),
            ),
          ]),
        )
        .execute();
      return new Set(rows.map((r) => r.user_id));
    },

    /**
     * Every member of a community with their profile, for the pairing job (unscoped: the
     * job acts for the community). In join order, so a replayed round sees the same input.
     */
    async forRound(communityId: string): Promise<RoundMemberRecord[]> {
      const rows = await db
        .selectFrom('community_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .leftJoin('community_profiles as p', (join) =>
          join.onRef('p.community_id', '=', 'm.community_id').onRef('p.user_id', '=', 'm.user_id'),
        )
        .select([
          'm.user_id as member_id',
          'u.display_name',
          'u.email',
          'u.time_zone as account_time_zone',
          ...PROFILE_COLUMNS,
        ])
        .where('m.community_id', '=', communityId)
        .orderBy('m.joined_at')
        .orderBy('m.user_id')
        .execute();
      return rows.map((row) => ({
        userId: row.member_id,
        displayName: row.display_name,
        email: row.email,
        accountTimeZone: row.account_time_zone,
        profile: row.user_id === null ? null : toProfile(row as unknown as CommunityProfilesTable),
      }));
    },

    /** How many members have filled a profile (for the admin's overview). */
    async countFilled(readerId: string, communityId: string): Promise<number> {
      const row = await readable(readerId, communityId)
        .clearSelect()
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
