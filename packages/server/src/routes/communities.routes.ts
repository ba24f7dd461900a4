/**
 * Communities: make one, see the ones you are in and who else is, manage roles and
 * invites, leave, and join with an invite link. A community you are not in answers 404,
 * exactly as one that does not exist. Members see each other's names and roles only.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  acceptInviteSchema,
  changeRole,
  createCommunity,
  createInvite,
  deleteCommunity,
  getCommunity,
  joinByInvite,
  leaveCommunity,
  listInvites,
  listMembers,
  listMyCommunities,
  type Mailer,
  newCommunitySchema,
  newInviteSchema,
  revokeInvite,
  roleChangeSchema,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { pageOf } from '../http/paging.ts';
import { rateLimit } from '../middleware/rate-limit.middleware.ts';
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
import { SharedProfileSchema } from './community-profiles.routes.ts';

const role = z.enum(['admin', 'member']);

export const CommunitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    role: role.openapi({ description: 'Your role in it.' }),
    memberCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Community');

export const MemberSchema = z
  .object({ userId: z.string(), displayName: z.string(), role, profile: SharedProfileSchema })
  .openapi('CommunityMember', {
    description: 'What members see of each other: a name, a role and the profile fields each one shares.',
  });

export const InviteSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    role,
    status: z.enum(['open', 'used', 'expired', 'revoked']),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('CommunityInvite');

const MemberParams = IdParamsWith('userId');
const InviteParams = IdParamsWith('inviteId');

const tags = ['communities'];

export interface CommunityRouteOptions {
  mailer: Mailer | null;
  from: string;
  publicUrl: string;
}

export function communityRoutes(options: CommunityRouteOptions) {
  const app = createRouter();
  const mail = { mailer: options.mailer, from: options.from, publicUrl: options.publicUrl };
  // Invites can be emailed to any address: enough for an admin inviting a team, too few
  // to make this server a way to flood someone's inbox.
  app.use('/communities/:id/invites', async (c, next) =>
    c.req.method === 'POST' ? inviteLimit(c, next) : next(),
  );
  const inviteLimit = rateLimit({
    max: 200,
    windowMs: 60 * 60 * 1000,
    trustProxy: false,
    key: (c) => c.var.caller.userId,
    what: 'invites made from this account',
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities',
      tags,
      summary: 'Start a community; you become its first admin',
      security: SECURITY,
      request: jsonBody(newCommunitySchema),
      responses: { 201: ok(CommunitySchema, 'Created'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json(await createCommunity(c.var.ctx, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities',
      tags,
      summary: 'The communities you belong to',
      security: SECURITY,
      request: { query: PageQuery },
      responses: { 200: ok(page(CommunitySchema), 'A page of communities'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listMyCommunities(c.var.ctx, { limit: limit + 1, after: cursor });
      return c.json(
        pageOf(rows, limit, (row) => row.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}',
      tags,
      summary: 'One of your communities',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(CommunitySchema, 'The community'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await getCommunity(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/communities/{id}',
      tags,
      summary: 'Delete a community with its memberships and invites (admins)',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(Done, 'Deleted'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await deleteCommunity(c.var.ctx, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/members',
      tags,
      summary: 'Who is in the community: names, roles and what each shares of their profile',
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(MemberSchema), 'A page of members'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listMembers(c.var.ctx, c.req.valid('param').id, { limit: limit + 1, after: cursor });
      return c.json(
        pageOf(rows, limit, (row) => row.userId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/communities/{id}/members/{userId}',
      tags,
      summary: "Change a member's role (admins); a community always keeps one admin",
      security: SECURITY,
      request: { params: MemberParams, ...jsonBody(roleChangeSchema) },
      responses: {
        200: ok(z.object({ userId: z.string(), role }), 'The role now'),
        ...errors(...AUTHED_ERRORS, 404, 409),
      },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      return c.json(await changeRole(c.var.ctx, id, userId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/leave',
      tags,
      summary: 'Leave a community (the only admin must hand the role on first)',
      security: SECURITY,
      request: { params: IdParams },
      responses: {
        200: ok(
          z.object({
            left: z.literal(true),
            communityDeleted: z
              .boolean()
              .openapi({ description: 'You were its last member, so it is gone.' }),
          }),
          'Left',
        ),
        ...errors(...AUTHED_ERRORS, 404, 409),
      },
    }),
    async (c) => c.json(await leaveCommunity(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/communities/{id}/invites',
      tags,
      summary:
        'Make an invite link (admins); copy it now, it is not shown again. With an email, it is sent there.',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(newInviteSchema) },
      responses: {
        201: ok(
          z.object({
            invite: InviteSchema,
            url: z.string().openapi({ description: 'The link to share; it works once.' }),
            emailedTo: z.string().nullable(),
          }),
          'Created',
        ),
        ...errors(...AUTHED_ERRORS, 404, 409, 502),
      },
    }),
    async (c) => {
      const made = await createInvite(c.var.ctx, c.req.valid('param').id, c.req.valid('json'), mail);
      return c.json(
        { invite: made.invite, url: options.publicUrl + made.path, emailedTo: made.emailedTo },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/invites',
      tags,
      summary: "The community's invites and whether each is still open (admins)",
      security: SECURITY,
      request: { params: IdParams, query: PageQuery },
      responses: { 200: ok(page(InviteSchema), 'A page of invites'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const rows = await listInvites(c.var.ctx, c.req.valid('param').id, { limit: limit + 1, after: cursor });
      return c.json(
        pageOf(rows, limit, (row) => row.id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/communities/{id}/invites/{inviteId}',
      tags,
      summary: 'Withdraw an invite so its link stops working (admins)',
      security: SECURITY,
      request: { params: InviteParams },
      responses: { 200: ok(InviteSchema, 'Withdrawn'), ...errors(...AUTHED_ERRORS, 404, 410) },
    }),
    async (c) => {
      const { id, inviteId } = c.req.valid('param');
      return c.json(await revokeInvite(c.var.ctx, id, inviteId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/invites/accept',
      tags,
      summary: 'Join a community with an invite link (the link, or the code at its end)',
      security: SECURITY,
      request: jsonBody(acceptInviteSchema),
      responses: {
        200: ok(
          z.object({
            community: CommunitySchema,
            joined: z.boolean().openapi({ description: 'false when you were already a member.' }),
          }),
          'Joined',
        ),
        ...errors(...AUTHED_ERRORS, 404, 410),
      },
    }),
    async (c) => c.json(await joinByInvite(c.var.ctx, c.req.valid('json')), 200),
  );

  return app;
}
