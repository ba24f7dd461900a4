/** Personal API tokens for scripts: created (the secret shown once), listed, revoked. */
import type { ApiTokenRecord } from '@kindred/store';
import { z } from 'zod';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const newApiTokenSchema = z.strictObject({
  name: z.string().trim().min(1, 'name the token after what uses it, e.g. "backup script"').max(100),
});

export type ApiToken = Omit<ApiTokenRecord, 'userId'>;

const present = ({ userId: _u, ...token }: ApiTokenRecord): ApiToken => token;

export async function createApiToken(
  ctx: UseCaseContext,
  input: z.input<typeof newApiTokenSchema>,
): Promise<{ token: ApiToken; secret: string }> {
  const valid = parseInput(newApiTokenSchema, input, 'API token');
  const secret = newSecret('api');
  const record: ApiTokenRecord = {
    id: newId(),
    userId: ctx.ownerId,
    name: valid.name,
    createdAt: ctx.now.toISOString(),
    lastUsedOn: null,
  };
  await ctx.store.transaction((repos) => repos.apiTokens.insert(record, hashSecret(secret)));
  return { token: present(record), secret };
}

export async function listApiTokens(
  ctx: UseCaseContext,
  page: { limit: number; after?: string | undefined },
): Promise<ApiToken[]> {
  return (await ctx.store.repos.apiTokens.list(ctx.ownerId, page)).map(present);
}

export async function revokeApiToken(ctx: UseCaseContext, id: string): Promise<void> {
  if (!(await ctx.store.repos.apiTokens.delete(ctx.ownerId, id))) {
    throw new AppError('token_not_found', `No API token of yours has the id ${id}.`, [
      { field: 'id', message: 'not found' },
    ]);
  }
}
