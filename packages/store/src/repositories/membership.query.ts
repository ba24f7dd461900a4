/**
 * The one question every community read asks first: is the reader a member? As a
 * subquery for an EXISTS, so a non-member's read returns no rows, exactly as for an id
 * that was never made.
 */
import type { Executor } from './executor.ts';

/** Rows only when `readerId` is a member of the community. */
export function membershipOf(db: Executor, readerId: string, communityId: string) {
  return db
    .selectFrom('community_members as me')
    .select('me.user_id')
    .where('me.community_id', '=', communityId)
    .where('me.user_id', '=', readerId);
}
