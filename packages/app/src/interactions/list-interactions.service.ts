/** Reading back what was logged, newest first, a page at a time (the API's timeline). */
import type { Interaction } from '@kindred/core';
import type { Keyset } from '@kindred/store';
import type { UseCaseContext } from '../context.ts';

/** The owner's contacts, newest first, a page at a time. */
export async function listInteractions(
  ctx: UseCaseContext,
  options: { limit: number; after?: Keyset | undefined; from?: string | undefined; to?: string | undefined },
): Promise<Interaction[]> {
  const { from, to, ...rest } = options;
  return ctx.store.repos.interactions.page(ctx.ownerId, {
    ...rest,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
}
