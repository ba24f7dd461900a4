/**
 * A community's invites. Each keeps only the SHA-256 of its secret. Admins list, read and
 * withdraw them through their own admin membership (an EXISTS in SQL, not only a check in
 * app/); the one unscoped read is by the secret's hash, since holding the secret is the
 * permission to use it.
 */
import type { CommunityInvitesTable } from '../schema/database.types.ts';
import type { CommunityRole } from './community.repository.ts';
import type { Executor } from './executor.ts';
import { memberOf } from './membership.query.ts';

export interface InviteRecord {
  id: string;
  communityId: string;
  email: string | null;
  role: CommunityRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

const toInvite = (row: CommunityInvitesTable): InviteRecord => ({
  id: row.id,
  communityId: row.community_id,
  email: row.email,
  role: row.role,
  createdBy: row.created_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  revokedAt: row.revoked_at,
});

export function createCommunityInviteRepository(db: Executor) {
  return {
    async insert(invite: InviteRecord, tokenHash: string): Promise<void> {
      await db
        .insertInto('community_invites')
        .values({
          id: invite.id,
          community_id: invite.communityId,
          token_hash: tokenHash,
          email: invite.email,
          role: invite.role,
          created_by: invite.createdBy,
          created_at: invite.createdAt,
          expires_at: invite.expiresAt,
          used_at: invite.usedAt,
          revoked_at: invite.revokedAt,
        })
        .execute();
    },

    /** A community's invites, oldest first, for one of its admins; empty for anyone else. */
    async list(
      adminId: string,
      communityId: string,
      page: { limit: number; after?: string | undefined },
    ): Promise<InviteRecord[]> {
      let query = db
        .selectFrom('community_invites')
        .selectAll()
        .where('community_id', '=', communityId)
        .where((eb) => memberOf(eb, 'community_invites.community_id', adminId, 'admin'));
      if (page.after) query = query.where('id', '>', page.after);
      return (await query.orderBy('id').limit(page.limit).execute()).map(toInvite);
    },

    /** One invite of a community, for one of its admins. */
    async get(adminId: string, communityId: string, inviteId: string): Promise<InviteRecord | undefined> {
      const row = await db
        .selectFrom('community_invites')
        .selectAll()
        .where('community_id', '=', communityId)
        .where('id', '=', inviteId)
        .where((eb) => memberOf(eb, 'community_invites.community_id', adminId, 'admin'))
        .executeTakeFirst();
      return row && toInvite(row);
    },

    async revoke(adminId: string, communityId: string, inviteId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('community_invites')
        .set({ revoked_at: at })
        .where('community_id', '=', communityId)
        .where('id', '=', inviteId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where((eb) => memberOf(eb, 'community_invites.community_id', adminId, 'admin'))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Unscoped by design: whoever holds the secret may see the invite and its community's name. */
    async findBySecretHash(
      tokenHash: string,
    ): Promise<(InviteRecord & { communityName: string }) | undefined> {
      const row = await db
        .selectFrom('community_invites')
        .innerJoin('communities', 'communities.id', 'community_invites.community_id')
        .selectAll('community_invites')
        .select('communities.name as community_name')
        .where('community_invites.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && { ...toInvite(row), communityName: row.community_name };
    },

    /** Marks an invite used, only if it still is usable: true for exactly one caller. */
    async markUsed(inviteId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('community_invites')
        .set({ used_at: at })
        .where('id', '=', inviteId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Takes back an invite whose email could not be sent (its maker only). */
    async remove(creatorId: string, inviteId: string): Promise<void> {
      await db
        .deleteFrom('community_invites')
        .where('id', '=', inviteId)
        .where('created_by', '=', creatorId)
        .execute();
    },
  };
}
