/** Drafts outside the plan (your pitch, a kind no), and links saved to share later. */

import { createRoute, z } from '@hono/zod-openapi';
import {
  draftDecline,
  draftMyPitch,
  listSavedItems,
  personById,
  removeSavedItem,
  savedItemInputSchema,
  saveItem,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, Done, errors, IdParams, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';
import { DraftSchema, SavedItemSchema } from '../schemas/companion.schema.ts';

export function draftRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/drafts/pitch',
      tags: ['drafts'],
      summary: 'Your own short introduction, drafted from your profile',
      security: SECURITY,
      request: { query: z.strictObject({ seed: z.string().max(100).optional() }) },
      responses: { 200: ok(z.object({ pitch: z.string() }), 'The pitch'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json({ pitch: await draftMyPitch(c.var.ctx, c.req.valid('query').seed) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/drafts/decline',
      tags: ['drafts'],
      summary: 'A kind way to say no to an invitation, with an alternative',
      security: SECURITY,
      request: jsonBody(
        z.strictObject({
          personId: z.string().min(1).max(100),
          what: z.string().trim().min(1).max(300).openapi({ example: 'the Thursday dinner' }),
          alternative: z
            .string()
            .trim()
            .max(300)
            .nullable()
            .optional()
            .openapi({ example: 'a coffee next week' }),
          seed: z.string().max(100).optional(),
        }),
      ),
      responses: { 200: ok(DraftSchema, 'The draft'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { personId, what, alternative, seed } = c.req.valid('json');
      const person = await personById(c.var.ctx, personId);
      return c.json(await draftDecline(c.var.ctx, person.id, what, alternative ?? null, seed), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/saved-items',
      tags: ['saved items'],
      summary: 'Links and notes you saved to share, newest first',
      security: SECURITY,
      responses: {
        200: ok(z.object({ items: z.array(SavedItemSchema) }), 'Saved items'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => c.json({ items: await listSavedItems(c.var.ctx) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/saved-items',
      tags: ['saved items'],
      summary: 'Save a link or note; the plan suggests sharing it with people it fits',
      security: SECURITY,
      request: jsonBody(savedItemInputSchema.strict()),
      responses: { 201: ok(SavedItemSchema, 'Saved'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json(await saveItem(c.var.ctx, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/saved-items/{id}',
      tags: ['saved items'],
      summary: 'Remove a saved item',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await removeSavedItem(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
