/**
 * Cross-site request forgery: a page elsewhere must not be able to make a signed-in
 * browser change anything here. Browsers say where a request comes from (`Origin`, and
 * `Sec-Fetch-Site`); a write that declares another site is refused. Requests with an
 * API token are exempt (a browser never adds that header by itself), and a client that
 * sends neither header is not a browser, so it cannot be tricked into a forged request.
 * SameSite=Lax cookies are the second fence.
 */
import { AppError } from '@kindred/app';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../http/server-env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfProtection(publicUrl: string): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || /^Bearer\s/i.test(c.req.header('authorization') ?? '')) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const own = new URL(c.req.url).origin;
    const crossOrigin = origin !== undefined && origin !== own && origin !== publicUrl;
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
    if (crossOrigin || crossSite) {
      throw new AppError(
        'csrf_rejected',
        'This request came from another site, so it was refused. Use Kindred from its own address, or a script with an API token.',
        [{ field: origin ? 'origin' : 'sec-fetch-site', message: `cross-site: ${origin ?? site}` }],
      );
    }
    return next();
  };
}
