/**
 * Introductions in a community, over HTTP: the board of open asks (post, read, close
 * your own), members who fit an ask, and double-opt-in introductions (propose, read,
 * answer). Only members reach any of it, and an introduction only its connector and its
 * two parties; everyone else gets 404 as for an id never made.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  answerIntroduction,
  askInputSchema,
  closeAsk,
  getIntroduction,
  type IntroductionMail,
  introductionAnswerSchema,
  introductionInputSchema,
  listAsks,
  listIntroductions,
  type Mailer,
  postAsk,
  proposeIntroduction,
  suggestForAsk,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { pageOf } from '../http/paging.ts';
import {
  AUTHED_ERRORS,
  errors,
  IdParams,
  IdParamsWith,
  InterestLabelSchema as Interest,
  jsonBody,
  ok,
  PageQuery,
  page,
  SECURITY,
} from '../schemas/common.schema.ts';
import { SharedProfileSchema } from './community-profiles.routes.ts';

const Answer = z.enum(['pending', 'accepted', 'declined']);

const AskSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    asker: z.object({ userId: z.string(), displayName: z.string() }),
    mine: z.boolean().openapi({ description: 'Whether you made this ask (and may close it).' }),
    interests: z.array(Interest),
    note: z.string().nullable(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('CommunityAsk');

const SuggestionSchema = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    score: z.number().openapi({ description: 'Interest similarity with the ask, 0 to 1.' }),
    shared: z.array(Interest).openapi({ description: 'The asked-for interests this member shares.' }),
    profile: SharedProfileSchema,
  })
  .openapi('AskSuggestion');

const IntroductionSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    communityName: z.string(),
    role: z.enum(['party', 'connector']).openapi({
      description: 'party: you are one of the two people; connector: you proposed it for two others.',
    }),
    connector: z.object({ userId: z.string(), displayName: z.string() }),
    note: z.string().nullable(),
    askId: z.string().nullable(),
    createdAt: z.string(),
    status: z.enum(['waiting', 'introduced', 'not-going-ahead']).openapi({
      description: 'Nobody is told who declined: a decline shows as not-going-ahead to everyone.',
    }),
    myAnswer: Answer.nullable(),
    people: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        email: z.string().nullable().openapi({
          description: 'Shown to the other party once both have accepted; never to the connector.',
        }),
        profile: SharedProfileSchema,
      }),
    ),
  })
  .openapi('CommunityIntroduction');

const AskParams = IdParamsWith('askId');
const IntroductionParams = IdParamsWith('introductionId');

const tags = ['introductions'];

export interface IntroductionRouteOptions {
  mailer: Mailer | null;
  from: string;
  publicUrl: string;
}

export function communityIntroductionRoutes(options: IntroductionRouteOptions) {
  const app = createRouter();
  const mail: IntroductionMail = {
    mailer: options.mailer,
    from: options.from,
    urlFor: (communityId) => `${options.publicUrl}/communities/${encodeURIComponent(communityId)}`,
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/asks',
      tags,
      summary: 'The open asks in a community, newest first',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(AskSchema), 'A page of asks'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listAsks(c.var.ctx, c.req.valid('param').id, { limit: limit + 1, before: cursor });
      return c.json(
        pageOf(rows, limit, (row) => row.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/asks',
      tags,
      summary: 'Ask to meet someone with given interests or expertise',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(askInputSchema) },
      responses: { 201: ok(AskSchema, 'Posted'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await postAsk(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/asks/{askId}/close',
      tags,
      summary: 'Close your own ask',
      security: SECURITY,
      request: { params: AskParams },
      responses: { 200: ok(AskSchema, 'Closed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, askId } = c.req.valid('param');
      return c.json(await closeAsk(c.var.ctx, id, askId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/asks/{askId}/suggestions',
      tags,
      summary: 'Members whose shared interests fit an ask, best first (never the asker)',
      security: SECURITY,
      request: { params: AskParams },
      responses: {
        200: ok(z.object({ items: z.array(SuggestionSchema) }), 'Suggestions'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const { id, askId } = c.req.valid('param');
      return c.json({ items: await suggestForAsk(c.var.ctx, id, askId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/introductions',
      tags,
      summary: 'Introductions you are in or proposed, newest first',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: {
        200: ok(page(IntroductionSchema), 'A page of introductions'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listIntroductions(c.var.ctx, c.req.valid('param').id, {
        limit: limit + 1,
        before: cursor,
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
      path: '/communities/{id}/introductions',
      tags,
      summary:
        'Propose an introduction between two members; contact details are shared only once both accept',
      description:
        "A pair is refused with 409 when already introduced, under way, declined in the last 180 days, or kept apart (by an admin, or by either one's no to a match). In order: an admin is told plainly of a kept-apart pair (`introduction_unavailable`); two members a round matched are told so, whatever either answered (`introduction_unavailable`); `introduction_exists` tells you of an earlier introduction you are in or made; every other reason gets `introduction_unavailable` with the same neutral words.",
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(introductionInputSchema) },
      responses: { 201: ok(IntroductionSchema, 'Proposed'), ...errors(...AUTHED_ERRORS, 404, 409) },
    }),
    async (c) =>
      c.json(await proposeIntroduction(c.var.ctx, c.req.valid('param').id, c.req.valid('json'), mail), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/introductions/{introductionId}',
      tags,
      summary: 'One introduction you are in or proposed',
      security: SECURITY,
      request: { params: IntroductionParams },
      responses: { 200: ok(IntroductionSchema, 'The introduction'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, introductionId } = c.req.valid('param');
      return c.json(await getIntroduction(c.var.ctx, id, introductionId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/introductions/{introductionId}/respond',
      tags,
      summary: 'Accept or decline your side; a decline is never shown as yours',
      security: SECURITY,
      request: { params: IntroductionParams, ...jsonBody(introductionAnswerSchema) },
      responses: {
        200: ok(IntroductionSchema, 'The introduction now'),
        ...errors(...AUTHED_ERRORS, 404, 409),
      },
    }),
    async (c) => {
      const { id, introductionId } = c.req.valid('param');
      return c.json(await answerIntroduction(c.var.ctx, id, introductionId, c.req.valid('json'), mail), 200);
    },
  );

  return app;
}
