/**
 * Pairing rounds: each community's schedule and rules, pairs kept apart, the rounds that
 * ran with their matches, and the history the next round reads. Reads for people are
 * scoped by the reader's membership; the pairing job's reads (`due`, `history`,
 * `exclusionsForRound`) and `insertRound` act for the community and are marked so.
 */
import { sql } from 'kysely';
import type { CommunityRoundRulesTable } from '../schema/database.types.ts';
import { chunk, type Executor } from './executor.ts';
import { membershipOf } from './membership.query.ts';

export interface RoundRulesRecord {
  communityId: string;
  cadence: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  timeZone: string;
  crossTeamOnly: boolean;
  repeatWindowDays: number;
  nextRoundAt: string | null;
  updatedAt: string;
}

export interface ExclusionRecord {
  userA: string;
  userB: string;
  createdAt: string;
}

/** A round's figures as it ran: who took part and how they were placed. */
export interface RoundStatsRecord {
  members: number;
  active: number;
  /** Paused, or not due by their own frequency. */
  resting: number;
  pairs: number;
  trios: number;
  unmatched: number;
  method: string;
}

export interface NewRound {
  id: string;
  communityId: string;
  scheduledFor: string;
  ranAt: string;
  trigger: 'schedule' | 'admin';
  seed: string;
  stats: RoundStatsRecord;
  matches: {
    id: string;
    weight: number;
    reason: string;
    starter: string;
    shared: unknown;
    times: unknown;
    members: string[];
  }[];
  /** Match emails to queue, one per member with an address. */
  notifications: { id: string; matchId: string; userId: string }[];
}

/** A round as admins see it: when, how and the anonymous figures. */
export interface RoundSummaryRecord {
  id: string;
  scheduledFor: string;
  ranAt: string;
  trigger: 'schedule' | 'admin';
  stats: RoundStatsRecord;
  matches: number;
  matchedMembers: number;
  accepted: number;
  declined: number;
  postponed: number;
  met: number;
  didNotMeet: number;
}

/** One past pairing as the next round weighs it. */
export interface PastPairRecord {
  a: string;
  b: string;
  ranAt: string;
  /** Either said they would rather not meet again, or declined. */
  avoid: boolean;
}

const toRules = (row: CommunityRoundRulesTable): RoundRulesRecord => ({
  communityId: row.community_id,
  cadence: row.cadence,
  weekday: row.weekday,
  hour: row.hour,
  timeZone: row.time_zone,
  crossTeamOnly: Boolean(row.cross_team_only),
  repeatWindowDays: row.repeat_window_days,
  nextRoundAt: row.next_round_at,
  updatedAt: row.updated_at,
});

export function createCommunityRoundRepository(db: Executor) {
  const isMember = (readerId: string, communityId: string) => membershipOf(db, readerId, communityId);

  return {
    async rules(readerId: string, communityId: string): Promise<RoundRulesRecord | undefined> {
      const row = await db
        .selectFrom('community_round_rules')
        .selectAll()
        .where('community_id', '=', communityId)
        .where((eb) => eb.exists(isMember(readerId, communityId)))
        .executeTakeFirst();
      return row ? toRules(row) : undefined;
    },

    /** Unscoped: the job reads the rules of a community it is running. */
    async rulesForRound(communityId: string): Promise<RoundRulesRecord | undefined> {
      const row = await db
        .selectFrom('community_round_rules')
        .selectAll()
        .where('community_id', '=', communityId)
        .executeTakeFirst();
      return row ? toRules(row) : undefined;
    },

    async saveRules(rules: RoundRulesRecord): Promise<void> {
      const row: CommunityRoundRulesTable = {
        community_id: rules.communityId,
        cadence: rules.cadence,
        weekday: rules.weekday,
        hour: rules.hour,
        time_zone: rules.timeZone,
        cross_team_only: rules.crossTeamOnly ? 1 : 0,
        repeat_window_days: rules.repeatWindowDays,
        next_round_at: rules.nextRoundAt,
        updated_at: rules.updatedAt,
      };
      const { community_id: _c, ...changes } = row;
      await db
        .insertInto('community_round_rules')
        .values(row)
        .onConflict((oc) => oc.column('community_id').doUpdateSet(changes))
        .execute();
    },

    /** Unscoped (the job): communities whose next round is due at `nowIso`, oldest first. */
    async due(nowIso: string, limit: number): Promise<{ communityId: string; nextRoundAt: string }[]> {
      const rows = await db
        .selectFrom('community_round_rules')
        .select(['community_id', 'next_round_at'])
        .where('next_round_at', '<=', nowIso)
        .orderBy('next_round_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ communityId: r.community_id, nextRoundAt: r.next_round_at as string }));
    },

    /** The pairs an admin keeps apart, among today's members (admins only, by app/). */
    async exclusions(readerId: string, communityId: string): Promise<ExclusionRecord[]> {
      const rows = await db
        .selectFrom('community_pair_blocks as b')
        // A pair outlives a membership, but the list shows the people who are here now.
        .innerJoin('community_members as ma', (join) =>
          join.onRef('ma.community_id', '=', 'b.community_id').onRef('ma.user_id', '=', 'b.user_a'),
        )
        .innerJoin('community_members as mb', (join) =>
          join.onRef('mb.community_id', '=', 'b.community_id').onRef('mb.user_id', '=', 'b.user_b'),
        )
        .select(['b.user_a', 'b.user_b', 'b.created_at'])
        .where('b.community_id', '=', communityId)
        .where('b.reason', '=', 'admin')
        .where((eb) => eb.exists(isMember(readerId, communityId)))
        .orderBy('b.created_at')
        .execute();
      return rows.map((r) => ({ userA: r.user_a, userB: r.user_b, createdAt: r.created_at }));
    },

    /** Unscoped (the job): every pair never to be paired here, for whatever reason. */
    async exclusionsForRound(communityId: string): Promise<[string, string][]> {
      const rows = await db
        .selectFrom('community_pair_blocks')
        .select(['user_a', 'user_b'])
        .distinct()
        .where('community_id', '=', communityId)
        .execute();
      return rows.map((r) => [r.user_a, r.user_b]);
    },

    /**
     * Keeps two accounts apart in this community; false when they already were for this
     * reason. `a` sorts before `b`. Survives either leaving and coming back.
     */
    async block(
      communityId: string,
      a: string,
      b: string,
      reason: 'admin' | 'declined' | 'not_again',
      setBy: string,
      at: string,
    ): Promise<boolean> {
      const result = await db
        .insertInto('community_pair_blocks')
        .values({ community_id: communityId, user_a: a, user_b: b, reason, set_by: setBy, created_at: at })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** Takes back one reason to keep a pair apart (an admin's, or a member's changed answer); others stay. */
    async unblock(
      communityId: string,
      a: string,
      b: string,
      reason: 'admin' | 'declined' | 'not_again',
      setBy: string,
    ): Promise<boolean> {
      const result = await db
        .deleteFrom('community_pair_blocks')
        .where('community_id', '=', communityId)
        .where('user_a', '=', a)
        .where('user_b', '=', b)
        .where('reason', '=', reason)
        .where('set_by', '=', setBy)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Unscoped (the job): a round that failed is tried again later, not on every tick. */
    async postpone(communityId: string, scheduledFor: string, untilIso: string): Promise<void> {
      await db
        .updateTable('community_round_rules')
        .set({ next_round_at: untilIso })
        .where('community_id', '=', communityId)
        .where('next_round_at', '=', scheduledFor)
        .execute();
    },

    /**
     * Unscoped (the job): pairs matched in this community since `sinceIso`, with whether
     * either side declined or would rather not meet again.
     */
    async history(communityId: string, sinceIso: string): Promise<PastPairRecord[]> {
      const rows = await db
        .selectFrom('community_match_members as x')
        .innerJoin('community_match_members as y', (join) =>
          join.onRef('y.match_id', '=', 'x.match_id').onRef('y.user_id', '>', 'x.user_id'),
        )
        .innerJoin('community_matches as m', 'm.id', 'x.match_id')
        .select([
          'x.user_id as a',
          'y.user_id as b',
          'm.created_at as ranAt',
          sql<number>`case when x.response = 'declined' or y.response = 'declined' or x.meet_again = 0 or y.meet_again = 0 then 1 else 0 end`.as(
            'avoid',
          ),
        ])
        .where('x.community_id', '=', communityId)
        .where('m.created_at', '>=', sinceIso)
        .execute();
      return rows.map((r) => ({ a: r.a, b: r.b, ranAt: r.ranAt, avoid: Number(r.avoid) === 1 }));
    },

    /** Unscoped (the job): when each member was last matched here, for their frequency. */
    async lastMatched(communityId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('community_match_members as x')
        .innerJoin('community_matches as m', 'm.id', 'x.match_id')
        .select(['x.user_id', (eb) => eb.fn.max('m.created_at').as('last')])
        .where('x.community_id', '=', communityId)
        .groupBy('x.user_id')
        .execute();
      return new Map(rows.map((r) => [r.user_id, String(r.last)]));
    },

    /**
     * Stores a round with its matches, members and queued emails. Unique per
     * (community, scheduled_for): a second process storing the same round fails here.
     */
    async insertRound(round: NewRound): Promise<void> {
      await db
        .insertInto('community_rounds')
        .values({
          id: round.id,
          community_id: round.communityId,
          scheduled_for: round.scheduledFor,
          ran_at: round.ranAt,
          trigger: round.trigger,
          seed: round.seed,
          stats: JSON.stringify(round.stats),
        })
        .execute();
      for (const part of chunk(round.matches, 400)) {
        await db
          .insertInto('community_matches')
          .values(
            part.map((m) => ({
              id: m.id,
              round_id: round.id,
              community_id: round.communityId,
              weight: m.weight,
              reason: m.reason,
              starter: m.starter,
              shared: JSON.stringify(m.shared),
              times: JSON.stringify(m.times),
              created_at: round.ranAt,
            })),
          )
          .execute();
      }
      const members = round.matches.flatMap((m) =>
        m.members.map((userId) => ({
          match_id: m.id,
          community_id: round.communityId,
          user_id: userId,
          response: 'pending' as const,
          responded_at: null,
          met: null,
          meet_again: null,
          feedback_at: null,
          person_id: null,
        })),
      );
      for (const part of chunk(members, 400))
        await db.insertInto('community_match_members').values(part).execute();
      for (const part of chunk(round.notifications, 400)) {
        await db
          .insertInto('community_notifications')
          .values(
            part.map((n) => ({
              id: n.id,
              community_id: round.communityId,
              user_id: n.userId,
              match_id: n.matchId,
              status: 'queued' as const,
              attempts: 0,
              last_error: null,
              created_at: round.ranAt,
              sent_at: null,
              claimed_at: null,
            })),
          )
          .execute();
      }
    },

    /** Past rounds with anonymous figures, newest first, for a member (admins, by app/). */
    async rounds(
      readerId: string,
      communityId: string,
      page: { limit: number; before?: string | undefined },
    ): Promise<RoundSummaryRecord[]> {
      const count = (condition: ReturnType<typeof sql>) =>
        sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
      let query = db
        .selectFrom('community_rounds as r')
        .leftJoin('community_matches as m', 'm.round_id', 'r.id')
        .leftJoin('community_match_members as x', 'x.match_id', 'm.id')
        .select([
          'r.id',
          'r.scheduled_for as scheduledFor',
          'r.ran_at as ranAt',
          'r.trigger',
          'r.stats',
          sql<number>`count(distinct m.id)`.as('matches'),
          sql<number>`count(x.user_id)`.as('matchedMembers'),
          count(sql`x.response = 'accepted'`).as('accepted'),
          count(sql`x.response = 'declined'`).as('declined'),
          count(sql`x.response = 'postponed'`).as('postponed'),
          count(sql`x.met = 1`).as('met'),
          count(sql`x.met = 0`).as('didNotMeet'),
        ])
        .where('r.community_id', '=', communityId)
        .where((eb) => eb.exists(isMember(readerId, communityId)))
        .groupBy(['r.id', 'r.scheduled_for', 'r.ran_at', 'r.trigger', 'r.stats']);
      if (page.before) query = query.where('r.scheduled_for', '<', page.before);
      const rows = await query.orderBy('r.scheduled_for', 'desc').limit(page.limit).execute();
      return rows.map((r) => ({
        ...r,
        stats: JSON.parse(r.stats),
        matches: Number(r.matches),
        matchedMembers: Number(r.matchedMembers),
        accepted: Number(r.accepted),
        declined: Number(r.declined),
        postponed: Number(r.postponed),
        met: Number(r.met),
        didNotMeet: Number(r.didNotMeet),
      }));
    },
  };
}
