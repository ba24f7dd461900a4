/** Your profile and settings: energy budget and costs, quiet and on-site days, the pitch. */

import { createRoute, z } from '@hono/zod-openapi';
import { getSettings, settingsChangesSchema, updateSettings } from '@kindred/app';
import { INTERACTION_FORMS } from '@kindred/core';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, errors, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';

export const SettingsSchema = z
  .object({
    displayName: z.string(),
    email: z.string().nullable(),
    timeZone: z.string(),
    settings: z
      .looseObject({})
      .openapi({ description: 'Budget, quiet days, costs, pitch, profile, digest.' }),
    effectiveCosts: z.record(z.enum(INTERACTION_FORMS), z.number()),
  })
  .openapi('Settings');

export function settingsRoutes() {
  const app = createRouter();
  const tags = ['settings'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      tags,
      summary: 'Your settings, with every energy cost as it applies now',
      security: SECURITY,
      responses: { 200: ok(SettingsSchema, 'Settings'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json(await getSettings(c.var.ctx), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/settings',
      tags,
      summary: 'Change settings: what you leave out stays as it is',
      security: SECURITY,
      request: jsonBody(settingsChangesSchema.strict()),
      responses: { 200: ok(SettingsSchema, 'Settings after the change'), ...errors(...AUTHED_ERRORS) },
    }),
    // The body as sent, not as validated: validation fills defaults for every field left
    // out, and the use case must see what was left out to keep it as it is.
    async (c) => {
      c.req.valid('json');
      return c.json(await updateSettings(c.var.ctx, await c.req.json()), 200);
    },
  );

  return app;
}
