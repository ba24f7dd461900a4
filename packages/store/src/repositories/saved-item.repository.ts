/** Links and notes saved to share with the people they fit. */
import type { SavedItem } from '@kindred/core';
import type { SavedItemsTable } from '../schema/database.types.ts';
import type { Executor } from './executor.ts';

const toItem = (r: SavedItemsTable): SavedItem => ({
  id: r.id,
  title: r.title,
  url: r.url,
  note: r.note,
  interestKeys: JSON.parse(r.interest_keys) as string[],
  createdOn: r.created_on,
});

export function createSavedItemRepository(db: Executor) {
  return {
    async insert(ownerId: string, item: SavedItem, at: string): Promise<void> {
      await db
        .insertInto('saved_items')
        .values({
          id: item.id,
          owner_id: ownerId,
          title: item.title,
          url: item.url,
          note: item.note,
          interest_keys: JSON.stringify(item.interestKeys),
          created_on: item.createdOn,
          created_at: at,
        })
        .execute();
    },

    /** Items saved on or after a day, newest first. */
    async listSince(ownerId: string, since: string): Promise<SavedItem[]> {
      const rows = await db
        .selectFrom('saved_items')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('created_on', '>=', since)
        .orderBy('created_on', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toItem);
    },

    async delete(ownerId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('saved_items')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export type SavedItemRepository = ReturnType<typeof createSavedItemRepository>;
