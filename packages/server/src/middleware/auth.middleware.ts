/**
 * Who is calling. Scripts send a personal API token as `Authorization: Bearer`; the web
 * app holds a session token in an HttpOnly cookie. Every route behind this middleware
 * runs as that user and sees only that user's rows.
 */
import { AppError, callerByApiToken, callerBySession, contextForCaller } from '@kindred/app';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServerEnv } from '../http/server-env.ts';

export const SESSION_COOKIE = 'kindred_session';

function bearer(c: Context<ServerEnv>): string | null {
  const header = c.req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AppError(
      'unauthenticated',
      'The Authorization header must be "Bearer" followed by an API token.',
      [{ field: 'authorization', message: 'malformed' }],
    );
  }
  return match[1];
}

export function requireUser(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    // c.get, not c.var: reading c.var copies every variable of the request into an object.
    const sys = c.get('sys');
    const token = bearer(c);
    const session = token ? null : (getCookie(c, SESSION_COOKIE) ?? null);
    const caller = token
      ? await callerByApiToken(sys, token)
      : session
        ? await callerBySession(sys, session)
        : null;
    if (!caller) {
      if (token)
        throw new AppError(
          'unauthenticated',
          'That API token is not valid (revoked, or mistyped). Sign in and create a new one with POST /api/tokens.',
        );
      throw new AppError('unauthenticated', 'Sign in first: this needs your account.');
    }
    c.set('caller', caller);
    c.set('ctx', contextForCaller(sys, caller));
    c.set('sessionToken', caller.via === 'session' ? session : null);
    await next();
  };
}

export function setSessionCookie(
  c: Context<ServerEnv>,
  token: string,
  expiresAt: string,
  secure: boolean,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context<ServerEnv>, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
