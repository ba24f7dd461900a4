/** The weekly digest: preview this week's, or send it now to check the mail arrives. */

import { createRoute, z } from '@hono/zod-openapi';
import { type Mailer, previewDigest, sendDigestNow } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { rateLimit } from '../middleware/rate-limit.middleware.ts';
import { AUTHED_ERRORS, errors, ok, SECURITY } from '../schemas/common.schema.ts';

export const DigestSchema = z
  .object({ subject: z.string(), text: z.string(), html: z.string() })
  .openapi('DigestEmail');

export function digestRoutes(options: { mailer: Mailer | null; from: string; settingsUrl: string | null }) {
  const app = createRouter();
  // Sending goes to the account's own address, but that address is not verified: a few
  // sends an hour keep the route from being used to flood someone.
  app.use(
    '/digest/send',
    rateLimit({
      max: 3,
      windowMs: 60 * 60 * 1000,
      trustProxy: false,
      key: (c) => c.var.caller.userId,
      what: 'digests sent now from this account',
    }),
  );
  const tags = ['digest'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/digest/preview',
      tags,
      summary: "This week's digest as the email would read",
      security: SECURITY,
      responses: { 200: ok(DigestSchema, 'The digest'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => c.json(await previewDigest(c.var.ctx, options.settingsUrl), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/digest/send',
      tags,
      summary: "Send this week's digest to your email now (to check it arrives)",
      security: SECURITY,
      responses: { 200: ok(z.object({ sentTo: z.string() }), 'Sent'), ...errors(...AUTHED_ERRORS, 409, 429) },
    }),
    async (c) => c.json(await sendDigestNow(c.var.ctx, options), 200),
  );

  return app;
}
