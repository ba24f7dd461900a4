/**
 * How long a match opens "matches"-only profile fields, on both dialects: for a month
 * after the match whatever anyone answered (so a no never shows as fields vanishing),
 * then only while everyone in the match said yes. Read the three ways a member can see a
 * fellow member's profile: the member list, their profile page and the match card.
 */
import type { Store } from '@kindred/store';
import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import {
  createCommunity,
  getMemberProfile,
  listMembers,
  listMyMatches,
  MATCH_FIELDS_OPEN_DAYS,
  respondToMatch,
  runRoundNow,
  saveMyProfile,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { contextFor } from './app-context.ts';

const NOW = '2026-03-02T09:00:00.000Z';
const LOCATION = 'Marlowe Yard, desk 14';
const later = (ctx: UseCaseContext, days: number): UseCaseContext => ({
  ...ctx,
  now: new Date(Date.parse(NOW) + days * 86_400_000),
});

describeEachDialect('what a match opens, and for how long', (getStore) => {
  /** Ana keeps her location to her matches; Bo is the only other member, so they are paired. */
  async function matchedPair(store: Store) {
    const ana = (await contextFor(store, NOW)).ctx;
    const bo = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(ana, { name: 'Harbour walkers' });
    await store.repos.communities.addMember(id, bo.ownerId, 'member', NOW);
    await saveMyProfile(ana, id, {
      interests: ['sea swimming'],
      location: LOCATION,
      visibility: { location: 'matches' },
    });
    await saveMyProfile(bo, id, { interests: ['sea swimming'] });
    return { ana, bo, id };
  }

  /** Ana's location as Bo reads it on the member list, her profile and their match card. */
  async function whatBoSees(bo: UseCaseContext, anaId: string, id: string) {
    const members = await listMembers(bo, id, { limit: 50 });
    const [match] = await listMyMatches(bo, { limit: 10, communityId: id });
    return {
      list: members.find((m) => m.userId === anaId)?.profile.location ?? null,
      profile: (await getMemberProfile(bo, id, anaId)).profile.location ?? null,
      card: match?.partners.find((p) => p.userId === anaId)?.profile.location ?? null,
    };
  }
  const hidden = { list: null, profile: null, card: null };
  const shown = { list: LOCATION, profile: LOCATION, card: LOCATION };

  it('opens the field with the match, keeps it through a no for the month, then closes it', async () => {
    const store = getStore();
    const { ana, bo, id } = await matchedPair(store);
    expect(await whatBoSees(bo, ana.ownerId, id)).toEqual(hidden);

    await runRoundNow(ana, id);
    expect(await whatBoSees(bo, ana.ownerId, id)).toEqual(shown);
    // Ana says no. Nothing Bo sees changes, so nothing tells him.
    const [match] = await listMyMatches(ana, { limit: 10, communityId: id });
    await respondToMatch(ana, match?.id ?? '', { response: 'declined' });
    expect(await whatBoSees(later(bo, 1), ana.ownerId, id)).toEqual(shown);
    expect(await whatBoSees(later(bo, MATCH_FIELDS_OPEN_DAYS - 1), ana.ownerId, id)).toEqual(shown);
    // A month on, a match that was not a yes from everyone no longer opens it.
    expect(await whatBoSees(later(bo, MATCH_FIELDS_OPEN_DAYS + 1), ana.ownerId, id)).toEqual(hidden);
  });

  it('keeps the field open to a match everyone said yes to', async () => {
    const store = getStore();
    const { ana, bo, id } = await matchedPair(store);
    await runRoundNow(ana, id);
    const [match] = await listMyMatches(ana, { limit: 10, communityId: id });
    await respondToMatch(ana, match?.id ?? '', { response: 'accepted' });
    // Only one yes: after the month it closes, like any other answer.
    expect(await whatBoSees(later(bo, MATCH_FIELDS_OPEN_DAYS + 1), ana.ownerId, id)).toEqual(hidden);
    await respondToMatch(bo, match?.id ?? '', { response: 'accepted' });
    expect(await whatBoSees(later(bo, 400), ana.ownerId, id)).toEqual(shown);
  });
});
