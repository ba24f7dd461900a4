/** Saving a link or a note to share with the people whose interests it fits. */
import type { SavedItem } from '@kindred/core';
import { normaliseInterests } from '@kindred/core';
import { z } from 'zod';
import { newId, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';

export const savedItemInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  note: z.string().trim().max(2000).nullable().default(null),
  interests: z.array(z.string().trim().min(1)).min(1, 'name at least one interest it fits').max(20),
});
export type SavedItemInput = z.input<typeof savedItemInputSchema>;

export async function saveItem(ctx: UseCaseContext, input: SavedItemInput): Promise<SavedItem> {
  const valid = parseInput(savedItemInputSchema, input, 'saved item');
  const item: SavedItem = {
    id: newId(),
    title: valid.title,
    url: valid.url,
    note: valid.note,
    interestKeys: normaliseInterests(valid.interests).map((i) => i.key),
    createdOn: today(ctx),
  };
  await ctx.store.transaction((repos) => repos.savedItems.insert(ctx.ownerId, item, ctx.now.toISOString()));
  return item;
}

/** Saved links and notes, newest first. */
export async function listSavedItems(ctx: UseCaseContext): Promise<SavedItem[]> {
  return await ctx.store.repos.savedItems.listSince(ctx.ownerId, '0000-01-01');
}

export async function removeSavedItem(ctx: UseCaseContext, id: string): Promise<void> {
  if (!(await ctx.store.repos.savedItems.delete(ctx.ownerId, id))) {
    throw new AppError('item_not_found', `No saved item of yours has the id ${id}.`, [
      { field: 'id', message: 'not found' },
    ]);
  }
}
