/**
 * A user's settings: who they are, where their days begin, and how much social energy
 * a week holds. Stored as JSON on the user row; parsed here so old or partial settings
 * always come back complete, with defaults filled in.
 */
import { INTERACTION_FORMS, isIsoDay, WEEKDAYS } from '@kindred/core';
import { z } from 'zod';

export const costSchema = z
  .number()
  .int('give a whole number of points')
  .min(0, 'a cost cannot be negative')
  .max(50, 'keep a cost at 50 points or less');

export const settingsSchema = z.object({
  /** Energy points a week holds; the plan never spends more. */
  weeklyBudget: z
    .number()
    .int('give the budget as a whole number of points')
    .min(1, 'give at least 1 point a week')
    .max(500, 'keep it under 500 points a week')
    .default(20),
  /** Days with no social plans at all. */
  quietDays: z.array(z.enum(WEEKDAYS)).default([]),
  /** Tuned costs per interaction form; forms left out use the defaults. */
  energyCosts: z.partialRecord(z.enum(INTERACTION_FORMS), costSchema).default({}),
  /** The user's own short introduction, used in openers. */
  pitch: z.string().max(600).nullable().default(null),
  /** Weekdays you are usually on site (office, venue): in-person gestures fit then. */
  onSiteWeekdays: z.array(z.enum(WEEKDAYS)).default([]),
  /** Particular days you will be on site, `YYYY-MM-DD`. */
  onSiteDays: z.array(z.string().refine(isIsoDay)).max(400).default([]),
  /** A small plan: at most this many actions on one day. */
  maxActionsPerDay: z
    .number()
    .int()
    .min(1, 'allow at least 1 step a day')
    .max(10, 'at most 10 steps a day')
    .default(3),
  /** About you, for your pitch and for matching interests. */
  profile: z
    .object({
      role: z.string().max(200).nullable().default(null),
      organisation: z.string().max(200).nullable().default(null),
      team: z.string().max(200).nullable().default(null),
      work: z.string().max(400).nullable().default(null),
      interests: z.array(z.string().max(100)).max(50).default([]),
      lookingFor: z.string().max(400).nullable().default(null),
    })
    .default({ role: null, organisation: null, team: null, work: null, interests: [], lookingFor: null }),
  /**
   * The weekly plan by email: off until the user asks for it, then sent once a week at
   * this weekday and hour in their own time zone.
   */
  emailDigest: z
    .object({
      enabled: z.boolean().default(false),
      weekday: z.enum(WEEKDAYS).default('mon'),
      hour: z
        .number()
        .int('give the hour as a whole number, 0 to 23')
        .min(0, 'give an hour from 0 to 23')
        .max(23, 'give an hour from 0 to 23')
        .default(8),
    })
    .default({ enabled: false, weekday: 'mon', hour: 8 }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Reads stored settings, keeping what is valid and defaulting the rest. */
export function readSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(input[key]);
    out[key] = parsed.success ? parsed.data : shape[key].parse(undefined);
  }
  return out as Settings;
}
