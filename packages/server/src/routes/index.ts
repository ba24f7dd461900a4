/** Every signed-in route of the companion, mounted under /api. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../http/server-env.ts';
import { peopleRoutes } from './people.routes.ts';

export function companionRoutes(api: OpenAPIHono<ServerEnv>): void {
  for (const routes of [peopleRoutes()]) api.route('/', routes);
}
