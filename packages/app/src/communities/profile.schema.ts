/**
 * A member's community profile as they send it: what they enjoy, where and when they
 * are free, how and how often they like to meet, what they are open to, a short intro,
 * and who may see each of those. Every field is optional on the way in, so a member can
 * save a little now and more later; what is not sent keeps its stored (or default) value.
 */
import { isValidTimeZone, OPEN_TO, WEEKDAYS } from '@kindred/core';
import { z } from 'zod';

export const MEETING_FORMATS = ['coffee', 'walk', 'video-call', 'lunch', 'group-activity'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const MATCH_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;
export type MatchFrequency = (typeof MATCH_FREQUENCIES)[number];

/** Ordered from least to most senior; the pairing engine reads the position. */
export const SENIORITY_CHOICES = ['early-career', 'mid-level', 'senior', 'lead', 'executive'] as const;
export type SeniorityLevel = (typeof SENIORITY_CHOICES)[number];

/**
 * Who sees a field: every member, only the people you are matched with, or nobody
 * (the field still helps the pairing, it is just never shown).
 */
export const VISIBILITY_LEVELS = ['members', 'matches', 'nobody'] as const;
export type Visibility = (typeof VISIBILITY_LEVELS)[number];

/** The fields that carry a visibility choice. Frequency and pausing are never shown to anyone. */
export const SHAREABLE_FIELDS = [
  'interests',
  'team',
  'seniority',
  'location',
  'timeZone',
  'availability',
  'formats',
  'openTo',
  'intro',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];
export type VisibilityMap = Record<ShareableField, Visibility>;

/**
 * What a new profile shares. What people are like and how they like to meet is open to
 * the community; where and when they are free only to their matches; seniority to nobody,
 * because a level on show invites the wrong kind of comparison.
 */
export const DEFAULT_VISIBILITY: Readonly<VisibilityMap> = Object.freeze({
  interests: 'members',
  team: 'members',
  seniority: 'nobody',
  location: 'matches',
  timeZone: 'matches',
  availability: 'matches',
  formats: 'members',
  openTo: 'members',
  intro: 'members',
});

const clock = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const time = (what: string) =>
  z.string().regex(clock, `the ${what} time must look like 09:30 (24-hour clock; 24:00 for midnight)`);

export const availabilityWindowSchema = z
  .strictObject({
    day: z.enum(WEEKDAYS, { message: `day must be one of ${WEEKDAYS.join(', ')}` }),
    start: time('start'),
    end: time('end'),
  })
  .refine((w) => w.start < w.end, { message: 'each window must end after it starts', path: ['end'] });

const optionalText = (max: number, example: string) =>
  z
    .string()
    .trim()
    .max(max, `keep it under ${max} characters, e.g. "${example}"`)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

const day = z.iso.date({ message: 'must be a day written YYYY-MM-DD, e.g. 2027-01-15' });

export const profileInputSchema = z.strictObject({
  interests: z
    .array(z.string().trim().min(1, 'an interest cannot be blank').max(100))
    .max(50, 'at most 50 interests: pick the ones you would enjoy talking about')
    .optional(),
  team: optionalText(120, 'Platform'),
  seniority: z.enum(SENIORITY_CHOICES).nullable().optional(),
  location: optionalText(120, 'Lisbon office'),
  timeZone: z
    .string()
    .refine(isValidTimeZone, {
      message: 'must be an IANA time zone such as Europe/London or America/New_York',
    })
    .nullable()
    .optional(),
  availability: z.array(availabilityWindowSchema).max(42, 'at most 42 windows (six a day)').optional(),
  formats: z.array(z.enum(MEETING_FORMATS)).max(MEETING_FORMATS.length).optional(),
  frequency: z.enum(MATCH_FREQUENCIES).optional(),
  paused: z.boolean().optional(),
  pausedUntil: day.nullable().optional(),
  openTo: z
    .array(z.enum(OPEN_TO))
    .min(1, 'choose at least one: peer, mentor or mentee')
    .max(OPEN_TO.length)
    .optional(),
  intro: optionalText(600, 'I run the data team and bake sourdough at weekends'),
  visibility: z
    .strictObject(
      Object.fromEntries(SHAREABLE_FIELDS.map((f) => [f, z.enum(VISIBILITY_LEVELS).optional()])) as Record<
        ShareableField,
        z.ZodOptional<z.ZodEnum<{ [K in Visibility]: K }>>
      >,
    )
    .optional(),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
export type ValidProfileInput = z.output<typeof profileInputSchema>;
