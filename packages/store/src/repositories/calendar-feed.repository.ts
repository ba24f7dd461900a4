/** The private calendar feed: at most one secret per user, replaced to revoke the old. */
import type { Executor } from './executor.ts';

export function createCalendarFeedRepository(db: Executor) {
  return {
    async set(userId: string, tokenHash: string, at: string): Promise<void> {
      await db
        .insertInto('calendar_feeds')
        .values({ user_id: userId, token_hash: tokenHash, created_at: at })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
        .execute();
    },

    async get(userId: string): Promise<{ createdAt: string } | undefined> {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('created_at')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && { createdAt: row.created_at };
    },

    async userFor(tokenHash: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row?.user_id;
    },

    async delete(userId: string): Promise<boolean> {
      const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
