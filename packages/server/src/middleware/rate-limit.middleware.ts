/**
 * A fixed-window limit per client address, for sign-in and sign-up: enough for a person
 * who mistypes, too few for guessing passwords. Counts live in each process (so with
 * WORKERS=N, or N servers behind a load balancer, the limit is N times the setting).
 */

import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '@kindred/app';
import type { Context, MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../http/server-env.ts';

export function clientAddress(c: Context<ServerEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    // The last entry is the one our own proxy added; earlier ones the client can write.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests, app.request) have no socket.
    return 'local';
  }
}

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  trustProxy: boolean;
  /** What is counted: the client address by default. */
  key?: (c: Context<ServerEnv>) => string;
  /** What was done too often, for the message ("sign-in attempts from your address"). */
  what?: string;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<ServerEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = Date.now();
    const key = options.key ? options.key(c) : clientAddress(c, options.trustProxy);
    let entry = windows.get(key);
    if (!entry || now - entry.start >= options.windowMs) {
      entry = { start: now, count: 0 };
      windows.set(key, entry);
      // Forget finished windows now and then, so the map cannot grow without bound.
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
      }
    }
    entry.count += 1;
    if (entry.count > options.max) {
      const retryAfter = Math.ceil((entry.start + options.windowMs - now) / 1000);
      throw new AppError(
        'rate_limited',
        `Too many ${options.what ?? 'attempts from your address'}. Wait ${retryAfter} seconds, then try again.`,
        [],
        { retryAfter },
      );
    }
    return next();
  };
}
