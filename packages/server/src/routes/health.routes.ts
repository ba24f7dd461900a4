/** `GET /healthz`: the process answers and the database does too (for load balancers). */
import { createRoute, z } from '@hono/zod-openapi';
import { checkHealth } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { errors, ok } from '../schemas/common.schema.ts';

export function healthRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['operations'],
      summary: 'Health: the server and its database answer',
      responses: {
        200: ok(z.object({ ok: z.literal(true), database: z.enum(['sqlite', 'postgres']) }), 'Healthy'),
        ...errors(503),
      },
    }),
    async (c) => c.json({ ok: true as const, ...(await checkHealth(c.var.sys)) }, 200),
  );
  return app;
}
