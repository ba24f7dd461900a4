/**
 * Drafts outside the plan: your own pitch, drafted from your profile, and a kind way to
 * say no to an invitation, with an alternative.
 */
import type { Draft } from '@kindred/core';
import { draftMessage, draftPitch } from '@kindred/core';
import { settingsOf, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { resolvePerson } from '../people/resolve-person.service.ts';

async function owner(ctx: UseCaseContext) {
  const user = await ctx.store.repos.users.get(ctx.ownerId);
  if (!user) throw new AppError('invalid_input', 'This account no longer exists.');
  return user;
}

export async function draftMyPitch(ctx: UseCaseContext, seed?: string): Promise<string> {
  const user = await owner(ctx);
  const { profile } = settingsOf(user);
  return draftPitch(
    {
      name: user.displayName,
      role: profile.role,
      organisation: profile.organisation,
      work: profile.work,
      enjoys: profile.interests,
      lookingFor: profile.lookingFor,
    },
    seed ?? today(ctx),
  );
}

export async function draftDecline(
  ctx: UseCaseContext,
  ref: string,
  what: string,
  alternative: string | null,
  seed?: string,
): Promise<Draft> {
  if (!what.trim()) {
    throw new AppError('invalid_input', 'Say what you are declining, e.g. --what "the Thursday dinner".', [
      { field: 'what', message: 'empty' },
    ]);
  }
  const user = await owner(ctx);
  const person = await resolvePerson(ctx, ref);
  const email = person.preferredChannel === 'email';
  return draftMessage(
    {
      kind: 'decline',
      channel: email ? 'email' : 'message',
      me: { name: user.displayName, pitch: settingsOf(user).pitch },
      person: { name: person.name, organisation: person.organisation, seniority: person.seniority },
      sharedInterests: [],
      lastTopic: null,
      decline: { what: what.trim(), alternative: alternative?.trim() || null },
    },
    seed ?? `${today(ctx)}:${person.id}`,
  );
}
