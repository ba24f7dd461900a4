/**
 * The HTTP application: middleware in the order a request meets it, then every route,
 * then the OpenAPI document generated from the same schemas that validate requests.
 * It holds no state of its own beyond the store it is given, so tests build one per
 * database and call it in-process or behind a real socket.
 */

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Mailer, Store } from '@kindred/app';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { ServerConfig } from './config/server-config.ts';
import { createRouter } from './http/api-app.ts';
import { errorBody, payloadTooLarge, respondWithError } from './http/error-map.ts';
import type { ServerEnv } from './http/server-env.ts';
import { requireUser } from './middleware/auth.middleware.ts';
import { csrfProtection } from './middleware/csrf.middleware.ts';
import { allowedHostnames, hostCheck } from './middleware/host-check.middleware.ts';
import { rateLimit } from './middleware/rate-limit.middleware.ts';
import { requestContext } from './middleware/request-context.middleware.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { calendarFileRoutes } from './routes/calendar.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { companionRoutes } from './routes/index.ts';
import { webAppRoutes } from './routes/web-app.routes.ts';

export interface ServerDeps {
  store: Store;
  config: ServerConfig;
  logger: Logger;
  /** Sends the digest on request; null when no SMTP server is configured. */
  mailer?: Mailer | null;
  /** The clock; tests pin it. */
  clock?: () => Date;
}

export const API_INFO = {
  title: 'Kindred API',
  version: '0.1.0',
  description:
    'Everything the Kindred companion does, over HTTP: people, details, interactions, the plan, events, imports and exports. Sign in for a session cookie, or send a personal API token as `Authorization: Bearer kdr_…`.',
};

/** Import uploads may be large; everything else is small JSON. */
const IMPORT_PATH = '/api/import';

export function createServerApp({
  store,
  config,
  logger,
  mailer = null,
  clock = () => new Date(),
}: ServerDeps) {
  const app = new OpenAPIHono<ServerEnv>();
  app.onError((error, c) => respondWithError(c, error));
  app.notFound((c) =>
    c.json(
      errorBody(
        'route_not_found',
        `There is nothing at ${c.req.method} ${c.req.path}. The API is described at /api/openapi.json.`,
      ),
      404,
    ),
  );

  app.use('*', requestContext(store, logger, clock));
  app.use('*', hostCheck(allowedHostnames(config.publicUrl, config.host)));
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  const tooLarge = () => {
    throw payloadTooLarge();
  };
  const smallBodies = bodyLimit({ maxSize: config.bodyLimit, onError: tooLarge });
  const largeBodies = bodyLimit({ maxSize: config.importLimit, onError: tooLarge });
  // Only requests that carry a body are measured: wrapping a GET's (absent) body would
  // make the Node adapter build a full Request for nothing.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.path === IMPORT_PATH
        ? largeBodies(c, next)
        : smallBodies(c, next),
  );
  app.use('/api/*', csrfProtection(config.publicUrl));

  app.route('/', healthRoutes());
  app.route('/', calendarFileRoutes());
  app.route(
    '/api',
    authRoutes(
      config,
      rateLimit({ ...config.authRateLimit, trustProxy: config.trustProxy }),
      mailer !== null,
    ),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kindred_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: API_INFO, servers: [{ url: config.publicUrl }] });

  // Last: everything below needs a signed-in user, and its middleware covers /api/*.
  const api = createRouter();
  api.use('*', requireUser());
  companionRoutes(api, { publicUrl: config.publicUrl, mailer, mailFrom: config.mailFrom });
  app.route('/api', api);
  // The web app answers every other GET, so it comes after the API.
  if (config.webDir) app.route('/', webAppRoutes(config.webDir));
  return app;
}

export type ServerApp = ReturnType<typeof createServerApp>;
