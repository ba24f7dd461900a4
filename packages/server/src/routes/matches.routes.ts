/**
 * A member's matches across their communities: see them, answer (accept, decline or
 * postpone, with no reason asked), give feedback, and add a match to the companion.
 * Only the members of a match reach it: anyone else gets 404, admins included.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  addMatchToCompanion,
  getMatch,
  giveMatchFeedback,
  listMyMatches,
  matchFeedbackSchema,
  matchResponseSchema,
  respondToMatch,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { pageOf } from '../http/paging.ts';
import {
  AUTHED_ERRORS,
  errors,
  IdParams,
  InterestLabelSchema,
  jsonBody,
  ok,
  PageQuery,
  page,
  SECURITY,
} from '../schemas/common.schema.ts';
import { SharedProfileSchema } from './community-profiles.routes.ts';

const Response = z.enum(['pending', 'accepted', 'declined', 'postponed']);

const MatchSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    communityName: z.string(),
    roundId: z.string(),
    roundOn: z.string(),
    reason: z.string().openapi({ description: 'Why you two were matched.' }),
    starter: z.string().openapi({ description: 'Something to open the conversation with.' }),
    shared: z.array(InterestLabelSchema),
    times: z
      .array(z.object({ start: z.string(), end: z.string() }))
      .openapi({ description: 'Proposed times inside everyone’s availability (UTC instants).' }),
    myResponse: Response,
    feedback: z.object({ met: z.boolean().nullable(), meetAgain: z.boolean().nullable() }),
    personId: z
      .string()
      .nullable()
      .openapi({ description: 'The person this match became in your companion.' }),
    partners: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        email: z
          .string()
          .nullable()
          .openapi({ description: 'Shown once everyone in the match has accepted.' }),
        response: Response,
        profile: SharedProfileSchema,
      }),
    ),
  })
  .openapi('Match');

const MatchesQuery = PageQuery.extend({
  communityId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Only matches in this community.' }),
});

const tags = ['matches'];

export function matchRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/matches',
      tags,
      summary: 'Your matches, newest first',
      security: SECURITY,
      request: { query: MatchesQuery },
      responses: { 200: ok(page(MatchSchema), 'A page of matches'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor, communityId } = c.req.valid('query');
      const rows = await listMyMatches(c.var.ctx, { limit: limit + 1, before: cursor, communityId });
      return c.json(
        pageOf(rows, limit, (row) => row.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/matches/{id}',
      tags,
      summary: 'One of your matches',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(MatchSchema, 'The match'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await getMatch(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/matches/{id}/respond',
      tags,
      summary: 'Accept, decline or postpone; no reason is asked and nobody is told why',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(matchResponseSchema) },
      responses: { 200: ok(MatchSchema, 'The match now'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await respondToMatch(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/matches/{id}/feedback',
      tags,
      summary: 'Did you meet, and would you meet again?',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(matchFeedbackSchema) },
      responses: { 200: ok(MatchSchema, 'The match now'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) =>
      c.json(await giveMatchFeedback(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/matches/{id}/companion',
      tags,
      summary: 'Add the match to your people, with your shared interests and the meeting logged',
      security: SECURITY,
      request: { params: IdParams },
      responses: {
        200: ok(z.object({ personIds: z.array(z.string()), loggedMeeting: z.boolean() }), 'Added'),
        ...errors(...AUTHED_ERRORS, 404, 409),
      },
    }),
    async (c) => c.json(await addMatchToCompanion(c.var.ctx, c.req.valid('param').id), 200),
  );

  return app;
}
