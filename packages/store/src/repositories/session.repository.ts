/** Sign-in sessions, found by the hash of the cookie's token. */
import type { Executor } from './executor.ts';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export function createSessionRepository(db: Executor) {
  return {
    async insert(session: SessionRecord): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    /** The session's user and their time zone, if it exists and has not expired at `at`. */
    async userFor(tokenHash: string, at: string): Promise<{ userId: string; timeZone: string } | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.user_id', 'users.time_zone'])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', at)
        .executeTakeFirst();
      return row && { userId: row.user_id, timeZone: row.time_zone };
    },

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    /** Signs a user out everywhere, except (optionally) the session in hand. */
    async deleteForUser(userId: string, keepTokenHash?: string): Promise<void> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash);
      await query.execute();
    },

    async deleteExpired(at: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
