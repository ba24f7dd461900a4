/**
 * The asks board of a community: a member asks to meet someone with given interests or
 * expertise, every member sees the open asks, and anyone can see which members fit an
 * ask best, by what those members share with them. Only the asker closes an ask. Each
 * use case is one transaction; a non-member is told the community does not exist.
 */
import { buildInterestWeights, interestSimilarity, normaliseInterests } from '@kindred/core';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { membershipOf } from './community.service.ts';
import { type Ask, presentAsk, type Suggestion } from './introduction.present.ts';
import { type AskInput, askInputSchema } from './introduction.schema.ts';
import { sharedProfilesOf } from './profile.service.ts';

type Page = { limit: number; before?: string | undefined };

/** How many members a suggestion list reads at most, and how many it returns. */
const SUGGESTION_SCAN = 5000;
const SUGGESTION_COUNT = 10;

export const askNotFound = (id: string) =>
  new AppError(
    'ask_not_found',
    `This community has no open ask with the id ${id} for you to use. It may have been closed or removed; the asks board shows the ones open now.`,
    [{ field: 'askId', message: 'not found' }],
  );

export async function postAsk(ctx: UseCaseContext, communityId: string, input: AskInput): Promise<Ask> {
  const valid = parseInput(askInputSchema, input, 'ask');
  const interests = normaliseInterests(valid.interests ?? []).map((i) => i.key);
  const note = valid.note ? valid.note : null;
  return ctx.store.transaction(async (repos) => {
    // Membership first, so a non-member learns nothing, not even that the ask was empty.
    await membershipOf(repos, ctx.ownerId, communityId);
    if (interests.length === 0 && note === null) {
      throw new AppError(
        'invalid_input',
        'The ask is empty: name at least one interest (e.g. "bouldering") or write a note saying whom you hope to meet.',
        [{ field: 'interests', message: 'give interests or a note' }],
      );
    }
    const id = newId();
    await repos.communityIntroductions.insertAsk({
      id,
      communityId,
      userId: ctx.ownerId,
      interests,
      note,
      createdAt: ctx.now.toISOString(),
    });
    const stored = await repos.communityIntroductions.ask(ctx.ownerId, communityId, id);
    return presentAsk(stored as NonNullable<typeof stored>, ctx.ownerId);
  });
}

/** The community's open asks, newest first. */
export async function listAsks(ctx: UseCaseContext, communityId: string, page: Page): Promise<Ask[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const rows = await repos.communityIntroductions.openAsks(ctx.ownerId, communityId, page);
    return rows.map((r) => presentAsk(r, ctx.ownerId));
  });
}

/** Closes your own ask (closing it again changes nothing). */
export async function closeAsk(ctx: UseCaseContext, communityId: string, askId: string): Promise<Ask> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const ask = await repos.communityIntroductions.ask(ctx.ownerId, communityId, askId);
    if (!ask || ask.userId !== ctx.ownerId) throw askNotFound(askId);
    await repos.communityIntroductions.closeAsk(ctx.ownerId, communityId, askId, ctx.now.toISOString());
    const closed = await repos.communityIntroductions.ask(ctx.ownerId, communityId, askId);
    return presentAsk(closed as NonNullable<typeof closed>, ctx.ownerId);
  });
}

/**
 * Members who could answer an ask: those whose interests, as far as they share them
 * with the viewer, fit the asked-for ones; ranked by rarity-weighted similarity, the
 * asker never among them. A field a member keeps from the viewer plays no part. The
 * asker's own list leaves out members they could not be introduced to (a round matched
 * them, or a no between them): facts about themselves, so nothing leaks by leaving them
 * out, and proposing them would only be refused.
 */
export async function suggestForAsk(
  ctx: UseCaseContext,
  communityId: string,
  askId: string,
): Promise<Suggestion[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const ask = await repos.communityIntroductions.ask(ctx.ownerId, communityId, askId);
    if (!ask) throw askNotFound(askId);
    const members = await repos.communities.members(ctx.ownerId, communityId, { limit: SUGGESTION_SCAN });
    const profiles = await sharedProfilesOf(
      repos,
      ctx.ownerId,
      communityId,
      members.map((m) => m.userId),
      ctx.now,
    );
    const unavailable =
      ask.userId === ctx.ownerId
        ? await repos.communityIntroductions.matchedOrApart(ctx.ownerId, communityId)
        : new Set<string>();
    const keysOf = (userId: string) => (profiles.get(userId)?.interests ?? []).map((i) => i.key);
    // Rarity within this community, as the viewer sees it.
    const weights = buildInterestWeights(members.map((m) => keysOf(m.userId)));
    const out: Suggestion[] = [];
    for (const member of members) {
      if (member.userId === ask.userId || unavailable.has(member.userId)) continue;
      const similarity = interestSimilarity(ask.interests, keysOf(member.userId), weights);
      if (similarity.score <= 0) continue;
      out.push({
        userId: member.userId,
        displayName: member.displayName,
        score: Math.round(similarity.score * 1000) / 1000,
        shared: similarity.shared.map((s) => ({ key: s.key, label: s.label })),
        profile: profiles.get(member.userId) ?? {},
      });
    }
    out.sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName));
    return out.slice(0, SUGGESTION_COUNT);
  });
}
