/**
 * Activity groups of a community: the group rounds people started, the groups each
 * formed and every placed member's answer. Every read goes through the reader's own
 * membership (an EXISTS on community_members), so a non-member gets nothing back, exactly
 * as for an id that never existed; a group itself is read only by the members placed in
 * it. Member rows point at the membership, so a member who leaves drops out of every
 * group, and the counts below stop counting them.
 */
import { sql } from 'kysely';
import { chunk, type Executor } from './executor.ts';
import { membershipOf } from './membership.query.ts';

export type GroupResponse = 'pending' | 'accepted' | 'declined';

/** A round's figures as it ran. */
export interface GroupRoundStatsRecord {
  /** Members of the community when it ran. */
  members: number;
  /** Who took part: those who chose group activities, or every active member when nobody had. */
  basis: 'chose-group-activity' | 'every-active-member';
  takingPart: number;
  placed: number;
  unplaced: number;
  groups: number;
}

export interface NewGroupRound {
  id: string;
  communityId: string;
  title: string;
  activities: string[] | null;
  minSize: number;
  maxSize: number;
  seed: string;
  stats: GroupRoundStatsRecord;
  createdBy: string;
  createdAt: string;
  groups: {
    id: string;
    position: number;
    activity: string;
    label: string;
    reason: string;
    members: string[];
  }[];
}

/** A round with anonymous figures: counts only, never who. */
export interface GroupRoundSummaryRecord {
  id: string;
  communityId: string;
  title: string;
  activities: string[] | null;
  minSize: number;
  maxSize: number;
  startedByMe: boolean;
  createdAt: string;
  stats: GroupRoundStatsRecord;
  /** Live: members still in the community and placed in one of its groups. */
  placedNow: number;
  accepted: number;
  declined: number;
  pending: number;
}

export interface GroupMemberRecord {
  userId: string;
  displayName: string;
  email: string | null;
  response: GroupResponse;
}

/** A group as one of its members reads it. */
export interface GroupRecord {
  id: string;
  roundId: string;
  roundTitle: string;
  communityId: string;
  position: number;
  activity: string;
  label: string;
  reason: string;
  createdAt: string;
  myResponse: GroupResponse;
  respondedAt: string | null;
  /** Everyone in the group, the reader included, in name order. */
  members: GroupMemberRecord[];
}

/** Rows per INSERT: well under both dialects' limit on bound parameters. */

export function createCommunityGroupRepository(db: Executor) {
  const isMember = (readerId: string, communityId: string) => membershipOf(db, readerId, communityId);

  const summaries = (readerId: string, communityId: string) => {
    const count = (condition: ReturnType<typeof sql>) =>
      sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
    return db
      .selectFrom('community_group_rounds as r')
      .leftJoin('community_groups as g', 'g.round_id', 'r.id')
      .leftJoin('community_group_members as x', 'x.group_id', 'g.id')
      .select([
        'r.id',
        'r.community_id',
        'r.title',
        'r.activities',
        'r.min_size',
        'r.max_size',
        'r.created_by',
        'r.created_at',
        'r.stats',
        sql<number>`count(x.user_id)`.as('placed_now'),
        count(sql`x.response = 'accepted'`).as('accepted'),
        count(sql`x.response = 'declined'`).as('declined'),
        count(sql`x.response = 'pending'`).as('pending'),
      ])
      .where('r.community_id', '=', communityId)
      .where((eb) => eb.exists(isMember(readerId, communityId)))
      .groupBy([
        'r.id',
        'r.community_id',
        'r.title',
        'r.activities',
        'r.min_size',
        'r.max_size',
        'r.created_by',
        'r.created_at',
        'r.stats',
      ]);
  };

  type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];
  const toSummary = (readerId: string, row: SummaryRow): GroupRoundSummaryRecord => ({
    id: row.id,
    communityId: row.community_id,
    title: row.title,
    activities: row.activities === null ? null : JSON.parse(row.activities),
    minSize: row.min_size,
    maxSize: row.max_size,
    startedByMe: row.created_by === readerId,
    createdAt: row.created_at,
    stats: JSON.parse(row.stats),
    placedNow: Number(row.placed_now),
    accepted: Number(row.accepted),
    declined: Number(row.declined),
    pending: Number(row.pending),
  });

  /** Groups `userId` is placed in, in this community, with everyone in them. */
  async function groupsOf(
    userId: string,
    communityId: string,
    filter: { groupId?: string; limit: number; before?: string | undefined },
  ): Promise<GroupRecord[]> {
    let query = db
      .selectFrom('community_group_members as mine')
      .innerJoin('community_groups as g', 'g.id', 'mine.group_id')
      .innerJoin('community_group_rounds as r', 'r.id', 'g.round_id')
      .select([
        'g.id',
        'g.round_id',
        'r.title as round_title',
        'g.community_id',
        'g.position',
        'g.activity',
        'g.label',
        'g.reason',
        'g.created_at',
        'mine.response',
        'mine.responded_at',
      ])
      .where('mine.community_id', '=', communityId)
      .where('mine.user_id', '=', userId);
    if (filter.groupId !== undefined) query = query.where('g.id', '=', filter.groupId);
    if (filter.before) query = query.where('g.id', '<', filter.before);
    const rows = await query.orderBy('g.id', 'desc').limit(filter.limit).execute();
    if (rows.length === 0) return [];
    const members = await db
      .selectFrom('community_group_members as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .select(['x.group_id', 'x.user_id', 'u.display_name', 'u.email', 'x.response'])
      .where(
        'x.group_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('u.display_name')
      .orderBy('x.user_id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      roundId: row.round_id,
      roundTitle: row.round_title,
      communityId: row.community_id,
      position: row.position,
      activity: row.activity,
      label: row.label,
      reason: row.reason,
      createdAt: row.created_at,
      myResponse: row.response,
      respondedAt: row.responded_at,
      members: members
        .filter((m) => m.group_id === row.id)
        .map((m) => ({
          userId: m.user_id,
          displayName: m.display_name,
          email: m.email,
          response: m.response,
        })),
    }));
  }

  return {
    /**
     * Stores a round with its groups and members. The use case has checked, in the same
     * transaction, that its starter is a member and that every placed member is one.
     */
    async insertRound(round: NewGroupRound): Promise<void> {
      await db
        .insertInto('community_group_rounds')
        .values({
          id: round.id,
          community_id: round.communityId,
          title: round.title,
          activities: round.activities === null ? null : JSON.stringify(round.activities),
          min_size: round.minSize,
          max_size: round.maxSize,
          seed: round.seed,
          stats: JSON.stringify(round.stats),
          created_by: round.createdBy,
          created_at: round.createdAt,
        })
        .execute();
      for (const part of chunk(round.groups, 300)) {
        await db
          .insertInto('community_groups')
          .values(
            part.map((g) => ({
              id: g.id,
              round_id: round.id,
              community_id: round.communityId,
              position: g.position,
              activity: g.activity,
              label: g.label,
              reason: g.reason,
              created_at: round.createdAt,
            })),
          )
          .execute();
      }
      const members = round.groups.flatMap((g) =>
        g.members.map((userId) => ({
          group_id: g.id,
          community_id: round.communityId,
          user_id: userId,
          response: 'pending' as const,
          responded_at: null,
        })),
      );
      for (const part of chunk(members, 300))
        await db.insertInto('community_group_members').values(part).execute();
    },

    /**
     * Group rounds with anonymous figures, newest first, for a member of the community:
     * all of them, or (`startedBy`) only those that member started. `before` is the last
     * id of the previous page.
     */
    async rounds(
      readerId: string,
      communityId: string,
      page: { limit: number; before?: string | undefined; startedBy?: string | undefined },
    ): Promise<GroupRoundSummaryRecord[]> {
      let query = summaries(readerId, communityId);
      if (page.startedBy) query = query.where('r.created_by', '=', page.startedBy);
      if (page.before) query = query.where('r.id', '<', page.before);
      const rows = await query.orderBy('r.id', 'desc').limit(page.limit).execute();
      return rows.map((row) => toSummary(readerId, row));
    },

    /**
     * When the community's newest group round started (ISO), for a member of it; null when
     * none has, or the reader is not a member. Read on the (community_id, created_at)
     * index, so it stays one row however many rounds a community has run.
     */
    async lastStartedAt(readerId: string, communityId: string): Promise<string | null> {
      const row = await db
        .selectFrom('community_group_rounds as r')
        .select('r.created_at')
        .where('r.community_id', '=', communityId)
        .where((eb) => eb.exists(isMember(readerId, communityId)))
        .orderBy('r.created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.created_at ?? null;
    },

    /** One round's figures, for a member of its community; undefined otherwise. */
    async round(
      readerId: string,
      communityId: string,
      roundId: string,
    ): Promise<GroupRoundSummaryRecord | undefined> {
      const row = await summaries(readerId, communityId).where('r.id', '=', roundId).executeTakeFirst();
      return row ? toSummary(readerId, row) : undefined;
    },

    /** The groups `userId` is placed in here, newest first. */
    async forMember(
      userId: string,
      communityId: string,
      page: { limit: number; before?: string | undefined },
    ): Promise<GroupRecord[]> {
      return groupsOf(userId, communityId, page);
    },

    /** One group, only if `userId` is placed in it. */
    async get(userId: string, communityId: string, groupId: string): Promise<GroupRecord | undefined> {
      const [group] = await groupsOf(userId, communityId, { groupId, limit: 1 });
      return group;
    },

    /** Records `userId`'s own answer; false when they are not in the group. */
    async respond(
      userId: string,
      communityId: string,
      groupId: string,
      response: GroupResponse,
      at: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('community_group_members')
        .set({ response, responded_at: at })
        .where('group_id', '=', groupId)
        .where('community_id', '=', communityId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type CommunityGroupRepository = ReturnType<typeof createCommunityGroupRepository>;
