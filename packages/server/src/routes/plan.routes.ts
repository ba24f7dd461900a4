/** The plan for today or the week, and the three answers to a step: done, snooze, dismiss. */

import { createRoute, z } from '@hono/zod-openapi';
import { dismissAction, markDone, planFor, snoozeAction } from '@kindred/app';
import { OUTCOMES } from '@kindred/core';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, errors, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';
import { PlanSchema } from '../schemas/companion.schema.ts';

const tags = ['plan'];
const ActionParams = z.strictObject({
  ref: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'ref', in: 'path' }, description: "A step's handle or key." }),
});

export function planRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plan',
      tags,
      summary: "Today's few steps, or the week's, within your energy budget",
      security: SECURITY,
      request: {
        query: z.strictObject({
          horizon: z.enum(['day', 'week']).default('day'),
          seed: z.string().max(100).optional().openapi({ description: 'Varies the drafts.' }),
        }),
      },
      responses: { 200: ok(PlanSchema, 'The plan'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { horizon, seed } = c.req.valid('query');
      return c.json(await planFor(c.var.ctx, horizon, seed), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plan/actions/{ref}/done',
      tags,
      summary: 'Did it: the contact is logged for you',
      security: SECURITY,
      request: {
        params: ActionParams,
        ...jsonBody(
          z.strictObject({
            note: z.string().max(20_000).nullable().optional(),
            topics: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
            outcome: z.enum(OUTCOMES).nullable().optional().openapi({ description: 'How it went.' }),
          }),
        ),
      },
      responses: {
        200: ok(z.object({ key: z.string(), interactionId: z.string() }), 'Done and logged'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => c.json(await markDone(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plan/actions/{ref}/snooze',
      tags,
      summary: 'Not now: bring it back on a later day',
      security: SECURITY,
      request: {
        params: ActionParams,
        ...jsonBody(
          z.strictObject({
            until: z.string().min(1).max(100).openapi({
              example: 'next monday',
              description: 'YYYY-MM-DD or words like "next monday", "+3d".',
            }),
          }),
        ),
      },
      responses: {
        200: ok(z.object({ key: z.string(), state: z.literal('snoozed'), until: z.string() }), 'Snoozed'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const answer = await snoozeAction(
        c.var.ctx,
        c.req.valid('param').ref,
        c.req.valid('json').until,
        'body.until',
      );
      return c.json({ key: answer.key, state: 'snoozed' as const, until: answer.until }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plan/actions/{ref}/dismiss',
      tags,
      summary: 'Not this one: it will not be suggested again',
      security: SECURITY,
      request: { params: ActionParams },
      responses: {
        200: ok(z.object({ key: z.string(), state: z.literal('dismissed') }), 'Dismissed'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const answer = await dismissAction(c.var.ctx, c.req.valid('param').ref);
      return c.json({ key: answer.key, state: 'dismissed' as const }, 200);
    },
  );

  return app;
}
