/**
 * A member's profile in a community: read and save your own, and see what another
 * member chose to share with you. Nothing here reads the companion (people, notes,
 * details, stages): a profile holds only what the member typed into it.
 */
import { localDate, normaliseInterests } from '@kindred/core';
import type { ProfileRecord, Repositories } from '@kindred/store';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { memberNotFound } from './community.errors.ts';
import { membershipOf } from './community.service.ts';
import {
  defaultProfile,
  type MyProfile,
  presentMyProfile,
  type SharedProfile,
  shareProfile,
  visibilityOf,
} from './profile.present.ts';
import { type ProfileInput, profileInputSchema, type ValidProfileInput } from './profile.schema.ts';

export interface MemberProfile {
  userId: string;
  displayName: string;
  /** Whether a match between you two opens their "matches" fields to you now (see MATCH_FIELDS_OPEN_DAYS). */
  matched: boolean;
  profile: SharedProfile;
}

/** Today on the member's own clock: the profile's zone, else the account's. */
function ownDay(ctx: UseCaseContext, profile: ProfileRecord): string {
  return localDate(ctx.now, profile.timeZone ?? ctx.timeZone);
}

export async function getMyProfile(ctx: UseCaseContext, communityId: string): Promise<MyProfile> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const stored = await repos.communityProfiles.get(ctx.ownerId, communityId, ctx.ownerId);
    const profile = stored ?? defaultProfile(communityId, ctx.ownerId);
    return presentMyProfile(profile, stored !== undefined, ownDay(ctx, profile));
  });
}

/** Applies what was sent onto what is stored; fields not sent keep their value. */
function merged(current: ProfileRecord, input: ValidProfileInput, now: string): ProfileRecord {
  const next: ProfileRecord = { ...current, updatedAt: now };
  if (input.interests !== undefined) next.interests = normaliseInterests(input.interests).map((i) => i.key);
  for (const field of ['team', 'seniority', 'location', 'timeZone', 'intro'] as const) {
    if (input[field] !== undefined) next[field] = input[field];
  }
  if (input.availability !== undefined) next.availability = sortedWindows(input.availability);
  if (input.formats !== undefined) next.formats = [...new Set(input.formats)];
  if (input.openTo !== undefined) next.openTo = [...new Set(input.openTo)];
  if (input.frequency !== undefined) next.frequency = input.frequency;
  if (input.pausedUntil !== undefined) {
    next.pausedUntil = input.pausedUntil;
    // A date to come back on only means something while paused.
    if (input.pausedUntil !== null && input.paused === undefined) next.paused = true;
  }
  if (input.paused !== undefined) {
    next.paused = input.paused;
    if (!input.paused) next.pausedUntil = null;
  }
  if (input.visibility !== undefined) {
    next.visibility = { ...visibilityOf(current) };
    for (const [field, level] of Object.entries(input.visibility)) if (level) next.visibility[field] = level;
  }
  return next;
}

const DAY_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
function sortedWindows(windows: ProfileRecord['availability']): ProfileRecord['availability'] {
  return [...windows].sort(
    (a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || a.start.localeCompare(b.start),
  );
}

export async function saveMyProfile(
  ctx: UseCaseContext,
  communityId: string,
  input: ProfileInput,
): Promise<MyProfile> {
  const valid = parseInput(profileInputSchema, input, 'profile');
  if (valid.pausedUntil && valid.paused !== false && valid.pausedUntil <= today(ctx)) {
    throw new AppError(
      'invalid_input',
      `The profile is not valid: pausedUntil: ${valid.pausedUntil} has already come; give a later day, or send "paused": false to be matched again now.`,
      [{ field: 'pausedUntil', message: 'must be a day after today' }],
    );
  }
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const stored = await repos.communityProfiles.get(ctx.ownerId, communityId, ctx.ownerId);
    const next = merged(stored ?? defaultProfile(communityId, ctx.ownerId), valid, ctx.now.toISOString());
    await repos.communityProfiles.save(next);
    return presentMyProfile(next, true, ownDay(ctx, next));
  });
}

/**
 * How long a match opens "matches" fields between its members whatever they answered:
 * long enough to arrange the meeting. After that only a match everyone in it accepted
 * keeps them open, so a declined or ignored match does not share a location for good.
 */
export const MATCH_FIELDS_OPEN_DAYS = 30;

/** The ids of members `readerId` may see "matches" fields of, today. */
export function openMatchesOf(
  repos: Repositories,
  readerId: string,
  communityId: string,
  now: Date,
): Promise<Set<string>> {
  const since = new Date(now.getTime() - MATCH_FIELDS_OPEN_DAYS * 86_400_000).toISOString();
  return repos.communityProfiles.matchedWith(communityId, readerId, since);
}

/** The shared fields of every member on a page of the member list, for `readerId`. */
export async function sharedProfilesOf(
  repos: Repositories,
  readerId: string,
  communityId: string,
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, SharedProfile>> {
  const [profiles, matched] = await Promise.all([
    repos.communityProfiles.getMany(readerId, communityId, userIds),
    openMatchesOf(repos, readerId, communityId, now),
  ]);
  const byUser = new Map(profiles.map((p) => [p.userId, p]));
  return new Map(
    userIds.map((id) => [
      id,
      id === readerId
        ? shareProfile(byUser.get(id), 'match')
        : shareProfile(byUser.get(id), matched.has(id) ? 'match' : 'member'),
    ]),
  );
}

/** Another member's profile, as far as they share it with you. */
export async function getMemberProfile(
  ctx: UseCaseContext,
  communityId: string,
  userId: string,
): Promise<MemberProfile> {
  return ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    const member = await repos.communities.member(ctx.ownerId, communityId, userId);
    if (!member) throw memberNotFound(community.name, userId);
    const matched =
      userId !== ctx.ownerId && (await openMatchesOf(repos, ctx.ownerId, communityId, ctx.now)).has(userId);
    const stored = await repos.communityProfiles.get(ctx.ownerId, communityId, userId);
    return {
      userId,
      displayName: member.displayName,
      matched,
      // Your own profile shows as others who are matched with you would see it.
      profile: shareProfile(stored, userId === ctx.ownerId || matched ? 'match' : 'member'),
    };
  });
}
