/** Reading and changing the owner's profile and settings. */
import { DEFAULT_ENERGY_COSTS, INTERACTION_FORMS, isValidTimeZone } from '@kindred/core';
import type { UserRecord } from '@kindred/store';
import { z } from 'zod';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { costSchema, readSettings, type Settings, settingsSchema } from './settings.schema.ts';

export interface ProfileAndSettings {
  displayName: string;
  email: string | null;
  timeZone: string;
  settings: Settings;
  /** Every form's cost as it applies now (tuned or default). */
  effectiveCosts: typeof DEFAULT_ENERGY_COSTS;
}

export const settingsChangesSchema = settingsSchema.partial().extend({
  /** A cost set to null goes back to the default (and follows it if the default changes). */
  energyCosts: z.partialRecord(z.enum(INTERACTION_FORMS), costSchema.nullable()).optional(),
  displayName: z.string().trim().min(1).max(200).optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, {
      message: 'must be an IANA time zone such as Europe/London or America/New_York',
    })
    .optional(),
});
export type SettingsChanges = z.input<typeof settingsChangesSchema>;

async function owner(ctx: UseCaseContext): Promise<UserRecord> {
  const user = await ctx.store.repos.users.get(ctx.ownerId);
  if (!user) throw new AppError('invalid_input', 'This account no longer exists.');
  return user;
}

function present(user: UserRecord): ProfileAndSettings {
  const settings = readSettings(user.settings);
  return {
    displayName: user.displayName,
    email: user.email,
    timeZone: user.timeZone,
    settings,
    effectiveCosts: { ...DEFAULT_ENERGY_COSTS, ...settings.energyCosts },
  };
}

export async function getSettings(ctx: UseCaseContext): Promise<ProfileAndSettings> {
  return present(await owner(ctx));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies only what the caller sent, at every depth: changing your role keeps your
 * interests, tuning one cost keeps the others, moving the digest's hour keeps it on.
 * (Zod fills defaults even in a partial schema, so the parsed value alone would reset
 * fields that were never sent.)
 */
function mergeSent(current: Record<string, unknown>, parsed: Record<string, unknown>, sent: unknown) {
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(parsed)) {
    const given = isRecord(sent) ? sent[key] : undefined;
    if (given === undefined || value === undefined) continue;
    out[key] = isRecord(value) && isRecord(current[key]) ? mergeSent(current[key], value, given) : value;
  }
  return out;
}

/** Drops the costs sent as null, so those forms use the default cost again. */
function withoutResetCosts(settings: Record<string, unknown>): Settings {
  const costs = isRecord(settings.energyCosts) ? settings.energyCosts : {};
  const kept = Object.fromEntries(Object.entries(costs).filter(([, cost]) => cost !== null));
  return { ...settings, energyCosts: kept } as Settings;
}

export async function updateSettings(
  ctx: UseCaseContext,
  changes: SettingsChanges,
): Promise<ProfileAndSettings> {
  const parsed = parseInput(settingsChangesSchema, changes, 'settings change');
  const { displayName, timeZone, ...settingChanges } = parsed;
  // Read and write in one transaction, so two changes at once both land.
  const updated = await ctx.store.transaction(async (repos) => {
    const user = await repos.users.get(ctx.ownerId);
    if (!user) throw new AppError('invalid_input', 'This account no longer exists.');
    const next: UserRecord = {
      ...user,
      displayName: displayName ?? user.displayName,
      timeZone: timeZone ?? user.timeZone,
      settings: withoutResetCosts(mergeSent(readSettings(user.settings), settingChanges, changes)),
      updatedAt: ctx.now.toISOString(),
    };
    await repos.users.update(next);
    return next;
  });
  return present(updated);
}
