/** `GET /healthz`: the process answers and the database does too (for load balancers). */
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '@kindred/app';
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
    async (c) => {
      const { store } = c.var.sys;
      await store.ping().catch((error: unknown) => {
        c.var.log.error({ err: error }, 'health check: the database did not answer');
        throw new AppError(
          'database_unavailable',
          'The database is not answering; this server cannot serve requests now.',
        );
      });
      return c.json({ ok: true as const, database: store.dialect }, 200);
    },
  );
  return app;
}
