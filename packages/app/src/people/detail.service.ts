/** Adding a detail to a person, and marking a detail's follow-up as done. */
import type { Detail } from '@kindred/core';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { buildDetail, type DetailInput } from './build-detail.ts';

export async function addDetail(ctx: UseCaseContext, personId: string, input: DetailInput): Promise<Detail> {
  const detail = buildDetail(ctx, personId, input);
  await ctx.store.transaction(async (repos) => {
    if (!(await repos.people.get(ctx.ownerId, personId))) {
      throw new AppError('person_not_found', 'That person is no longer in your people.');
    }
    await repos.details.insert(ctx.ownerId, detail);
  });
  return detail;
}

export async function removeDetail(ctx: UseCaseContext, detailId: string): Promise<void> {
  if (!(await ctx.store.repos.details.delete(ctx.ownerId, detailId))) {
    throw new AppError('detail_not_found', `No detail has the id ${detailId}.`, [
      { field: 'detail', message: 'not found' },
    ]);
  }
}
