/**
 * Double-opt-in introductions in a community. A member posts an ask ("I would like to
 * meet someone who knows about X"); any member sees the open asks and, for one, the
 * members whose shared interests fit it best; anyone proposes an introduction between
 * two members (a connector), or the asker proposes one between themselves and someone
 * suggested, in which case their own side is accepted already. Each party answers for
 * themselves; a decline is silent, and emails are shown only once both said yes.
 * Every use case is one transaction; a non-member is told the community does not exist.
 */
import type { IntroductionRecord, Repositories } from '@kindred/store';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { membershipOf } from './community.service.ts';
import { type ComposedEmail, outboxRows, sendQueuedNow } from './community-outbox.service.ts';
import { composeIntroductionEmail } from './introduction.email.ts';
import { type Introduction, peopleShownTo, presentIntroduction, statusOf } from './introduction.present.ts';
import { refusalFor } from './introduction.refusal.ts';
import {
  type IntroductionAnswerInput,
  type IntroductionInput,
  introductionAnswerSchema,
  introductionInputSchema,
} from './introduction.schema.ts';
import { askNotFound } from './introduction-ask.service.ts';
import type { SharedProfile } from './profile.present.ts';
import { sharedProfilesOf } from './profile.service.ts';

type Page = { limit: number; before?: string | undefined };

/** Where introduction emails go out from, when the server has SMTP; null sends none. */
export interface IntroductionMail {
  mailer: Mailer | null;
  from: string;
  /** The community page, where the introduction can be answered. */
  urlFor: (communityId: string) => string;
}

const introductionNotFound = (id: string) =>
  new AppError(
    'introduction_not_found',
    `You are in no introduction with the id ${id} in this community. It may have been removed when someone left.`,
    [{ field: 'introductionId', message: 'not found among your introductions' }],
  );

async function present(repos: Repositories, viewerId: string, records: IntroductionRecord[], now: Date) {
  const byCommunity = new Map<string, string[]>();
  for (const r of records) {
    byCommunity.set(r.communityId, [
      ...(byCommunity.get(r.communityId) ?? []),
      ...peopleShownTo(r, viewerId),
    ]);
  }
  const profiles = new Map<string, Map<string, SharedProfile>>();
  for (const [communityId, ids] of byCommunity) {
    profiles.set(communityId, await sharedProfilesOf(repos, viewerId, communityId, [...new Set(ids)], now));
  }
  return records.map((r) => presentIntroduction(r, viewerId, profiles.get(r.communityId) ?? new Map()));
}

async function mine(repos: Repositories, viewerId: string, communityId: string, id: string) {
  await membershipOf(repos, viewerId, communityId);
  const record = await repos.communityIntroductions.introduction(viewerId, communityId, id);
  if (!record) throw introductionNotFound(id);
  return record;
}

/**
 * Proposes an introduction between two members. When the proposer is one of the two,
 * their own side counts as accepted. A pair already being introduced, or introduced,
 * or declined lately, or kept apart (by an admin, or by either one's "no" to a match),
 * is not proposed; the proposer is told why only when the reason is theirs to know
 * (introduction.refusal.ts), and otherwise gets one neutral answer.
 */
export async function proposeIntroduction(
  ctx: UseCaseContext,
  communityId: string,
  input: IntroductionInput,
  mail?: IntroductionMail,
): Promise<Introduction> {
  const valid = parseInput(introductionInputSchema, input, 'introduction');
  const [first, second] = valid.userIds as [string, string];
  // The proposer, when one of the two, is side a and has said yes by proposing.
  const [userA, userB] = second === ctx.ownerId ? [second, first] : [first, second];
  const { introduction, queued } = await ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    if (first === second) {
      throw new AppError(
        'invalid_input',
        'An introduction needs two different members: pick a second person.',
        [{ field: 'userIds', message: 'the same member twice' }],
      );
    }
    const names: string[] = [];
    for (const [index, userId] of [userA, userB].entries()) {
      const member = await repos.communities.member(ctx.ownerId, communityId, userId);
      if (!member) {
        throw new AppError(
          'member_not_found',
          `Nobody with the id ${userId} is a member of ${community.name}, so they cannot be introduced here. Pick someone from the member list.`,
          [{ field: `userIds.${index}`, message: 'not a member' }],
        );
      }
      names.push(member.displayName);
    }
    const askId = valid.askId ?? null;
    if (askId) {
      const ask = await repos.communityIntroductions.ask(ctx.ownerId, communityId, askId);
      if (!ask) throw askNotFound(askId);
      if (ask.closedAt) {
        throw new AppError(
          'ask_closed',
          `${ask.displayName} has closed this ask. Propose the introduction without it, or ask them first.`,
          [{ field: 'askId', message: 'closed' }],
        );
      }
      if (ask.userId !== userA && ask.userId !== userB) {
        throw new AppError(
          'invalid_input',
          `This introduction answers ${ask.displayName}'s ask, so ${ask.displayName} must be one of the two people.`,
          [{ field: 'askId', message: 'its asker is not one of the two' }],
        );
      }
    }
    const refusal = refusalFor({
      proposerId: ctx.ownerId,
      proposerIsAdmin: community.role === 'admin',
      communityName: community.name,
      pair: [
        { userId: userA, name: names[0] as string },
        { userId: userB, name: names[1] as string },
      ],
      earlier: await repos.communityIntroductions.between(ctx.ownerId, communityId, userA, userB),
      blocks: await repos.communityIntroductions.pairBlocks(ctx.ownerId, communityId, userA, userB),
      lastMatchedOn: await repos.communityIntroductions.lastSharedMatch(
        ctx.ownerId,
        communityId,
        userA,
        userB,
      ),
      now: ctx.now,
    });
    if (refusal) throw refusal;
    const id = newId();
    await repos.communityIntroductions.insertIntroduction({
      id,
      communityId,
      connectorId: ctx.ownerId,
      userA,
      userB,
      note: valid.note ? valid.note : null,
      askId,
      answerA: userA === ctx.ownerId ? 'accepted' : 'pending',
      createdAt: ctx.now.toISOString(),
    });
    const stored = await mine(repos, ctx.ownerId, communityId, id);
    const [shown] = await present(repos, ctx.ownerId, [stored], ctx.now);
    return {
      introduction: shown as Introduction,
      queued: await enqueue(repos, mail, stored, 'proposed', ctx.now),
    };
  });
  await sendNow(ctx, mail, queued);
  return introduction;
}

export async function listIntroductions(
  ctx: UseCaseContext,
  communityId: string,
  page: Page,
): Promise<Introduction[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const rows = await repos.communityIntroductions.introductionsFor(ctx.ownerId, communityId, page);
    return present(repos, ctx.ownerId, rows, ctx.now);
  });
}

export async function getIntroduction(
  ctx: UseCaseContext,
  communityId: string,
  introductionId: string,
): Promise<Introduction> {
  return ctx.store.transaction(async (repos) => {
    const [shown] = await present(
      repos,
      ctx.ownerId,
      [await mine(repos, ctx.ownerId, communityId, introductionId)],
      ctx.now,
    );
    return shown as Introduction;
  });
}

/** Accept or decline your side. Either is final; nobody is told who declined. */
export async function answerIntroduction(
  ctx: UseCaseContext,
  communityId: string,
  introductionId: string,
  input: IntroductionAnswerInput,
  mail?: IntroductionMail,
): Promise<Introduction> {
  const { answer } = parseInput(introductionAnswerSchema, input, 'answer');
  const { introduction, queued } = await ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    // Serialises the two parties' answers, so each is checked against the other's latest
    // (a yes is not recorded on an introduction the other side has just declined).
    await repos.communities.lock(communityId);
    const before = await mine(repos, ctx.ownerId, communityId, introductionId);
    const side = before.parties.find((p) => p.userId === ctx.ownerId);
    if (!side) {
      throw new AppError(
        'introduction_not_a_party',
        'Only the two people being introduced answer an introduction; as the one who proposed it, you will see whether it goes ahead.',
        [
          {
            field: 'introductionId',
            message: `you proposed ${introductionId} and are not one of its two people`,
          },
        ],
      );
    }
    if (side.answer !== 'pending' || statusOf(before) !== 'waiting') {
      throw new AppError(
        'introduction_closed',
        side.answer !== 'pending'
          ? `You already answered this introduction (${side.answer}); an answer cannot be changed.`
          : 'This introduction is not going ahead, so there is nothing left to answer.',
        [{ field: 'answer', message: 'already settled' }],
      );
    }
    await repos.communityIntroductions.answer(
      ctx.ownerId,
      communityId,
      introductionId,
      answer,
      ctx.now.toISOString(),
    );
    const after = await mine(repos, ctx.ownerId, communityId, introductionId);
    const [shown] = await present(repos, ctx.ownerId, [after], ctx.now);
    return {
      introduction: shown as Introduction,
      queued:
        statusOf(after) === 'introduced' ? await enqueue(repos, mail, after, 'introduced', ctx.now) : [],
    };
  });
  await sendNow(ctx, mail, queued);
  return introduction;
}

/**
 * The emails an introduction's news sends. Proposed: each party still to answer hears
 * of it. Introduced: both get the other's address.
 */
function introductionEmails(
  mail: IntroductionMail,
  record: IntroductionRecord,
  event: 'proposed' | 'introduced',
): ComposedEmail[] {
  const out: ComposedEmail[] = [];
  for (const [me, other] of [
    [record.parties[0], record.parties[1]],
    [record.parties[1], record.parties[0]],
  ] as const) {
    if (!me.email) continue;
    if (event === 'proposed' && me.answer !== 'pending') continue;
    const message = composeIntroductionEmail({
      event,
      recipientName: me.displayName,
      otherName: other.displayName,
      otherEmail: event === 'introduced' ? other.email : null,
      connectorName: record.parties.some((p) => p.userId === record.connectorId)
        ? null
        : record.connectorName,
      noteBy: record.connectorId === me.userId ? null : record.connectorName,
      communityName: record.communityName,
      note: record.note,
      url: mail.urlFor(record.communityId),
    });
    out.push({ communityId: record.communityId, userId: me.userId, to: me.email, ...message });
  }
  return out;
}

/**
 * Queues the news in the transaction that makes it, so the email exists exactly when the
 * change does. Without a mailer nothing is queued: email is off here, not delayed.
 */
async function enqueue(
  repos: Repositories,
  mail: IntroductionMail | undefined,
  record: IntroductionRecord,
  event: 'proposed' | 'introduced',
  now: Date,
): Promise<string[]> {
  if (!mail?.mailer) return [];
  const rows = outboxRows('introduction', introductionEmails(mail, record, event), now);
  await repos.communityOutbox.enqueue(rows);
  return rows.map((r) => r.id);
}

/**
 * After the commit, the queued emails are tried at once; a mail server that is down
 * does not undo a yes, and the server's job sends them later.
 */
async function sendNow(
  ctx: UseCaseContext,
  mail: IntroductionMail | undefined,
  ids: string[],
): Promise<void> {
  if (mail?.mailer) await sendQueuedNow(ctx.store, { mailer: mail.mailer, from: mail.from }, ids, ctx.now);
}
