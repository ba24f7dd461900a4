/** Logging contacts, reading them back, and undoing a mistaken log. */

import { createRoute, z } from '@hono/zod-openapi';
import { interactionInputSchema, listInteractions, logInteraction, removeInteraction } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { pageOf } from '../http/paging.ts';
import {
  AUTHED_ERRORS,
  DayParam,
  Done,
  errors,
  IdParams,
  jsonBody,
  ok,
  PageQuery,
  page,
  SECURITY,
} from '../schemas/common.schema.ts';
import { InteractionSchema, PersonSchema } from '../schemas/companion.schema.ts';

const tags = ['interactions'];

export function interactionRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/interactions',
      tags,
      summary: 'Your logged contacts, newest first, a page at a time',
      security: SECURITY,
      request: { query: PageQuery.extend({ from: DayParam.optional(), to: DayParam.optional() }) },
      responses: { 200: ok(page(InteractionSchema), 'A page of interactions'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor, from, to } = c.req.valid('query');
      const rows = await listInteractions(c.var.ctx, {
        limit: limit + 1,
        after: decodeCursor(cursor),
        from,
        to,
      });
      return c.json(
        pageOf(rows, limit, (i) => encodeCursor(i.occurredOn, i.id)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/interactions',
      tags,
      summary: 'Log a contact with one or more people; stages move up when the history supports it',
      security: SECURITY,
      request: jsonBody(interactionInputSchema.strict()),
      responses: {
        201: ok(
          z.object({
            interaction: InteractionSchema,
            promoted: z.array(z.object({ person: PersonSchema, from: PersonSchema.shape.stage })),
          }),
          'Logged',
        ),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => c.json(await logInteraction(c.var.ctx, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/interactions/{id}',
      tags,
      summary: 'Undo a contact logged by mistake',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await removeInteraction(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
