/**
 * Listing people with filters as a person types them: a stage in any wording, an
 * interest in free text (normalised onto the taxonomy), a page size and a cursor.
 */
import type { Person } from '@kindred/core';
import { normaliseInterest, parseStage, stageWords } from '@kindred/core';
import type { Keyset, PersonFilter } from '@kindred/store';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

export interface PeopleQuery {
  search?: string | undefined;
  tag?: string | undefined;
  stage?: string | undefined;
  interest?: string | undefined;
  limit?: number | undefined;
  /** Where the previous page ended: an id, or a name key and id. */
  after?: string | Keyset | undefined;
}

export async function listPeople(ctx: UseCaseContext, query: PeopleQuery = {}): Promise<Person[]> {
  const filter: PersonFilter = {};
  if (query.search) filter.search = query.search;
  if (query.tag) filter.tag = query.tag;
  if (query.stage) {
    const stage = parseStage(query.stage);
    if (!stage) {
      throw new AppError(
        'invalid_input',
        `stage: "${query.stage}" is not a stage. Use one of: ${stageWords().join(', ')}.`,
        [{ field: 'stage', message: 'unknown stage' }],
      );
    }
    filter.stage = stage;
  }
  if (query.interest) {
    const interest = normaliseInterest(query.interest);
    if (interest) filter.interest = interest.key;
  }
  if (query.limit !== undefined) {
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 10_000) {
      throw new AppError('invalid_input', `limit: "${query.limit}" must be a whole number from 1 to 10000.`, [
        { field: 'limit', message: 'out of range' },
      ]);
    }
    filter.limit = query.limit;
  }
  if (query.after) filter.after = query.after;
  return ctx.store.repos.people.list(ctx.ownerId, filter);
}
