/**
 * The one question every community read asks first: is the reader a member? As a
 * subquery for an EXISTS, so a non-member's read returns no rows, exactly as for an id
 * that was never made.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../schema/database.types.ts';
import type { CommunityRole } from './community.repository.ts';
import type { Executor } from './executor.ts';

/** Rows only when `readerId` is a member of the community. */
export function membershipOf(db: Executor, readerId: string, communityId: string) {
  return db
    .selectFrom('community_members as me')
    .select('me.user_id')
    .where('me.community_id', '=', communityId)
    .where('me.user_id', '=', readerId);
}

type Eb<T extends keyof Database> = ExpressionBuilder<Database, T>;

/** `userId` is a member (with `role`, when given) of the community in `column`. */
export function memberOf<T extends keyof Database>(
  eb: Eb<T>,
  column: 'communities.id' | 'community_members.community_id' | 'community_invites.community_id',
  userId: string,
  role?: CommunityRole,
) {
  // biome-ignore lint/suspicious/noExplicitAny: the column belongs to the outer query
  const outer = eb as unknown as Eb<any>;
  let sub = outer
    .selectFrom('community_members as me')
    .select('me.user_id')
    .whereRef('me.community_id', '=', column)
    .where('me.user_id', '=', userId);
  if (role) sub = sub.where('me.role', '=', role);
  return outer.exists(sub);
}
