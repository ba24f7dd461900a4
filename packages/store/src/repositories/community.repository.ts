/**
 * Communities and their members (invites: community-invite.repository.ts). Every read of a community's rows goes
 * through the reader's own membership (a join or an EXISTS on community_members), so a
 * non-member gets nothing back, exactly as for an id that never existed. Writes that
 * need an admin say so in SQL too, not only in app/. The few unscoped calls are marked:
 * an invite found by its secret (the secret is the permission), and the tidy-up when an
 * account is deleted.
 */
import type { Executor } from './executor.ts';
import { memberOf } from './membership.query.ts';

export type CommunityRole = 'admin' | 'member';

export interface CommunityRecord {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
}

/** A community as one of its members sees it. */
export interface MemberCommunity extends CommunityRecord {
  role: CommunityRole;
  memberCount: number;
}

/** What members see of each other: a name and a role, nothing else. */
export interface MemberRecord {
  userId: string;
  displayName: string;
  role: CommunityRole;
}

export function createCommunityRepository(db: Executor) {
  /** The members of a community, only when `readerId` is one of them. */
  const membersQuery = (readerId: string, communityId: string) =>
    db
      .selectFrom('community_members')
      .innerJoin('users', 'users.id', 'community_members.user_id')
      .select([
        'community_members.user_id as userId',
        'users.display_name as displayName',
        'community_members.role as role',
      ])
      .where('community_members.community_id', '=', communityId)
      .where((eb) => memberOf(eb, 'community_members.community_id', readerId));

  return {
    /** A new community with its creator as its first admin. */
    async insert(community: CommunityRecord, creatorId: string): Promise<void> {
      await db
        .insertInto('communities')
        .values({
          id: community.id,
          name: community.name,
          description: community.description,
          created_by: creatorId,
          created_at: community.createdAt,
        })
        .execute();
      await db
        .insertInto('community_members')
        .values({
          community_id: community.id,
          user_id: creatorId,
          role: 'admin',
          joined_at: community.createdAt,
        })
        .execute();
    },

    /**
     * Takes the community's write lock (a row lock on PostgreSQL; SQLite has one writer),
     * so checks like "another admin remains" cannot race a second change.
     */
    async lock(communityId: string): Promise<void> {
      await db
        .updateTable('communities')
        .set((eb) => ({ name: eb.ref('name') }))
        .where('id', '=', communityId)
        .execute();
    },

    /** The community with the reader's role, or undefined unless they are a member. */
    async forMember(userId: string, communityId: string): Promise<MemberCommunity | undefined> {
      return (await listQuery(db, userId).where('c.id', '=', communityId).executeTakeFirst()) as
        | MemberCommunity
        | undefined;
    },

    /** The communities a user belongs to, oldest first; `after` is the last id of the previous page. */
    async listForMember(
      userId: string,
      page: { limit: number; after?: string | undefined },
    ): Promise<MemberCommunity[]> {
      let query = listQuery(db, userId);
      if (page.after) query = query.where('c.id', '>', page.after);
      return (await query.orderBy('c.id').limit(page.limit).execute()) as MemberCommunity[];
    },

    /** Members in the order they first signed up (ids are time-ordered); empty for a non-member. */
    async members(
      readerId: string,
      communityId: string,
      page: { limit: number; after?: string | undefined },
    ): Promise<MemberRecord[]> {
      let query = membersQuery(readerId, communityId);
      if (page.after) query = query.where('community_members.user_id', '>', page.after);
      return query.orderBy('community_members.user_id').limit(page.limit).execute();
    },

    /** How many members and admins there are; undefined unless the reader is a member. */
    async counts(
      readerId: string,
      communityId: string,
    ): Promise<{ members: number; admins: number } | undefined> {
      const rows = await db
        .selectFrom('community_members')
        .select(['role', (eb) => eb.fn.countAll().as('n')])
        .where('community_id', '=', communityId)
        .where((eb) => memberOf(eb, 'community_members.community_id', readerId))
        .groupBy('role')
        .execute();
      if (rows.length === 0) return undefined;
      const admins = Number(rows.find((r) => r.role === 'admin')?.n ?? 0);
      const members = rows.reduce((sum, r) => sum + Number(r.n), 0);
      return { members, admins };
    },

    /** One member's name and role, as a fellow member may read them. */
    async member(readerId: string, communityId: string, userId: string): Promise<MemberRecord | undefined> {
      return membersQuery(readerId, communityId)
        .where('community_members.user_id', '=', userId)
        .executeTakeFirst();
    },

    /** Another member's role, as a fellow member may read it. */
    async roleOf(readerId: string, communityId: string, userId: string): Promise<CommunityRole | undefined> {
      const row = await db
        .selectFrom('community_members')
        .select('role')
        .where('community_id', '=', communityId)
        .where('user_id', '=', userId)
        .where((eb) => memberOf(eb, 'community_members.community_id', readerId))
        .executeTakeFirst();
      return row?.role;
    },

    /** Sets a member's role, if `adminId` is an admin there; false when nothing changed. */
    async setRole(
      adminId: string,
      communityId: string,
      userId: string,
      role: CommunityRole,
    ): Promise<boolean> {
      const result = await db
        .updateTable('community_members')
        .set({ role })
        .where('community_id', '=', communityId)
        .where('user_id', '=', userId)
        .where((eb) => memberOf(eb, 'community_members.community_id', adminId, 'admin'))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** A user joins (by an invite whose secret they hold; the use case checks it). */
    async addMember(
      communityId: string,
      userId: string,
      role: CommunityRole,
      joinedAt: string,
    ): Promise<void> {
      await db
        .insertInto('community_members')
        .values({ community_id: communityId, user_id: userId, role, joined_at: joinedAt })
        .execute();
    },

    /** A user leaves: only their own membership. */
    async leave(userId: string, communityId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('community_members')
        .where('community_id', '=', communityId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Deletes the community and everything in it, if `adminId` is an admin there. */
    async delete(adminId: string, communityId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('communities')
        .where('id', '=', communityId)
        .where((eb) => memberOf(eb, 'communities.id', adminId, 'admin'))
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** For deleting an account: each of its communities with how many members and admins it has. */
    async membershipsOf(
      userId: string,
    ): Promise<{ communityId: string; role: CommunityRole; members: number; admins: number }[]> {
      const rows = await db
        .selectFrom('community_members as mine')
        .innerJoin('community_members as all', 'all.community_id', 'mine.community_id')
        .select((eb) => [
          'mine.community_id as communityId',
          'mine.role as role',
          eb.fn.countAll().as('members'),
          eb.fn.sum(eb.case().when('all.role', '=', 'admin').then(1).else(0).end()).as('admins'),
        ])
        .where('mine.user_id', '=', userId)
        .groupBy(['mine.community_id', 'mine.role'])
        .orderBy('mine.community_id')
        .execute();
      return rows.map((r) => ({
        communityId: r.communityId,
        role: r.role,
        members: Number(r.members),
        admins: Number(r.admins),
      }));
    },

    /** For deleting an account: a community whose only member is that account goes too. */
    async deleteIfOnlyMember(communityId: string, userId: string): Promise<void> {
      await db
        .deleteFrom('communities')
        .where('id', '=', communityId)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('community_members as other')
                .select('other.user_id')
                .whereRef('other.community_id', '=', 'communities.id')
                .where('other.user_id', '<>', userId),
            ),
          ),
        )
        .execute();
    },

    /** For deleting the last admin's account: the longest-standing other member becomes admin. */
    async promoteLongestStanding(communityId: string, exceptUserId: string): Promise<void> {
      const next = await db
        .selectFrom('community_members')
        .select('user_id')
        .where('community_id', '=', communityId)
        .where('user_id', '<>', exceptUserId)
        .orderBy('joined_at')
        .orderBy('user_id')
        .executeTakeFirst();
      if (!next) return;
      await db
        .updateTable('community_members')
        .set({ role: 'admin' })
        .where('community_id', '=', communityId)
        .where('user_id', '=', next.user_id)
        .execute();
    },
  };
}

function listQuery(db: Executor, userId: string) {
  return db
    .selectFrom('communities as c')
    .innerJoin('community_members as m', (join) =>
      join.onRef('m.community_id', '=', 'c.id').on('m.user_id', '=', userId),
    )
    .select((eb) => [
      'c.id as id',
      'c.name as name',
      'c.description as description',
      'c.created_at as createdAt',
      'm.role as role',
      eb
        .cast<number>(
          eb
            .selectFrom('community_members as mc')
            .select(eb.fn.countAll().as('n'))
            .whereRef('mc.community_id', '=', 'c.id'),
          'integer',
        )
        .as('memberCount'),
    ]);
}

export type CommunityRepository = ReturnType<typeof createCommunityRepository>;
