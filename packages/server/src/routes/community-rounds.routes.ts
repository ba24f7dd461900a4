/**
 * An admin's side of pairing rounds: the schedule and rules (members may read them, to
 * know when their next match comes), running a round now, past rounds with anonymous
 * figures, and pairs kept apart.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  addExclusion,
  exclusionInputSchema,
  getRoundRules,
  listExclusions,
  listRounds,
  removeExclusion,
  roundRulesInputSchema,
  runRoundNow,
  setRoundRules,
} from '@kindred/app';
import { ROUND_CADENCES, WEEKDAYS } from '@kindred/core';
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

const RoundRulesSchema = z
  .object({
    cadence: z.enum(ROUND_CADENCES),
    weekday: z.enum(WEEKDAYS),
    hour: z.number().int(),
    timeZone: z.string(),
    crossTeamOnly: z.boolean(),
    repeatWindowDays: z.number().int(),
    nextRoundAt: z
      .string()
      .nullable()
      .openapi({ description: 'When the next round runs (UTC); null while off.' }),
  })
  .openapi('RoundRules');

const RoundOutcomeSchema = z
  .object({
    roundId: z.string(),
    scheduledFor: z.string(),
    members: z.number().int(),
    active: z.number().int(),
    pairs: z.number().int(),
    trios: z.number().int(),
    resting: z.number().int().openapi({ description: 'Paused, or not due by their own frequency.' }),
    unmatched: z.array(z.object({ userId: z.string(), code: z.string() })),
    emailsQueued: z.number().int(),
  })
  .openapi('RoundOutcome');

const RoundSummarySchema = z
  .object({
    id: z.string(),
    scheduledFor: z.string(),
    ranAt: z.string(),
    trigger: z.enum(['schedule', 'admin']),
    stats: z.object({
      members: z.number().int(),
      active: z.number().int(),
      resting: z.number().int(),
      pairs: z.number().int(),
      trios: z.number().int(),
      unmatched: z.number().int(),
      method: z.string(),
    }),
    matches: z.number().int(),
    matchedMembers: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    postponed: z.number().int(),
    met: z.number().int(),
    didNotMeet: z.number().int(),
  })
  .openapi('RoundSummary', { description: 'Anonymous figures: counts only, never who.' });

const ExclusionSchema = z
  .object({ userA: z.string(), userB: z.string(), createdAt: z.string() })
  .openapi('Exclusion', { description: 'Two members who are never paired.' });

const tags = ['rounds'];

export function communityRoundRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/rounds/rules',
      tags,
      summary: 'When rounds run and by which rules',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(RoundRulesSchema, 'The rules'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await getRoundRules(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/communities/{id}/rounds/rules',
      tags,
      summary: 'Set the schedule and rules (admins); fields left out keep their value',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(roundRulesInputSchema) },
      responses: { 200: ok(RoundRulesSchema, 'The rules now'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await setRoundRules(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/rounds',
      tags,
      summary: 'Run a round now (admins); the schedule stays as it is',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 201: ok(RoundOutcomeSchema, 'The round'), ...errors(...AUTHED_ERRORS, 404, 409) },
    }),
    async (c) => c.json(await runRoundNow(c.var.ctx, c.req.valid('param').id), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/rounds',
      tags,
      summary: 'Past rounds with anonymous figures: matched, met, declined (admins)',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(RoundSummarySchema), 'Newest first'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listRounds(c.var.ctx, c.req.valid('param').id, { limit: limit + 1, before: cursor });
      return c.json(
        pageOf(rows, limit, (row) => row.scheduledFor),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/exclusions',
      tags,
      summary: 'Pairs of members who are never matched (admins)',
      security: SECURITY,
      request: { params: IdParams },
      responses: {
        200: ok(z.object({ items: z.array(ExclusionSchema) }), 'The pairs'),
        ...errors(...AUTHED_ERRORS, 404),
      },
    }),
    async (c) => c.json({ items: await listExclusions(c.var.ctx, c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/exclusions',
      tags,
      summary: 'Never pair these two members, e.g. someone and their manager (admins)',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(exclusionInputSchema) },
      responses: { 201: ok(ExclusionSchema, 'Kept apart'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await addExclusion(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/exclusions/remove',
      tags,
      summary: 'Let two members be paired again (admins)',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(exclusionInputSchema) },
      responses: { 200: ok(Done, 'Removed'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await removeExclusion(c.var.ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
