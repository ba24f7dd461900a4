/**
 * The web app's built files (packages/web/dist). Hashed assets are cached for good; every
 * other address that is not the API gets index.html, so the browser's router can show
 * the page (a reload on /people/… works). index.html is never cached, so a new build is
 * picked up on the next visit. When the app has not been built, `/` says how to build it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import type { ServerEnv } from '../http/server-env.ts';

/** Scripts and styles only from here; the app makes no request elsewhere. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Charts set inline styles on the elements they draw.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kindred</title></head>
<body><main><h1>Kindred's web app has not been built yet</h1>
<p>The server and its API are running. Build the web app with <code>npm run build</code>, then reload this page.</p>
<p>The API is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p></main></body></html>`;

export function webAppRoutes(webDir: string) {
  const app = new Hono<ServerEnv>();
  const indexFile = join(webDir, 'index.html');
  const built = existsSync(indexFile);
  // Read once: it is small and changes only with a new build (and a restart).
  const indexHtml = built ? readFileSync(indexFile, 'utf8') : NOT_BUILT;

  const page = (c: Context<ServerEnv>) => {
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml, built ? 200 : 503);
  };

  if (built) {
    // Asset names carry a hash of their content, so a cached copy can never be stale.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root: webDir }));
    app.get('/favicon.svg', serveStatic({ root: webDir }));
  }
  app.get('/assets/*', (c) =>
    c.text('No such file in the web app. Reload the page to get the current version.', 404),
  );
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') || c.req.path === '/api' ? next() : page(c)));
  return app;
}
