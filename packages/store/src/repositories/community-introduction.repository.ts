/**
 * Asks and introductions in a community. An ask is read only by a member of its
 * community (an EXISTS on the reader's membership) and closed only by its asker. An
 * introduction is read only by the three people in it (the connector and the two
 * parties) and answered by each party for their own side only, in SQL, so anyone else,
 * admins included, is told it does not exist. Contact details are read here for the
 * parties; whether they may be shown is app/'s decision (both must have accepted).
 */
import type { CommunityAsksTable, CommunityIntroductionsTable } from '../schema/database.types.ts';
import type { Executor } from './executor.ts';
import { membershipOf } from './membership.query.ts';

export type IntroductionAnswer = 'pending' | 'accepted' | 'declined';

export interface AskRecord {
  id: string;
  communityId: string;
  userId: string;
  displayName: string;
  /** Interest keys, as normalised by app/. */
  interests: string[];
  note: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface IntroductionPartyRecord {
  userId: string;
  displayName: string;
  email: string | null;
  answer: IntroductionAnswer;
  answeredAt: string | null;
}

export interface IntroductionRecord {
  id: string;
  communityId: string;
  communityName: string;
  connectorId: string;
  connectorName: string;
  note: string | null;
  askId: string | null;
  createdAt: string;
  /** The two members being introduced, side a first. */
  parties: [IntroductionPartyRecord, IntroductionPartyRecord];
}

export interface NewIntroductionRecord {
  id: string;
  communityId: string;
  connectorId: string;
  userA: string;
  userB: string;
  note: string | null;
  askId: string | null;
  /** Side a's answer at the start: accepted when side a proposed it themselves. */
  answerA: IntroductionAnswer;
  createdAt: string;
}

/** An earlier introduction between two members, as a repeat check needs it. */
export interface EarlierIntroductionRecord {
  id: string;
  connectorId: string;
  answers: [IntroductionAnswer, IntroductionAnswer];
  createdAt: string;
}

/** One reason two members are kept apart in a community. */
export interface PairBlockRecord {
  reason: 'admin' | 'declined' | 'not_again';
  /** The member whose "no" it is; null for an admin's pair. */
  setBy: string | null;
}

export function createCommunityIntroductionRepository(db: Executor) {
  /** Rows only when `readerId` is a member of the community (for an EXISTS). */
  const membership = (readerId: string, communityId: string) => membershipOf(db, readerId, communityId);

  /** Asks of a community, only when `readerId` is a member of it. */
  const asks = (readerId: string, communityId: string) =>
    db
      .selectFrom('community_asks as k')
      .innerJoin('users as u', 'u.id', 'k.user_id')
      .selectAll('k')
      .select('u.display_name')
      .where('k.community_id', '=', communityId)
      .where((eb) => eb.exists(membership(readerId, communityId)));

  const toAsk = (row: CommunityAsksTable & { display_name: string }): AskRecord => ({
    id: row.id,
    communityId: row.community_id,
    userId: row.user_id,
    displayName: row.display_name,
    interests: JSON.parse(row.interests),
    note: row.note,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  });

  /** Introductions in a community that `userId` is in: as the connector or as either party. */
  const introductions = (userId: string, communityId: string) =>
    db
      .selectFrom('community_introductions as i')
      .innerJoin('communities as c', 'c.id', 'i.community_id')
      .innerJoin('users as k', 'k.id', 'i.connector_id')
      .innerJoin('users as a', 'a.id', 'i.user_a')
      .innerJoin('users as b', 'b.id', 'i.user_b')
      .selectAll('i')
      .select([
        'c.name as community_name',
        'k.display_name as connector_name',
        'a.display_name as a_name',
        'a.email as a_email',
        'b.display_name as b_name',
        'b.email as b_email',
      ])
      .where('i.community_id', '=', communityId)
      .where((eb) =>
        eb.or([eb('i.connector_id', '=', userId), eb('i.user_a', '=', userId), eb('i.user_b', '=', userId)]),
      );

  const toIntroduction = (
    row: CommunityIntroductionsTable & {
      community_name: string;
      connector_name: string;
      a_name: string;
      a_email: string | null;
      b_name: string;
      b_email: string | null;
    },
  ): IntroductionRecord => ({
    id: row.id,
    communityId: row.community_id,
    communityName: row.community_name,
    connectorId: row.connector_id,
    connectorName: row.connector_name,
    note: row.note,
    askId: row.ask_id,
    createdAt: row.created_at,
    parties: [
      {
        userId: row.user_a,
        displayName: row.a_name,
        email: row.a_email,
        answer: row.answer_a,
        answeredAt: row.answered_a_at,
      },
      {
        userId: row.user_b,
        displayName: row.b_name,
        email: row.b_email,
        answer: row.answer_b,
        answeredAt: row.answered_b_at,
      },
    ],
  });

  return {
    /** Creates an ask; the membership foreign key refuses anyone not in the community. */
    async insertAsk(ask: Omit<AskRecord, 'displayName' | 'closedAt'>): Promise<void> {
      await db
        .insertInto('community_asks')
        .values({
          id: ask.id,
          community_id: ask.communityId,
          user_id: ask.userId,
          interests: JSON.stringify(ask.interests),
          note: ask.note,
          created_at: ask.createdAt,
          closed_at: null,
        })
        .execute();
    },

    /** A community's open asks, newest first (ids are time-ordered); empty for a non-member. */
    async openAsks(
      readerId: string,
      communityId: string,
      page: { limit: number; before?: string | undefined },
    ): Promise<AskRecord[]> {
      let query = asks(readerId, communityId).where('k.closed_at', 'is', null);
      if (page.before) query = query.where('k.id', '<', page.before);
      return (await query.orderBy('k.id', 'desc').limit(page.limit).execute()).map(toAsk);
    },

    /** One ask of a community (open or closed), as a member may read it. */
    async ask(readerId: string, communityId: string, askId: string): Promise<AskRecord | undefined> {
      const row = await asks(readerId, communityId).where('k.id', '=', askId).executeTakeFirst();
      return row ? toAsk(row) : undefined;
    },

    /** Closes an ask, only its asker's and only while open; false when nothing changed. */
    async closeAsk(userId: string, communityId: string, askId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('community_asks')
        .set({ closed_at: at })
        .where('id', '=', askId)
        .where('community_id', '=', communityId)
        .where('user_id', '=', userId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Creates an introduction; the membership foreign keys refuse anyone not in the community. */
    async insertIntroduction(intro: NewIntroductionRecord): Promise<void> {
      await db
        .insertInto('community_introductions')
        .values({
          id: intro.id,
          community_id: intro.communityId,
          connector_id: intro.connectorId,
          user_a: intro.userA,
          user_b: intro.userB,
          note: intro.note,
          answer_a: intro.answerA,
          answered_a_at: intro.answerA === 'pending' ? null : intro.createdAt,
          answer_b: 'pending',
          answered_b_at: null,
          ask_id: intro.askId,
          created_at: intro.createdAt,
        })
        .execute();
    },

    /** The introductions `userId` is in within a community, newest first. */
    async introductionsFor(
      userId: string,
      communityId: string,
      page: { limit: number; before?: string | undefined },
    ): Promise<IntroductionRecord[]> {
      let query = introductions(userId, communityId);
      if (page.before) query = query.where('i.id', '<', page.before);
      return (await query.orderBy('i.id', 'desc').limit(page.limit).execute()).map(toIntroduction);
    },

    /** One introduction, only for the connector or a party. */
    async introduction(
      userId: string,
      communityId: string,
      introductionId: string,
    ): Promise<IntroductionRecord | undefined> {
      const row = await introductions(userId, communityId)
        .where('i.id', '=', introductionId)
        .executeTakeFirst();
      return row ? toIntroduction(row) : undefined;
    },

    /**
     * Earlier introductions between the same two members in a community (either way
     * round), for refusing a repeat; read for `readerId`, who must be a member. Each says
     * who proposed it, so app/ can tell a proposer only about the ones they were in.
     */
    async between(
      readerId: string,
      communityId: string,
      userA: string,
      userB: string,
    ): Promise<EarlierIntroductionRecord[]> {
      const rows = await db
        .selectFrom('community_introductions as i')
        .select(['i.id', 'i.connector_id', 'i.answer_a', 'i.answer_b', 'i.created_at'])
        .where('i.community_id', '=', communityId)
        .where((eb) =>
          eb.or([
            eb.and([eb('i.user_a', '=', userA), eb('i.user_b', '=', userB)]),
            eb.and([eb('i.user_a', '=', userB), eb('i.user_b', '=', userA)]),
          ]),
        )
        .where((eb) => eb.exists(membership(readerId, communityId)))
        .orderBy('i.id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        connectorId: r.connector_id,
        answers: [r.answer_a, r.answer_b],
        createdAt: r.created_at,
      }));
    },

    /**
     * Why two members are kept apart in a community, if they are: an admin's pair, or a
     * member's "no" to a match with the other (declined, or not again), with whose "no"
     * it is. Read for `readerId`, who must be a member; app/ decides what the reader may
     * be told (never the other person's "no").
     */
    async pairBlocks(
      readerId: string,
      communityId: string,
      userA: string,
      userB: string,
    ): Promise<PairBlockRecord[]> {
      const [a, b] = [userA, userB].sort() as [string, string];
      const rows = await db
        .selectFrom('community_pair_blocks as p')
        .select(['p.reason', 'p.set_by'])
        .where('p.community_id', '=', communityId)
        .where('p.user_a', '=', a)
        .where('p.user_b', '=', b)
        .where((eb) => eb.exists(membership(readerId, communityId)))
        .execute();
      return rows.map((r) => ({ reason: r.reason, setBy: r.set_by === '' ? null : r.set_by }));
    },

    /**
     * The members `userId` may not be introduced to as a party (see app/'s refusal
     * rules): those a round matched them with, whatever anyone answered, and those a
     * no of theirs or of the other's keeps apart (a no always comes from a match).
     */
    async matchedOrApart(userId: string, communityId: string): Promise<Set<string>> {
      const matched = await db
        .selectFrom('community_match_members as mine')
        .innerJoin('community_match_members as other', 'other.match_id', 'mine.match_id')
        .select('other.user_id as id')
        .where('mine.community_id', '=', communityId)
        .where('mine.user_id', '=', userId)
        .where('other.user_id', '!=', userId)
        .execute();
      const apart = await db
        .selectFrom('community_pair_blocks as b')
        .select(['b.user_a', 'b.user_b'])
        .where('b.community_id', '=', communityId)
        .where('b.reason', 'in', ['declined', 'not_again'])
        .where((eb) => eb.or([eb('b.user_a', '=', userId), eb('b.user_b', '=', userId)]))
        .execute();
      return new Set([
        ...matched.map((r) => r.id),
        ...apart.map((r) => (r.user_a === userId ? r.user_b : r.user_a)),
      ]);
    },

    /**
     * When the two were last matched to each other in this community's rounds (ISO), or
     * null; only for a member of it. Their answers to the match play no part.
     */
    async lastSharedMatch(
      readerId: string,
      communityId: string,
      userA: string,
      userB: string,
    ): Promise<string | null> {
      const row = await db
        .selectFrom('community_match_members as x')
        .innerJoin('community_match_members as y', 'y.match_id', 'x.match_id')
        .innerJoin('community_matches as m', 'm.id', 'x.match_id')
        .select((eb) => eb.fn.max('m.created_at').as('last'))
        .where('x.community_id', '=', communityId)
        .where('x.user_id', '=', userA)
        .where('y.user_id', '=', userB)
        .where((eb) => eb.exists(membership(readerId, communityId)))
        .executeTakeFirst();
      return row?.last ?? null;
    },

    /**
     * A party's answer to their own side, only while that side is still pending; false
     * when nothing changed (not a party, or already answered).
     */
    async answer(
      userId: string,
      communityId: string,
      introductionId: string,
      answer: 'accepted' | 'declined',
      at: string,
    ): Promise<boolean> {
      let changed = 0;
      for (const side of ['a', 'b'] as const) {
        const result = await db
          .updateTable('community_introductions')
          .set(
            side === 'a' ? { answer_a: answer, answered_a_at: at } : { answer_b: answer, answered_b_at: at },
          )
          .where('id', '=', introductionId)
          .where('community_id', '=', communityId)
          .where(side === 'a' ? 'user_a' : 'user_b', '=', userId)
          .where(side === 'a' ? 'answer_a' : 'answer_b', '=', 'pending')
          .executeTakeFirst();
        changed += Number(result.numUpdatedRows);
      }
      return changed > 0;
    },
  };
}
