/**
 * Accounts: the first visit to an embedded install claims the CLI's local owner (one
 * person, one set of data); later sign-ups make new users when the server allows it.
 * Sessions are random tokens the browser holds in a cookie; only their hash is kept.
 */
import { isValidTimeZone } from '@kindred/core';
import type { Store, UserRecord } from '@kindred/store';
import { z } from 'zod';
import { removeAccountFromCommunities } from '../communities/community.service.ts';
import { newId } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { readSettings } from '../settings/settings.schema.ts';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** What account use cases run with: there is no signed-in owner yet. */
export interface SystemContext {
  readonly store: Store;
  readonly now: Date;
}

export const SESSION_DAYS = 30;

const email = z
  .email({ message: 'must be an email address such as sam@example.com' })
  .max(320)
  .transform((v) => v.trim().toLowerCase());
const password = z.string().min(10, 'use at least 10 characters').max(200, 'use at most 200 characters');

export const signUpSchema = z.strictObject({
  email,
  password,
  displayName: z.string().trim().min(1).max(200),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/London' })
    .optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: z.string().trim().max(320),
  password: z.string().max(200),
});
export type SignInInput = z.input<typeof signInSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: password,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const deleteAccountSchema = z.strictObject({ password: z.string().max(200) });

export interface Account {
  id: string;
  email: string | null;
  displayName: string;
  timeZone: string;
  createdAt: string;
}

export interface SignedIn {
  account: Account;
  /** The session secret, for the cookie; shown once, stored only as a hash. */
  sessionToken: string;
  expiresAt: string;
}

const present = (user: UserRecord): Account => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  timeZone: user.timeZone,
  createdAt: user.createdAt,
});

/** Whether the first visitor still has to create the owner account. */
export async function setupStatus(ctx: SystemContext): Promise<{ needsOwner: boolean }> {
  return { needsOwner: !(await ctx.store.repos.users.anyWithPassword()) };
}

async function startSession(ctx: SystemContext, user: UserRecord): Promise<SignedIn> {
  const sessionToken = newSecret('session');
  const createdAt = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await ctx.store.repos.sessions.insert({
    tokenHash: hashSecret(sessionToken),
    userId: user.id,
    createdAt,
    expiresAt,
  });
  return { account: present(user), sessionToken, expiresAt };
}

/**
 * @param allowNewAccounts whether anyone may sign up once the owner exists (a company
 *   server: yes; a laptop install: no, it is one person's notebook)
 */
export async function signUp(
  ctx: SystemContext,
  input: SignUpInput,
  options: { allowNewAccounts: boolean },
): Promise<SignedIn> {
  const valid = parseInput(signUpSchema, input, 'sign-up');
  const passwordHash = await hashPassword(valid.password);
  const at = ctx.now.toISOString();
  const user = await ctx.store
    .transaction(async (repos) => {
      if (await repos.users.byEmail(valid.email)) throw emailTaken(valid.email);
      const first = !(await repos.users.anyWithPassword());
      const localOwner = first ? await repos.users.first() : undefined;
      if (!first && !options.allowNewAccounts) {
        throw new AppError(
          'signup_closed',
          'Sign-up is closed: this Kindred already has its owner. Whoever runs it can set ALLOW_SIGNUP=true to let others join.',
        );
      }
      // The first account on an install that the CLI has already used is that same user.
      const claiming = localOwner !== undefined && !localOwner.email;
      const record: UserRecord =
        localOwner && claiming
          ? {
              ...localOwner,
              email: valid.email,
              displayName: valid.displayName,
              timeZone: valid.timeZone ?? localOwner.timeZone,
              updatedAt: at,
            }
          : {
              id: newId(),
              displayName: valid.displayName,
              email: valid.email,
              // The web app sends the browser's zone; a script that says nothing gets UTC.
              timeZone: valid.timeZone ?? 'UTC',
              settings: readSettings({}),
              createdAt: at,
              updatedAt: at,
            };
      if (claiming) {
        // Only while nobody has claimed it: two first visitors at once cannot both win.
        if (!(await repos.users.claimOwner(record, passwordHash))) throw ownerJustClaimed();
      } else {
        await repos.users.insert(record);
        await repos.users.setPassword(record.id, passwordHash, at);
      }
      return record;
    })
    .catch((error: unknown) => {
      // Another sign-up with the same email committed first.
      if (!(error instanceof AppError) && /unique|duplicate/i.test(String((error as Error)?.message))) {
        throw emailTaken(valid.email);
      }
      throw error;
    });
  return startSession(ctx, user);
}

const emailTaken = (email: string) =>
  new AppError('email_taken', `An account for ${email} already exists. Sign in instead.`, [
    { field: 'body.email', message: 'already registered' },
  ]);

const ownerJustClaimed = () =>
  new AppError(
    'signup_closed',
    'Someone signed up as the owner a moment ago. If that was you, sign in; otherwise whoever runs this Kindred can set ALLOW_SIGNUP=true.',
  );

const BAD_CREDENTIALS = () =>
  new AppError(
    'invalid_credentials',
    'That email and password do not match an account. Check both and try again.',
  );

export async function signIn(ctx: SystemContext, input: SignInInput): Promise<SignedIn> {
  const valid = parseInput(signInSchema, input, 'sign-in');
  const user = await ctx.store.repos.users.byEmail(valid.email.toLowerCase());
  // The same work whether or not the account exists, so timing tells nothing.
  const ok = await verifyPassword(valid.password, user?.passwordHash ?? DECOY_HASH);
  if (!user?.passwordHash || !ok) throw BAD_CREDENTIALS();
  return startSession(ctx, user);
}

export async function signOut(ctx: SystemContext, sessionToken: string): Promise<void> {
  await ctx.store.repos.sessions.delete(hashSecret(sessionToken));
}

export async function getAccount(ctx: SystemContext, userId: string): Promise<Account> {
  const user = await ctx.store.repos.users.get(userId);
  if (!user) throw new AppError('unauthenticated', 'This account no longer exists. Sign in again.');
  return present(user);
}

async function checkPassword(
  ctx: SystemContext,
  userId: string,
  given: string,
  field: string,
): Promise<void> {
  const stored = await ctx.store.repos.users.passwordHash(userId);
  if (!stored || !(await verifyPassword(given, stored))) {
    // Not 401: the caller is signed in; only this confirmation failed.
    throw new AppError('password_incorrect', 'That password is not right. Nothing was changed.', [
      { field: `body.${field}`, message: 'does not match' },
    ]);
  }
}

/** Changes the password and signs out every other session. */
export async function changePassword(
  ctx: SystemContext,
  userId: string,
  input: ChangePasswordInput,
  currentSessionToken?: string,
): Promise<void> {
  const valid = parseInput(changePasswordSchema, input, 'password change');
  await checkPassword(ctx, userId, valid.currentPassword, 'currentPassword');
  const hash = await hashPassword(valid.newPassword);
  await ctx.store.transaction(async (repos) => {
    await repos.users.setPassword(userId, hash, ctx.now.toISOString());
    await repos.sessions.deleteForUser(
      userId,
      currentSessionToken ? hashSecret(currentSessionToken) : undefined,
    );
  });
}

/**
 * Deletes the account and everything it owns. Every table's rows hang off the user
 * with a cascading foreign key, so one delete removes them all in one transaction;
 * communities are tidied first (see removeAccountFromCommunities): one it was alone in
 * goes too, one it was the only admin of gets a new admin.
 */
export async function deleteAccount(
  ctx: SystemContext,
  userId: string,
  input: { password: string },
): Promise<void> {
  const valid = parseInput(deleteAccountSchema, input, 'account deletion');
  await checkPassword(ctx, userId, valid.password, 'password');
  await ctx.store.transaction(async (repos) => {
    await removeAccountFromCommunities(repos, userId);
    await repos.users.delete(userId);
  });
}

/** Expired sessions are only clutter; the server sweeps them now and then. */
export async function sweepSessions(ctx: SystemContext): Promise<number> {
  return ctx.store.repos.sessions.deleteExpired(ctx.now.toISOString());
}
