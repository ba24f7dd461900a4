/** Personal API tokens for scripts: the secret is shown once, at creation. */

import { createRoute, z } from '@hono/zod-openapi';
import { createApiToken, listApiTokens, newApiTokenSchema, revokeApiToken } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { pageOf } from '../http/paging.ts';
import {
  AUTHED_ERRORS,
  Done,
  errors,
  IdParams,
  jsonBody,
  ok,
  PageQuery,
  page,
  SECURITY,
} from '../schemas/common.schema.ts';

export const ApiTokenSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedOn: z.string().nullable() })
  .openapi('ApiToken');

const tags = ['account'];

export function tokenRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      tags,
      summary: 'Your API tokens (never their secrets)',
      security: SECURITY,
      request: { query: PageQuery },
      responses: { 200: ok(page(ApiTokenSchema), 'A page of tokens'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listApiTokens(c.var.ctx, { limit: limit + 1, after: cursor });
      return c.json(
        pageOf(rows, limit, (t) => t.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      tags,
      summary: 'Create an API token; copy the secret now, it is not shown again',
      security: SECURITY,
      request: jsonBody(newApiTokenSchema),
      responses: {
        201: ok(z.object({ token: ApiTokenSchema, secret: z.string() }), 'Created'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => c.json(await createApiToken(c.var.ctx, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      tags,
      summary: 'Revoke an API token',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Revoked'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await revokeApiToken(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
