/** The interest taxonomy: search it as a person types, and see how free text is read. */

import { createRoute, z } from '@hono/zod-openapi';
import { readInterests, searchInterests } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, errors, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';

const tags = ['interests'];

export const EntrySchema = z
  .object({
    key: z.string(),
    label: z.string(),
    category: z.string().nullable(),
    custom: z.boolean(),
  })
  .openapi('InterestEntry');

export function taxonomyRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/interests',
      tags,
      summary: 'Search the interest taxonomy (names, aliases, typos forgiven)',
      security: SECURITY,
      request: {
        query: z.strictObject({
          q: z.string().trim().min(1).max(100),
          limit: z.coerce.number().int().min(1).max(50).default(10),
        }),
      },
      responses: {
        200: ok(z.object({ items: z.array(EntrySchema) }), 'Matching interests'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      const items = searchInterests(q, limit);
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/interests/normalise',
      tags,
      summary: 'How free-text interests map onto the taxonomy (unknown ones stay as custom interests)',
      security: SECURITY,
      request: jsonBody(z.strictObject({ texts: z.array(z.string().max(200)).min(1).max(200) })),
      responses: {
        200: ok(z.object({ items: z.array(EntrySchema) }), 'The interests'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => c.json({ items: readInterests(c.req.valid('json').texts) }, 200),
  );

  return app;
}
