/**
 * Communities and membership: create one (its creator is its first admin), list and open
 * the ones you are in, see who else is, change roles, leave, delete. Each use case is
 * one transaction. A non-member is told "not found" exactly as for an id never made.
 * A community always keeps an admin: the last one cannot step down or leave while others
 * remain, and deleting the last admin's account hands the role on.
 */
import type { MemberCommunity, MemberRecord, Repositories } from '@kindred/store';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { adminOnly, communityNotFound, memberNotFound } from './community.errors.ts';
import type { Community } from './community.present.ts';
import {
  type NewCommunityInput,
  newCommunitySchema,
  type RoleChangeInput,
  roleChangeSchema,
} from './community.schema.ts';
import type { SharedProfile } from './profile.present.ts';
import { sharedProfilesOf } from './profile.service.ts';

/** A member as fellow members see them: name, role and the profile fields they share. */
export interface Member extends MemberRecord {
  profile: SharedProfile;
}

type Page = { limit: number; after?: string | undefined };

/** The community as the caller sees it; "not found" unless they are a member. */
export async function membershipOf(
  repos: Repositories,
  userId: string,
  communityId: string,
): Promise<MemberCommunity> {
  const community = await repos.communities.forMember(userId, communityId);
  if (!community) throw communityNotFound(communityId);
  return community;
}

/** The community, if the caller is one of its admins; `what` names the refused action. */
export async function adminOf(
  repos: Repositories,
  userId: string,
  communityId: string,
  what: string,
): Promise<MemberCommunity> {
  const community = await membershipOf(repos, userId, communityId);
  if (community.role !== 'admin') throw adminOnly(community.name, what);
  return community;
}

export async function createCommunity(ctx: UseCaseContext, input: NewCommunityInput): Promise<Community> {
  const valid = parseInput(newCommunitySchema, input, 'community');
  const id = newId();
  return ctx.store.transaction(async (repos) => {
    await repos.communities.insert(
      { id, name: valid.name, description: valid.description, createdAt: ctx.now.toISOString() },
      ctx.ownerId,
    );
    return membershipOf(repos, ctx.ownerId, id);
  });
}

export async function listMyCommunities(ctx: UseCaseContext, page: Page): Promise<Community[]> {
  return ctx.store.transaction((repos) => repos.communities.listForMember(ctx.ownerId, page));
}

export async function getCommunity(ctx: UseCaseContext, communityId: string): Promise<Community> {
  return ctx.store.transaction((repos) => membershipOf(repos, ctx.ownerId, communityId));
}

/** Who is in a community: names, roles and shared profile fields, never anything from anyone's companion. */
export async function listMembers(ctx: UseCaseContext, communityId: string, page: Page): Promise<Member[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const members = await repos.communities.members(ctx.ownerId, communityId, page);
    const shared = await sharedProfilesOf(
      repos,
      ctx.ownerId,
      communityId,
      members.map((m) => m.userId),
      ctx.now,
    );
    return members.map((m) => ({ ...m, profile: shared.get(m.userId) ?? {} }));
  });
}

export async function changeRole(
  ctx: UseCaseContext,
  communityId: string,
  userId: string,
  input: RoleChangeInput,
): Promise<{ userId: string; role: Member['role'] }> {
  const { role } = parseInput(roleChangeSchema, input, 'role change');
  return ctx.store.transaction(async (repos) => {
    await repos.communities.lock(communityId);
    const community = await adminOf(repos, ctx.ownerId, communityId, "change members' roles");
    const current = await repos.communities.roleOf(ctx.ownerId, communityId, userId);
    if (!current) throw memberNotFound(community.name, userId);
    if (current === role) return { userId, role };
    if (current === 'admin') {
      const counts = await repos.communities.counts(ctx.ownerId, communityId);
      if ((counts?.admins ?? 0) <= 1) {
        throw new AppError(
          'community_last_admin',
          `${userId === ctx.ownerId ? 'You are' : 'This member is'} the only admin of ${community.name}, and a community needs one. Make another member an admin first, then change this role.`,
          [{ field: 'body.role', message: 'would leave the community without an admin' }],
        );
      }
    }
    await repos.communities.setRole(ctx.ownerId, communityId, userId, role);
    return { userId, role };
  });
}

/**
 * Leaves a community. The only member leaving ends the community (nobody is left to see
 * it); the only admin cannot leave while others remain, since nobody could run it then.
 */
export async function leaveCommunity(
  ctx: UseCaseContext,
  communityId: string,
): Promise<{ left: true; communityDeleted: boolean }> {
  return ctx.store.transaction(async (repos) => {
    await repos.communities.lock(communityId);
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    const counts = await repos.communities.counts(ctx.ownerId, communityId);
    if (!counts || counts.members <= 1) {
      await repos.communities.deleteIfOnlyMember(communityId, ctx.ownerId);
      return { left: true, communityDeleted: true };
    }
    if (community.role === 'admin' && counts.admins <= 1) {
      throw new AppError(
        'community_last_admin',
        `You are the only admin of ${community.name}, so you cannot leave it yet: ${counts.members - 1} other ${counts.members === 2 ? 'member relies' : 'members rely'} on it having one. Make another member an admin first, then leave (or delete the community if it has run its course).`,
      );
    }
    await repos.communities.leave(ctx.ownerId, communityId);
    return { left: true, communityDeleted: false };
  });
}

/** Deletes a community with its memberships and invites (admins only). */
export async function deleteCommunity(ctx: UseCaseContext, communityId: string): Promise<void> {
  await ctx.store.transaction(async (repos) => {
    await adminOf(repos, ctx.ownerId, communityId, 'delete it');
    await repos.communities.delete(ctx.ownerId, communityId);
  });
}

/**
 * Before an account is deleted (in its transaction): communities where it was the only
 * member go with it; where it was the only admin, the longest-standing other member
 * becomes admin, because an account must always be deletable and a community must
 * always have someone who can run it. Its memberships then go with the user row.
 */
export async function removeAccountFromCommunities(repos: Repositories, userId: string): Promise<void> {
  for (const { communityId, role } of await repos.communities.membershipsOf(userId)) {
    await repos.communities.lock(communityId);
    // Counted again under the lock, so a member joining or leaving meanwhile is seen.
    const counts = await repos.communities.counts(userId, communityId);
    if (!counts || counts.members <= 1) {
      await repos.communities.deleteIfOnlyMember(communityId, userId);
    } else if (role === 'admin' && counts.admins <= 1) {
      await repos.communities.promoteLongestStanding(communityId, userId);
    }
  }
}
