/**
 * Gives each request an id, a child logger and the system context (store and clock),
 * and writes one access-log line when it ends. The line names the route pattern, never
 * the raw path or headers: a calendar feed's secret lives in its path, and cookies and
 * tokens in headers, and none of them may reach a log.
 *
 * The access line is written through a logger without the redaction paths: it holds
 * only the fields named below (none of which can carry a secret), and redaction walks
 * every line it is given, which cost about ten times the rest of the line.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '@kindred/app';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { ServerEnv } from '../http/server-env.ts';

export function requestContext(
  store: Store,
  logger: Logger,
  clock: () => Date,
): MiddlewareHandler<ServerEnv> {
  const access = logger.child({}, { redact: { paths: [] } });
  return async (c, next) => {
    const requestId = randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('sys', { store, now: clock() });
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    access.info(
      {
        requestId,
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: c.get('caller')?.userId,
      },
      'request',
    );
  };
}
