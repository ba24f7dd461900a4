/**
 * The private calendar feed: signed-in routes to make, check and turn off the secret
 * link, and the public feed itself, which calendar apps fetch with the secret alone.
 */

import { createRoute, z } from '@hono/zod-openapi';
import {
  calendarFeedStatus,
  createCalendarFeed,
  FEED_REFRESH_SECONDS,
  renderCalendarFeed,
  revokeCalendarFeed,
} from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, Done, errors, ok, SECURITY } from '../schemas/common.schema.ts';

const tags = ['calendar'];

/** Signed-in: manage the link. Mounted under /api. */
export function calendarFeedRoutes(publicUrl: string) {
  const app = createRouter();
  const feedUrl = (token: string) => `${publicUrl}/calendar/${token}.ics`;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/calendar-feed',
      tags,
      summary: 'Whether your private calendar link is on (the link itself is shown only when made)',
      security: SECURITY,
      responses: {
        200: ok(z.object({ active: z.boolean(), createdAt: z.string().nullable() }), 'Feed status'),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => c.json(await calendarFeedStatus(c.var.ctx), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/calendar-feed',
      tags,
      summary: 'Make a new private calendar link; any old link stops working',
      security: SECURITY,
      responses: {
        201: ok(
          z.object({
            url: z
              .string()
              .openapi({ description: 'Subscribe to this in your calendar app. Keep it private.' }),
            createdAt: z.string(),
          }),
          'The new link',
        ),
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => {
      const feed = await createCalendarFeed(c.var.ctx);
      return c.json({ url: feedUrl(feed.token), createdAt: feed.createdAt }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/calendar-feed',
      tags,
      summary: 'Turn the calendar link off',
      security: SECURITY,
      responses: { 200: ok(Done, 'Turned off'), ...errors(...AUTHED_ERRORS, 404) },
    }),
    async (c) => {
      await revokeCalendarFeed(c.var.ctx);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}

/** Public: the feed, found by its secret. Mounted at the root. */
export function calendarFileRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/calendar/{file}',
      tags,
      summary: "The plan's steps and your events as iCalendar (RFC 5545), for calendar apps",
      request: {
        params: z.strictObject({
          file: z
            .string()
            .max(200)
            .openapi({
              param: { name: 'file', in: 'path' },
              description: 'The secret token followed by .ics.',
            }),
        }),
      },
      responses: {
        200: { description: 'The calendar', content: { 'text/calendar': { schema: z.string() } } },
        ...errors(404),
      },
    }),
    async (c) => {
      const token = c.req.valid('param').file.replace(/\.ics$/, '');
      const text = await renderCalendarFeed(c.var.sys, token);
      return c.body(text, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': `private, max-age=${Math.min(FEED_REFRESH_SECONDS, 900)}`,
      });
    },
  );
  return app;
}
