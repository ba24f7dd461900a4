/** Who is calling: a browser with a session cookie, or a script with a personal API token. */
import { localDate } from '@kindred/core';
import type { UseCaseContext } from '../context.ts';
import type { SystemContext } from './account.service.ts';
import { hashSecret, looksLike } from './secrets.ts';

export interface Caller {
  userId: string;
  /** The user's zone, so "today" is theirs without another read. */
  timeZone: string;
  via: 'session' | 'token';
}

export async function callerBySession(ctx: SystemContext, token: string): Promise<Caller | null> {
  if (!looksLike('session', token)) return null;
  const found = await ctx.store.repos.sessions.userFor(hashSecret(token), ctx.now.toISOString());
  return found ? { ...found, via: 'session' } : null;
}

export async function callerByApiToken(ctx: SystemContext, token: string): Promise<Caller | null> {
  if (!looksLike('api', token)) return null;
  const record = await ctx.store.repos.apiTokens.callerByHash(hashSecret(token));
  if (!record) return null;
  // At most one write a token a day: a busy script must not turn every read into a write.
  const day = localDate(ctx.now, 'UTC');
  if (record.lastUsedOn !== day) await ctx.store.repos.apiTokens.touch(record.id, day);
  return { userId: record.userId, timeZone: record.timeZone, via: 'token' };
}

/** The use-case context for a caller just authenticated. */
export function contextForCaller(ctx: SystemContext, caller: Caller): UseCaseContext {
  return { store: ctx.store, ownerId: caller.userId, now: ctx.now, timeZone: caller.timeZone };
}

/** The use-case context for a user at `now`, in their own time zone. */
export async function contextForUser(ctx: SystemContext, userId: string): Promise<UseCaseContext | null> {
  const user = await ctx.store.repos.users.get(userId);
  return user ? { store: ctx.store, ownerId: user.id, now: ctx.now, timeZone: user.timeZone } : null;
}
