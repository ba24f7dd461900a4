/**
 * A router whose request validation fails the same way everywhere: one error body
 * naming each field. Every route module builds on this.
 */

import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '@kindred/app';
import { validationError } from './error-map.ts';
import { guardDetails } from './input-guard.ts';
import type { ServerEnv } from './server-env.ts';

export function createRouter(): OpenAPIHono<ServerEnv> {
  return new OpenAPIHono<ServerEnv>({
    defaultHook: async (result, c) => {
      if (!result.success) throw validationError(result.target, result.error);
      const where = result.target === 'json' ? 'body' : result.target;
      // The body as sent (Hono caches it, so this is not a second read of the stream).
      const sent = result.target === 'json' ? await c.req.json() : result.data;
      const details = guardDetails(where, sent, result.data);
      if (details.length > 0) {
        const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
        throw new AppError('invalid_input', `The request is not valid: ${summary}.`, details);
      }
    },
  });
}
