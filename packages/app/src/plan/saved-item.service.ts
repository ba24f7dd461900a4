/** Saving a link or a note to share with the people whose interests it fits. */
import type { SavedItem } from '@kindred/core';
import { normaliseInterests } from '@kindred/core';
import { z } from 'zod';
import { newId, today, type UseCaseContext } from '../context.ts';
import { parseInput } from '../people/person-input.schema.ts';

const itemSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  note: z.string().trim().max(2000).nullable().default(null),
  interests: z.array(z.string().trim().min(1)).min(1, 'name at least one interest it fits').max(20),
});
export type SavedItemInput = z.input<typeof itemSchema>;

export async function saveItem(ctx: UseCaseContext, input: SavedItemInput): Promise<SavedItem> {
  const valid = parseInput(itemSchema, input, 'saved item');
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
