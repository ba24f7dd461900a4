/**
 * Users: the local owner of an embedded install and the server's accounts (the same
 * row once the owner signs up). Emails are stored lower-cased, so lookups are exact.
 */
import type { UsersTable } from '../schema/database.types.ts';
import type { Executor } from './executor.ts';

export interface UserRecord {
  id: string;
  displayName: string;
  email: string | null;
  timeZone: string;
  /** Parsed by app/, which owns the settings schema. */
  settings: unknown;
  createdAt: string;
  updatedAt: string;
}

const toRecord = (row: UsersTable): UserRecord => ({
  id: row.id,
  displayName: row.display_name,
  email: row.email,
  timeZone: row.time_zone,
  settings: JSON.parse(row.settings),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createUserRepository(db: Executor) {
  return {
    async insert(user: UserRecord): Promise<void> {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          display_name: user.displayName,
          email: user.email,
          time_zone: user.timeZone,
          settings: JSON.stringify(user.settings),
          created_at: user.createdAt,
          updated_at: user.updatedAt,
          password_hash: null,
          digest_week: null,
        })
        .execute();
    },

    /** The user with this (lower-cased) email and their password hash, if any. */
    async byEmail(email: string): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && { ...toRecord(row), passwordHash: row.password_hash };
    },

    async passwordHash(id: string): Promise<string | null | undefined> {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? row.password_hash : undefined;
    },

    /** Whether any account can sign in yet (an embedded install starts with none). */
    async anyWithPassword(): Promise<boolean> {
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('password_hash', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      return Boolean(row);
    },

    /**
     * Makes the local owner (no email, no password yet) an account, only if nobody has
     * done so meanwhile: false when another sign-up claimed it first.
     */
    async claimOwner(user: UserRecord, passwordHash: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({
          email: user.email,
          display_name: user.displayName,
          time_zone: user.timeZone,
          password_hash: passwordHash,
          updated_at: user.updatedAt,
        })
        .where('id', '=', user.id)
        .where('password_hash', 'is', null)
        .where('email', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setPassword(id: string, passwordHash: string, at: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: at })
        .where('id', '=', id)
        .execute();
    },

    /** Users who may be due a weekly digest this week (settings decide the rest). */
    async digestCandidates(week: string): Promise<UserRecord[]> {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('email', 'is not', null)
        .where((eb) => eb.or([eb('digest_week', 'is', null), eb('digest_week', '<>', week)]))
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    /**
     * Claims this week's digest for a user: true for exactly one caller, however many
     * processes try at once, because the conditional update is atomic in both dialects.
     */
    async claimDigest(id: string, week: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ digest_week: week })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('digest_week', 'is', null), eb('digest_week', '<>', week)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Gives a claim back (the message could not be sent), so a later run retries. */
    async releaseDigest(id: string, week: string, previous: string | null): Promise<void> {
      await db
        .updateTable('users')
        .set({ digest_week: previous })
        .where('id', '=', id)
        .where('digest_week', '=', week)
        .execute();
    },

    async get(id: string): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    /** The oldest user: the local owner of an embedded install. */
    async first(): Promise<UserRecord | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .executeTakeFirst();
      return row && toRecord(row);
    },

    async update(user: UserRecord): Promise<void> {
      await db
        .updateTable('users')
        .set({
          display_name: user.displayName,
          email: user.email,
          time_zone: user.timeZone,
          settings: JSON.stringify(user.settings),
          updated_at: user.updatedAt,
        })
        .where('id', '=', user.id)
        .execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('users').where('id', '=', id).execute();
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
