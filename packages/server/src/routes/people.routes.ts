/** People, what they told you (details), and where each tie stands (stages). */

import { createRoute, z } from '@hono/zod-openapi';
import {
  addDetail,
  addPerson,
  detailInputSchema,
  editPerson,
  listPeopleJson,
  newPersonSchema,
  personById,
  personChangesSchema,
  personOverview,
  removeDetail,
  removePerson,
  setStageByWord,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { jsonPageOf, sendJsonText } from '../http/paging.ts';
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
import { DetailSchema, PersonOverviewSchema, PersonSchema } from '../schemas/companion.schema.ts';

const NewPersonBody = newPersonSchema.strict().extend({
  detail: detailInputSchema
    .strict()
    .optional()
    .openapi({ description: 'One thing they told you, captured with them.' }),
});

const PeopleQuery = PageQuery.extend({
  search: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Part of a name, organisation, team or role.' }),
  tag: z.string().max(60).optional(),
  stage: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: 'A stage in any wording, e.g. "friend" or "mentor".' }),
  interest: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'An interest key from the taxonomy, or free text matched onto it.' }),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({
      description:
        'true: only people whose check-in is due today or earlier by the tie’s cadence, leaving out anyone inside a do-not-contact-until boundary.',
    }),
});

const day = z.string().openapi({ example: '2026-03-14', description: 'A local day, YYYY-MM-DD.' });

/** A person in the list, with the rhythm of the tie. */
export const ListedPersonSchema = PersonSchema.extend({
  lastContactOn: day.nullable().openapi({ description: 'The day of the last logged interaction.' }),
  checkInDueOn: day
    .nullable()
    .openapi({ description: 'When a light check-in falls due by the tie’s cadence; null for a stranger.' }),
  overdue: z
    .boolean()
    .openapi({ description: 'The check-in is due today or earlier and no boundary says to wait.' }),
}).openapi('ListedPerson');

const ListedPage = page(ListedPersonSchema);

const tags = ['people'];

export function peopleRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags,
      summary: 'Your people in name order, filtered, a page at a time',
      security: SECURITY,
      request: { query: PeopleQuery },
      responses: { 200: ok(ListedPage, 'A page of people'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      const rows = await listPeopleJson(c.get('ctx'), {
        ...filter,
        limit: limit + 1,
        after: decodeCursor(cursor),
      });
      // Each person is JSON text already (their stored document): the page is joined, not
      // parsed and serialised again. It is the same body `page(ListedPersonSchema)` describes.
      return sendJsonText<z.infer<typeof ListedPage>>(
        c,
        jsonPageOf(rows, limit, (p) => encodeCursor(p.nameKey, p.id)),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Add a person (and one detail); merged into an existing entry when it is the same person',
      security: SECURITY,
      request: jsonBody(NewPersonBody),
      responses: {
        201: ok(
          z.object({ person: PersonSchema, mergedInto: z.boolean(), detail: DetailSchema.nullable() }),
          'Added, or merged',
        ),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => {
      const { detail, ...person } = c.req.valid('json');
      return c.json(await addPerson(c.var.ctx, person, detail), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags,
      summary: 'A person with their ladder, next step, timeline, details and give/ask balance',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(PersonOverviewSchema, 'The person'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const person = await personById(c.var.ctx, c.req.valid('param').id);
      return c.json(await personOverview(c.var.ctx, person), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Change a person: fields left out stay, null clears, lists given replace the list',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(personChangesSchema.strict()) },
      responses: { 200: ok(PersonSchema, 'The changed person'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const person = await personById(c.var.ctx, c.req.valid('param').id);
      return c.json(await editPerson(c.var.ctx, person.id, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}',
      tags,
      summary: 'Remove a person with their details and history',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const person = await personById(c.var.ctx, c.req.valid('param').id);
      await removePerson(c.var.ctx, person.id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/details',
      tags,
      summary: 'Remember something they told you; a dated one gets a follow-up',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(detailInputSchema.strict()) },
      responses: { 201: ok(DetailSchema, 'The detail'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const person = await personById(c.var.ctx, c.req.valid('param').id);
      return c.json(await addDetail(c.var.ctx, person.id, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/details/{id}',
      tags,
      summary: 'Forget a detail',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await removeDetail(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/people/{id}/stage',
      tags,
      summary: 'Set where the tie stands by hand (kept; Kindred only ever raises it later)',
      security: SECURITY,
      request: {
        params: IdParams,
        ...jsonBody(
          z.strictObject({
            stage: z.string().min(1).max(40).openapi({ example: 'friend' }),
            note: z.string().max(2000).nullable().optional(),
          }),
        ),
      },
      responses: { 200: ok(PersonSchema, 'The person at the new stage'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const person = await personById(c.var.ctx, c.req.valid('param').id);
      const { stage, note } = c.req.valid('json');
      return c.json(await setStageByWord(c.var.ctx, person, stage, note ?? null), 200);
    },
  );

  return app;
}
