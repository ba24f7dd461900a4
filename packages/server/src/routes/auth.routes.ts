/** Accounts: first-run setup, sign up, sign in and out, the password, deleting it all. */

import { createRoute, z } from '@hono/zod-openapi';
import {
  changePassword,
  changePasswordSchema,
  deleteAccount,
  deleteAccountSchema,
  getAccount,
  setupStatus,
  signIn,
  signInSchema,
  signOut,
  signUp,
  signUpSchema,
} from '@kindred/app';
import type { MiddlewareHandler } from 'hono';
import type { ServerConfig } from '../config/server-config.ts';
import { createRouter } from '../http/api-app.ts';
import type { ServerEnv } from '../http/server-env.ts';
import { clearSessionCookie, requireUser, setSessionCookie } from '../middleware/auth.middleware.ts';
import { AUTHED_ERRORS, Done, errors, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string(),
    timeZone: z.string(),
    createdAt: z.string(),
  })
  .openapi('Account');

const SignedInSchema = z.object({ account: AccountSchema, expiresAt: z.string() });

export function authRoutes(
  config: ServerConfig,
  limiter: MiddlewareHandler<ServerEnv>,
  emailConfigured: boolean,
) {
  const app = createRouter();
  const secure = config.secureCookies;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/setup',
      tags: ['account'],
      summary: 'Whether the first visitor still has to create the owner account',
      responses: {
        200: ok(
          z.object({
            needsOwner: z.boolean(),
            signUpOpen: z.boolean(),
            emailConfigured: z
              .boolean()
              .openapi({ description: 'Whether this server can send email (SMTP_URL is set).' }),
          }),
          'Setup state',
        ),
      },
    }),
    async (c) => {
      const { needsOwner } = await setupStatus(c.var.sys);
      return c.json({ needsOwner, signUpOpen: needsOwner || config.allowSignUp, emailConfigured }, 200);
    },
  );

  app.use('/auth/signup', limiter);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signup',
      tags: ['account'],
      summary: 'Create an account (on a fresh install: the owner) and sign in',
      request: jsonBody(signUpSchema),
      responses: {
        201: ok(SignedInSchema, 'Signed up and signed in'),
        ...errors(400, 403, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const signed = await signUp(c.var.sys, c.req.valid('json'), { allowNewAccounts: config.allowSignUp });
      setSessionCookie(c, signed.sessionToken, signed.expiresAt, secure);
      return c.json({ account: signed.account, expiresAt: signed.expiresAt }, 201);
    },
  );

  app.use('/auth/signin', limiter);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signin',
      tags: ['account'],
      summary: 'Sign in with email and password; sets the session cookie',
      request: jsonBody(signInSchema),
      responses: { 200: ok(SignedInSchema, 'Signed in'), ...errors(400, 401, 403, 413, 415, 429) },
    }),
    async (c) => {
      const signed = await signIn(c.var.sys, c.req.valid('json'));
      setSessionCookie(c, signed.sessionToken, signed.expiresAt, secure);
      return c.json({ account: signed.account, expiresAt: signed.expiresAt }, 200);
    },
  );

  app.use('/auth/signout', requireUser());
  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signout',
      tags: ['account'],
      summary: 'Sign out this browser',
      security: SECURITY,
      responses: { 200: ok(Done, 'Signed out'), ...errors(401, 403) },
    }),
    async (c) => {
      if (c.var.sessionToken) await signOut(c.var.sys, c.var.sessionToken);
      clearSessionCookie(c, secure);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.use('/account', requireUser());
  app.use('/account/*', requireUser());
  app.openapi(
    createRoute({
      method: 'get',
      path: '/account',
      tags: ['account'],
      summary: 'Who is signed in',
      security: SECURITY,
      responses: { 200: ok(AccountSchema, 'The account'), ...errors(401) },
    }),
    async (c) => c.json(await getAccount(c.var.sys, c.var.caller.userId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/account/password',
      tags: ['account'],
      summary: 'Change the password; signs out every other session',
      security: SECURITY,
      request: jsonBody(changePasswordSchema),
      responses: { 200: ok(Done, 'Changed'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      await changePassword(
        c.var.sys,
        c.var.caller.userId,
        c.req.valid('json'),
        c.var.sessionToken ?? undefined,
      );
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/account/delete',
      tags: ['account'],
      summary: 'Delete the account and every record it owns (asks for the password)',
      security: SECURITY,
      request: jsonBody(deleteAccountSchema),
      responses: { 200: ok(Done, 'Deleted'), ...errors(...AUTHED_ERRORS) },
    }),
    async (c) => {
      await deleteAccount(c.var.sys, c.var.caller.userId, c.req.valid('json'));
      clearSessionCookie(c, secure);
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
