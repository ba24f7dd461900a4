/**
 * Activity groups over HTTP: any member starts a group round, at most one a day per
 * community (the engine forms small groups around one shared activity, among the members
 * who chose group activities), and reads the rounds' anonymous figures (admins every
 * round, members those they started); a member sees the groups they were placed in and
 * answers yes or "not this time". A community the caller is not in, or a group they are
 * not in, answers 404 exactly as one that does not exist.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  type GroupMail,
  getGroupRound,
  getMyGroup,
  groupResponseSchema,
  groupRoundInputSchema,
  listGroupRounds,
  listMyGroups,
  type Mailer,
  respondToGroup,
  startGroupRound,
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

const Response = z.enum(['pending', 'accepted', 'declined']);

const GroupRoundSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    title: z.string(),
    activities: z
      .array(Interest)
      .nullable()
      .openapi({ description: 'The activities on offer; null when any shared interest would do.' }),
    minSize: z.number().int(),
    maxSize: z.number().int(),
    startedByMe: z.boolean(),
    createdAt: z.string(),
    basis: z.enum(['chose-group-activity', 'every-active-member']).openapi({
      description:
        "Who took part: members who chose group activities in their profile. 'every-active-member' only on rounds started before groups were opt-in.",
    }),
    members: z.number().int().openapi({ description: 'Members of the community when it ran.' }),
    takingPart: z.number().int(),
    placed: z.number().int(),
    unplaced: z.number().int(),
    groups: z.number().int(),
    placedNow: z.number().int().openapi({ description: 'Placed members still in the community.' }),
    accepted: z.number().int(),
    declined: z.number().int(),
    pending: z.number().int(),
  })
  .openapi('GroupRound', { description: 'Anonymous figures: counts only, never who.' });

const GroupSchema = z
  .object({
    id: z.string(),
    communityId: z.string(),
    roundId: z.string(),
    roundTitle: z.string(),
    activity: Interest,
    reason: z.string().openapi({ description: 'Why this group: the activity everyone in it listed.' }),
    createdAt: z.string(),
    myResponse: Response,
    size: z.number().int().openapi({ description: 'Everyone in the group, you included.' }),
    accepted: z
      .number()
      .int()
      .openapi({ description: 'How many have said yes, you included; who has not is never shown.' }),
    members: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        email: z
          .string()
          .nullable()
          .openapi({ description: 'Shown only once you and they have both said yes.' }),
        profile: SharedProfileSchema,
      }),
    ),
  })
  .openapi('Group');

const RoundParams = IdParamsWith('groupRoundId');
const GroupParams = IdParamsWith('groupId');

const tags = ['activity groups'];

export function communityGroupRoutes(options: { mailer: Mailer | null; from: string; publicUrl: string }) {
  const app = createRouter();
  const mail: GroupMail = {
    mailer: options.mailer,
    from: options.from,
    urlFor: (communityId) => `${options.publicUrl}/communities/${encodeURIComponent(communityId)}`,
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/group-rounds',
      tags,
      summary: 'Start a group round (any member, at most one a day): small groups around one shared activity',
      description:
        'Any member may start one. Only members who chose group activities in their profile take part; paused members never do. With SMTP set up, each placed member is emailed their group. A community has at most one group round a day: 409 group_round_too_soon when its last one started less than 24 hours ago (for admins too; the message says when that was and from when a new one can start); 409 group_round_no_groups when no group can form (too few chose group activities, or too few share one).',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(groupRoundInputSchema) },
      responses: {
        201: ok(GroupRoundSchema, 'The round and its figures'),
        ...errors(...AUTHED_ERRORS, 404, 409),
      },
    }),
    async (c) =>
      c.json(await startGroupRound(c.var.ctx, c.req.valid('param').id, c.req.valid('json'), mail), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/group-rounds',
      tags,
      summary:
        'Group rounds with anonymous figures, newest first (admins: all; other members: those they started)',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(GroupRoundSchema), 'Newest first'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listGroupRounds(c.var.ctx, c.req.valid('param').id, {
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
      method: 'get',
      path: '/communities/{id}/group-rounds/{groupRoundId}',
      tags,
      summary: "One group round's figures (admins, or whoever started it)",
      security: SECURITY,
      request: { params: RoundParams },
      responses: { 200: ok(GroupRoundSchema, 'The round'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, groupRoundId } = c.req.valid('param');
      return c.json(await getGroupRound(c.var.ctx, id, groupRoundId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/groups',
      tags,
      summary: 'The groups you were placed in here, newest first',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(GroupSchema), 'Your groups'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listMyGroups(c.var.ctx, c.req.valid('param').id, {
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
      method: 'get',
      path: '/communities/{id}/groups/{groupId}',
      tags,
      summary: 'One of your groups',
      security: SECURITY,
      request: { params: GroupParams },
      responses: { 200: ok(GroupSchema, 'The group'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid('param');
      return c.json(await getMyGroup(c.var.ctx, id, groupId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/groups/{groupId}/respond',
      tags,
      summary:
        'Join the group, or "not this time"; no reason is asked and the others only see how many are in',
      security: SECURITY,
      request: { params: GroupParams, ...jsonBody(groupResponseSchema) },
      responses: { 200: ok(GroupSchema, 'The group now'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, groupId } = c.req.valid('param');
      return c.json(await respondToGroup(c.var.ctx, id, groupId, c.req.valid('json')), 200);
    },
  );

  return app;
}
