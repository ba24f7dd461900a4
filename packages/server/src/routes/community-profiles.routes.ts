/**
 * Community profiles: read and change your own, and see another member's as far as
 * they share it with you. A field someone keeps to their matches, or to nobody, is
 * simply absent from what others receive.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  getMemberProfile,
  getMyProfile,
  MATCH_FREQUENCIES,
  MEETING_FORMATS,
  profileInputSchema,
  SENIORITY_CHOICES,
  saveMyProfile,
  VISIBILITY_LEVELS,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import {
  AUTHED_ERRORS,
  errors,
  IdParams,
  IdParamsWith,
  InterestLabelSchema as Interest,
  jsonBody,
  ok,
  SECURITY,
} from '../schemas/common.schema.ts';

const Window = z.object({
  day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  start: z.string().openapi({ example: '09:30' }),
  end: z.string().openapi({ example: '12:00' }),
});
const Visibility = z.enum(VISIBILITY_LEVELS);

const shareable = {
  interests: z.array(Interest),
  team: z.string().nullable(),
  seniority: z.enum(SENIORITY_CHOICES).nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable(),
  availability: z.array(Window).openapi({ description: "Weekly windows in the member's own time zone." }),
  formats: z.array(z.enum(MEETING_FORMATS)),
  openTo: z.array(z.enum(['peer', 'mentor', 'mentee'])),
  intro: z.string().nullable(),
};

export const SharedProfileSchema = z
  .object(
    Object.fromEntries(Object.entries(shareable).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof shareable]: z.ZodOptional<(typeof shareable)[K]>;
    },
  )
  .openapi('SharedProfile', {
    description: 'The fields a member shares with you; a field they keep from you is absent.',
  });

export const MyProfileSchema = z
  .object({
    communityId: z.string(),
    filled: z
      .boolean()
      .openapi({ description: 'False until you first save; the values are then the defaults.' }),
    ...shareable,
    frequency: z.enum(MATCH_FREQUENCIES),
    paused: z.boolean(),
    pausedUntil: z.string().nullable(),
    visibility: z.object(
      Object.fromEntries(Object.keys(shareable).map((k) => [k, Visibility])) as {
        [K in keyof typeof shareable]: typeof Visibility;
      },
    ),
    updatedAt: z.string().nullable(),
  })
  .openapi('MyCommunityProfile');

const MemberProfileSchema = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    matched: z.boolean().openapi({
      description:
        'A match between you two opens their "matches" fields to you now: for 30 days after the match, whatever anyone answered, and for good once everyone in it accepted.',
    }),
    profile: SharedProfileSchema,
  })
  .openapi('MemberProfile');

const MemberParams = IdParamsWith('userId');

const tags = ['communities'];

export function communityProfileRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/profile',
      tags,
      summary: 'Your profile in this community, with who sees each field',
      security: SECURITY,
      request: { params: IdParams },
      responses: { 200: ok(MyProfileSchema, 'Your profile'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await getMyProfile(c.var.ctx, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/communities/{id}/profile',
      tags,
      summary: 'Change your profile here; fields you leave out keep their value',
      security: SECURITY,
      request: { params: IdParams, ...jsonBody(profileInputSchema) },
      responses: { 200: ok(MyProfileSchema, 'Your profile now'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => c.json(await saveMyProfile(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{id}/members/{userId}/profile',
      tags,
      summary: "A member's profile, as far as they share it with you",
      security: SECURITY,
      request: { params: MemberParams },
      responses: { 200: ok(MemberProfileSchema, 'What they share'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      return c.json(await getMemberProfile(c.var.ctx, id, userId), 200);
    },
  );

  return app;
}
