/** Users: for now the single local owner; accounts build on this table. */
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
        })
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
