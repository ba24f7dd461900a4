/**
 * Answers only to the names Kindred is known by. A page on another site can make its own
 * name point at 127.0.0.1 (DNS rebinding); the browser then treats this server as that
 * site, sending its requests with that site's Host and Origin. Refusing unknown Host
 * names closes that door, which matters most before the owner has signed up, when the
 * first sign-up takes the whole companion.
 */
import { AppError } from '@kindred/app';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../http/server-env.ts';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

export function allowedHostnames(publicUrl: string, listenHost: string): Set<string> {
  const names = new Set([...LOOPBACK, new URL(publicUrl).hostname]);
  // A specific listening address is a name people may use; a wildcard is not.
  if (!['0.0.0.0', '::', '[::]'].includes(listenHost)) {
    names.add(listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost);
  }
  return names;
}

export function hostCheck(allowed: Set<string>): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const hostname = new URL(c.req.url).hostname;
    if (!allowed.has(hostname)) {
      throw new AppError(
        'host_rejected',
        `This server does not answer to the name "${hostname}". Use its own address; whoever runs it can set PUBLIC_URL to the name people use.`,
        [{ field: 'host', message: `unknown host name ${hostname}` }],
      );
    }
    return next();
  };
}
