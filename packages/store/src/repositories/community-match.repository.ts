import { claimQueued } from './email-queue.ts';
import type { Executor } from './executor.ts';

export type MatchResponse = 'pending' | 'accepted' | 'declined' | 'postponed';

export interface MatchPartnerRecord {
  userId: string;
  displayName: string;
  email: string | null;
  timeZone: string;
  response: MatchResponse;
}

export interface MatchRecord {
  id: string;
  communityId: string;
  communityName: string;
  roundId: string;
  ranAt: string;
  reason: string;
  starter: string;
  shared: { key: string; label: string }[];
  times: { start: string; end: string }[];
  myResponse: MatchResponse;
  met: boolean | null;
  meetAgain: boolean | null;
  personId: string | null;
  /** The others in the match who are still members (someone who left is gone from here). */
  partners: MatchPartnerRecord[];
}

/** A queued email with everything needed to write it. */
export interface QueuedMatchEmail {
  id: string;
  userId: string;
  displayName: string;
  email: string | null;
  timeZone: string;
  /** Sends tried so far, this one included. */
  attempts: number;
  match: MatchRecord;
}

const bool = (value: number | null) => (value === null ? null : value === 1);

export function createCommunityMatchRepository(db: Executor) {
  const mine = (userId: string) =>
    db
      .selectFrom('community_match_members as me')
      .innerJoin('community_matches as m', 'm.id', 'me.match_id')
      .innerJoin('communities as c', 'c.id', 'm.community_id')
      .select([
        'm.id',
        'm.community_id as communityId',
        'c.name as communityName',
        'm.round_id as roundId',
        'm.created_at as ranAt',
        'm.reason',
        'm.starter',
        'm.shared',
        'm.times',
        'me.response as myResponse',
        'me.met',
        'me.meet_again',
        'me.person_id as personId',
      ])
      .where('me.user_id', '=', userId);

  async function withPartners(userId: string, rows: Awaited<ReturnType<ReturnType<typeof mine>['execute']>>) {
    if (rows.length === 0) return [];
    const partners = await db
      .selectFrom('community_match_members as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .select([
        'x.match_id',
        'x.user_id as userId',
        'u.display_name as displayName',
        'u.email',
        'u.time_zone as timeZone',
        'x.response',
      ])
      .where(
        'x.match_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('x.user_id', '!=', userId)
      .orderBy('x.user_id')
      .execute();
    const byMatch = new Map<string, MatchPartnerRecord[]>();
    for (const p of partners) {
      const list = byMatch.get(p.match_id) ?? [];
      list.push({
        userId: p.userId,
        displayName: p.displayName,
        email: p.email,
        timeZone: p.timeZone,
        response: p.response,
      });
      byMatch.set(p.match_id, list);
    }
    return rows.map(
      (r): MatchRecord => ({
        id: r.id,
        communityId: r.communityId,
        communityName: r.communityName,
        roundId: r.roundId,
        ranAt: r.ranAt,
        reason: r.reason,
        starter: r.starter,
        shared: JSON.parse(r.shared),
        times: JSON.parse(r.times),
        myResponse: r.myResponse,
        met: bool(r.met),
        meetAgain: bool(r.meet_again),
        personId: r.personId,
        partners: byMatch.get(r.id) ?? [],
      }),
    );
  }

  return {
    /** The reader's matches, newest first (ids are time-ordered), optionally in one community. */
    async forMember(
      userId: string,
      page: { limit: number; before?: string | undefined; communityId?: string | undefined },
    ): Promise<MatchRecord[]> {
      let query = mine(userId);
      if (page.communityId) query = query.where('m.community_id', '=', page.communityId);
      if (page.before) query = query.where('m.id', '<', page.before);
      return withPartners(userId, await query.orderBy('m.id', 'desc').limit(page.limit).execute());
    },

    /** One of the reader's matches, or undefined (not theirs, or never made). */
    async get(userId: string, matchId: string): Promise<MatchRecord | undefined> {
      const rows = await mine(userId).where('m.id', '=', matchId).execute();
      return (await withPartners(userId, rows))[0];
    },

    async respond(userId: string, matchId: string, response: MatchResponse, at: string): Promise<boolean> {
      const result = await db
        .updateTable('community_match_members')
        .set({ response, responded_at: at })
        .where('match_id', '=', matchId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async feedback(userId: string, matchId: string, met: boolean, meetAgain: boolean | null, at: string) {
      const result = await db
        .updateTable('community_match_members')
        .set({ met: met ? 1 : 0, meet_again: meetAgain === null ? null : meetAgain ? 1 : 0, feedback_at: at })
        .where('match_id', '=', matchId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Remembers the companion person the reader made of this match. */
    async setPerson(userId: string, matchId: string, personId: string): Promise<void> {
      await db
        .updateTable('community_match_members')
        .set({ person_id: personId })
        .where('match_id', '=', matchId)
        .where('user_id', '=', userId)
        .execute();
    },

    /**
     * Unscoped (the job): takes up to `limit` emails for this process to send: queued
     * ones, and any claimed before `staleBefore` by a process that never finished them
     * (it died mid-send). The status test is repeated in the UPDATE itself, so of two
     * processes claiming at once only one gets each row.
     */
    async claimEmails(limit: number, nowIso: string, staleBeforeIso: string): Promise<string[]> {
      return claimQueued(db, 'community_notifications', limit, nowIso, staleBeforeIso);
    },

    /** Unscoped (the job): the claimed emails with their recipients and matches. */
    async claimedEmails(ids: readonly string[]): Promise<QueuedMatchEmail[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('community_notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .select(['n.id', 'n.user_id', 'n.match_id', 'n.attempts', 'u.display_name', 'u.email', 'u.time_zone'])
        .where('n.id', 'in', ids)
        .orderBy('n.id')
        .execute();
      const out: QueuedMatchEmail[] = [];
      for (const row of rows) {
        const [match] = await withPartners(
          row.user_id,
          await mine(row.user_id).where('m.id', '=', row.match_id).execute(),
        );
        if (!match) continue;
        out.push({
          id: row.id,
          userId: row.user_id,
          displayName: row.display_name,
          email: row.email,
          timeZone: row.time_zone,
          attempts: row.attempts,
          match,
        });
      }
      return out;
    },

    /** Unscoped (the job): the outcome of one send; a failure goes back to the queue until `giveUp`. */
    async finishEmail(id: string, outcome: { sentAt: string } | { error: string; giveUp: boolean }) {
      await db
        .updateTable('community_notifications')
        .set(
          'sentAt' in outcome
            ? { status: 'sent', sent_at: outcome.sentAt, last_error: null }
            : { status: outcome.giveUp ? 'failed' : 'queued', last_error: outcome.error.slice(0, 500) },
        )
        .where('id', '=', id)
        .execute();
    },

    /** How the queue stands (for tests and the admin's view of a round). */
    async emailCounts(
      communityId: string,
    ): Promise<Record<'queued' | 'sending' | 'sent' | 'failed', number>> {
      const rows = await db
        .selectFrom('community_notifications')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .where('community_id', '=', communityId)
        .groupBy('status')
        .execute();
      const out = { queued: 0, sending: 0, sent: 0, failed: 0 };
      for (const r of rows) out[r.status] = Number(r.n);
      return out;
    },
  };
}
