/**
 * Seating events of a community over HTTP: admins set one up (members who attend, extra
 * guests, tables, rounds, keep-together and keep-apart rules), read the planned rotation
 * with its statistics, re-plan it, and open the printable place cards; a member who
 * attends reads their own schedule. A community the caller is not in answers 404,
 * exactly as one that does not exist.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  createSeatingEvent,
  deleteSeatingEvent,
  getMySeatingSchedule,
  getSeatingEvent,
  listSeatingEvents,
  renderSeatingPlaceCards,
  replanSeatingEvent,
  seatingEventSchema,
  updateSeatingEvent,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { pageOf } from '../http/paging.ts';
import {
  AUTHED_ERRORS,
  Done,
  errors,
  IdParams,
  IdParamsWith,
  jsonBody,
  ok,
  PageQuery,
  page,
  SECURITY,
} from '../schemas/common.schema.ts';

/**
 * The printed page is ours alone: inline styles, no scripts, no fetches, and it may not
 * be framed, so nothing in a guest's name can run or reach anywhere.
 */
const PLACE_CARDS_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const Attendee = z
  .object({
    ref: z
      .string()
      .openapi({ description: "What rules name: a member's user id, or an extra guest's name." }),
    userId: z.string().nullable().openapi({ description: 'null for an extra guest who is not a member.' }),
    name: z.string(),
  })
  .openapi('SeatingAttendee');

const Stats = z
  .object({
    guests: z.number().int(),
    tables: z.number().int(),
    rounds: z.number().int(),
    seats: z.number().int(),
    distinctPairs: z
      .number()
      .int()
      .openapi({ description: 'Different pairs who share a table at least once.' }),
    possiblePairs: z.number().int(),
    repeats: z.number().int().openapi({ description: 'Times two people share a table again.' }),
    forcedRepeats: z.number().int(),
    repeatsLowerBound: z.number().int(),
    roundsWithoutRepeats: z.number().int(),
    bound: z.string(),
  })
  .openapi('SeatingStats');

export const SeatingEventSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    attendees: z.array(Attendee),
    tables: z.array(z.object({ table: z.number().int(), name: z.string(), seats: z.number().int() })),
    rounds: z.array(z.object({ round: z.number().int(), name: z.string() })),
    keepTogether: z.array(
      z.object({ attendees: z.array(z.string()), mode: z.enum(['always', 'first-round']) }),
    ),
    keepApart: z.array(z.object({ attendees: z.array(z.string()) })),
    plan: z.object({
      seed: z.string(),
      method: z.string(),
      plannedAt: z.string(),
      departedSincePlanned: z.number().int().openapi({
        description: 'Members who left the community since the plan was made; their seats show empty.',
      }),
      needsReplan: z.boolean(),
      rounds: z.array(
        z.object({
          round: z.number().int(),
          name: z.string(),
          tables: z.array(
            z.object({
              table: z.number().int(),
              name: z.string(),
              seats: z.number().int(),
              guests: z.array(Attendee),
            }),
          ),
        }),
      ),
      stats: Stats,
      notes: z.array(z.string()),
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SeatingEvent');

export const SeatingEventSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    attendeeCount: z.number().int(),
    tableCount: z.number().int(),
    rounds: z.number().int(),
    attending: z.boolean().openapi({ description: 'Whether you are one of the members attending.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SeatingEventSummary');

export const ScheduleSchema = z
  .object({
    eventId: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    needsReplan: z.boolean(),
    rounds: z.array(
      z.object({
        round: z.number().int(),
        name: z.string(),
        table: z.number().int().nullable(),
        tableName: z.string().nullable(),
        with: z.array(z.string()).openapi({ description: 'Who else sits at your table this round.' }),
      }),
    ),
  })
  .openapi('SeatingSchedule');

const SeatingInput = seatingEventSchema;

const EventParams = IdParamsWith('seatingEventId');

const tags = ['community seating'];
const base = '/communities/{id}/seating-events';
const one = `${base}/{seatingEventId}`;

export function communitySeatingRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: "The community's seating events: all of them for admins, the ones you attend for members",
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: {
        200: ok(page(SeatingEventSummarySchema), 'A page of seating events'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listSeatingEvents(c.var.ctx, c.req.valid('param').id, {
        limit: limit + 1,
        after: cursor,
      });
      return c.json(
        pageOf(rows, limit, (row) => row.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Set up a seating event and plan who sits where, round by round (admins)',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(SeatingInput) },
      responses: { 201: ok(SeatingEventSchema, 'Created and planned'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) =>
      c.json(await createSeatingEvent(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'A seating event with its plan and statistics (admins)',
      security: SECURITY,
      request: { params: EventParams },
      responses: { 200: ok(SeatingEventSchema, 'The event'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      return c.json(await getSeatingEvent(c.var.ctx, id, seatingEventId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary:
        'Replace the setup (admins). Who sits where is planned again only when attendees, tables, rounds or rules changed',
      security: SECURITY,
      request: { params: EventParams, ...jsonBody(SeatingInput) },
      responses: { 200: ok(SeatingEventSchema, 'Saved'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      return c.json(await updateSeatingEvent(c.var.ctx, id, seatingEventId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Delete a seating event (admins)',
      security: SECURITY,
      request: { params: EventParams },
      responses: { 200: ok(Done, 'Deleted'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      await deleteSeatingEvent(c.var.ctx, id, seatingEventId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/replan`,
      tags,
      summary: 'Plan again with a new seed, for everyone attending now (admins)',
      security: SECURITY,
      request: { params: EventParams },
      responses: { 200: ok(SeatingEventSchema, 'Planned again'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      return c.json(await replanSeatingEvent(c.var.ctx, id, seatingEventId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/schedule`,
      tags,
      summary: 'Your own table in each round and who sits with you (attending members)',
      security: SECURITY,
      request: { params: EventParams },
      responses: { 200: ok(ScheduleSchema, 'Your schedule'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      return c.json(await getMySeatingSchedule(c.var.ctx, id, seatingEventId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/place-cards`,
      tags,
      summary: 'The printable page: a tent card per guest, who sits where, and each table by round (admins)',
      security: SECURITY,
      request: { params: EventParams },
      responses: {
        200: { description: 'A self-contained HTML page', content: { 'text/html': { schema: z.string() } } },
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const { id, seatingEventId } = c.req.valid('param');
      const html = await renderSeatingPlaceCards(c.var.ctx, id, seatingEventId);
      return c.body(html, 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PLACE_CARDS_CSP,
        'Cache-Control': 'private, no-store',
      });
    },
  );

  return app;
}
