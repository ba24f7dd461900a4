/** Personal API tokens: listed by name, found by the hash of the secret. */
import type { ApiTokensTable } from '../schema/database.types.ts';
import type { Executor } from './executor.ts';

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastUsedOn: string | null;
}

const toRecord = (row: ApiTokensTable): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedOn: row.last_used_on,
});

export function createApiTokenRepository(db: Executor) {
  return {
    async insert(token: ApiTokenRecord, tokenHash: string): Promise<void> {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          user_id: token.userId,
          name: token.name,
          token_hash: tokenHash,
          created_at: token.createdAt,
          last_used_on: token.lastUsedOn,
        })
        .execute();
    },

    /** The token with this hash and its user's time zone: all a request needs, in one read. */
    async callerByHash(
      tokenHash: string,
    ): Promise<{ id: string; userId: string; lastUsedOn: string | null; timeZone: string } | undefined> {
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select(['api_tokens.id', 'api_tokens.user_id', 'api_tokens.last_used_on', 'users.time_zone'])
        .where('api_tokens.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        row && { id: row.id, userId: row.user_id, lastUsedOn: row.last_used_on, timeZone: row.time_zone }
      );
    },

    /** Records the day a token was last used; at most one write a token a day. */
    async touch(id: string, day: string): Promise<void> {
      await db
        .updateTable('api_tokens')
        .set({ last_used_on: day })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_on', 'is', null), eb('last_used_on', '<>', day)]))
        .execute();
    },

    /** A user's tokens, oldest first; `after` is the last id of the previous page. */
    async list(
      userId: string,
      page: { limit: number; after?: string | undefined },
    ): Promise<ApiTokenRecord[]> {
      let query = db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId);
      if (page.after) query = query.where('id', '>', page.after);
      const rows = await query.orderBy('id').limit(page.limit).execute();
      return rows.map(toRecord);
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('api_tokens')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
