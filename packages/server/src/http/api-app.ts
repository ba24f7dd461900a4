/**
 * A router whose request validation fails the same way everywhere: one error body
 * naming each field. Every route module builds on this.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationError } from './error-map.ts';
import type { ServerEnv } from './server-env.ts';

export function createRouter(): OpenAPIHono<ServerEnv> {
  return new OpenAPIHono<ServerEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error);
    },
  });
}
