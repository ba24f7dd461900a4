/**
 * What a member sends to start a group round (a title, the activities on offer or none
 * for "any shared interest", and how big the groups may be), and their answer to the
 * group they were placed in. Sizes stay within 4–8: fewer is a pair or trio, which the
 * one-to-one rounds already do; more is a crowd, which is what members here avoid.
 */
import { z } from 'zod';

export const GROUP_SIZE = { min: 4, max: 8, defaultMin: 4, defaultMax: 6 } as const;
export const GROUP_ROUND_TITLE = 'Activity groups';

const size = (which: string) =>
  z
    .number()
    .int(`the ${which} group size is a whole number of people`)
    .min(GROUP_SIZE.min, `groups have at least ${GROUP_SIZE.min} people`)
    .max(GROUP_SIZE.max, `groups have at most ${GROUP_SIZE.max} people`);

export const groupRoundInputSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'give the round a title, e.g. "Spring activity groups"')
      .max(120, 'keep the title under 120 characters')
      .optional(),
    activities: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'name an activity, e.g. "bouldering"')
          .max(80, 'keep each activity under 80 characters'),
      )
      .min(1, 'name at least one activity, or send null for any shared interest')
      .max(30, 'offer at most 30 activities')
      .nullable()
      .optional(),
    minSize: size('smallest').optional(),
    maxSize: size('largest').optional(),
  })
  .refine(
    (v) =>
      (v.minSize ?? GROUP_SIZE.defaultMin) <= (v.maxSize ?? Math.max(v.minSize ?? 0, GROUP_SIZE.defaultMax)),
    {
      message: 'the largest group size must be at least the smallest',
      path: ['maxSize'],
    },
  );
export type GroupRoundInput = z.input<typeof groupRoundInputSchema>;

export const groupResponseSchema = z.strictObject({
  response: z.enum(['accepted', 'declined'], { message: 'answer accepted or declined' }),
});
export type GroupResponseInput = z.input<typeof groupResponseSchema>;
