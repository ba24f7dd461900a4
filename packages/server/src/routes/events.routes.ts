/** Events: add one with its expected attendees, prepare for it, debrief afterwards. */

import { createRoute, z } from '@hono/zod-openapi';
import {
  addEvent,
  debriefEvent,
  eventById,
  eventInputSchema,
  listEvents,
  prepEvent,
  removeEvent,
} from '@kindred/app';
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
import { EventPrepSchema, EventSchema } from '../schemas/companion.schema.ts';

const tags = ['events'];

const DebriefBody = z.strictObject({
  met: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        organisation: z.string().trim().max(200).nullable().optional(),
        detail: z.string().trim().max(2000).nullable().optional().openapi({ example: 'hiring a data lead' }),
      }),
    )
    .min(1, 'say who you met')
    .max(200),
});

export function eventRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      tags,
      summary: 'Your events, soonest first, optionally in a day range',
      security: SECURITY,
      request: { query: PageQuery.extend({ from: DayParam.optional(), to: DayParam.optional() }) },
      responses: { 200: ok(page(EventSchema), 'A page of events'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor, from, to } = c.req.valid('query');
      const rows = await listEvents(c.var.ctx, {
        limit: limit + 1,
        after: decodeCursor(cursor),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      return c.json(
        pageOf(rows, limit, (e) => encodeCursor(e.startsOn, e.id)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/events',
      tags,
      summary: 'Add an event with the people you expect there (known people are recognised)',
      security: SECURITY,
      request: jsonBody(eventInputSchema.strict()),
      responses: { 201: ok(EventSchema, 'The event'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json(await addEvent(c.var.ctx, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events/{id}',
      tags,
      summary: 'One event with its attendees',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(EventSchema, 'The event'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await eventById(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/events/{id}',
      tags,
      summary: 'Remove an event (people met there stay)',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await removeEvent(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events/{id}/prep',
      tags,
      summary: 'The prep sheet: whom to look for and what to ask, a goal, breaks and an exit line',
      security: SECURITY,
      request: { params: IdParams, query: z.strictObject({ seed: z.string().max(100).optional() }) },
      responses: { 200: ok(EventPrepSchema, 'The prep sheet'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const event = await eventById(c.var.ctx, c.req.valid('param').id);
      return c.json(await prepEvent(c.var.ctx, event, c.req.valid('query').seed), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/events/{id}/debrief',
      tags,
      summary: 'Who you met, one detail each: they join your people and follow-ups enter the plan',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(DebriefBody) },
      responses: {
        200: ok(
          z.object({
            event: EventSchema,
            people: z.array(z.object({ id: z.string(), name: z.string(), mergedInto: z.boolean() })),
          }),
          'Debriefed',
        ),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const event = await eventById(c.var.ctx, c.req.valid('param').id);
      return c.json(await debriefEvent(c.var.ctx, event, c.req.valid('json').met), 200);
    },
  );

  return app;
}
