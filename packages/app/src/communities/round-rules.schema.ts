/**
 * What an admin may send to set a community's rounds: when they run and by which rules,
 * and which two members are never paired (one's own manager, say).
 */
import { isValidTimeZone, ROUND_CADENCES, WEEKDAYS } from '@kindred/core';
import { z } from 'zod';

/** How long a pair is not matched again, unless the admin says otherwise. */
export const DEFAULT_REPEAT_WINDOW_DAYS = 90;

export const roundRulesInputSchema = z.strictObject({
  cadence: z
    .enum(ROUND_CADENCES, { message: `cadence must be one of ${ROUND_CADENCES.join(', ')}` })
    .optional(),
  weekday: z.enum(WEEKDAYS, { message: `weekday must be one of ${WEEKDAYS.join(', ')}` }).optional(),
  hour: z.number().int('a whole hour, 0 to 23').min(0, 'from 0').max(23, 'up to 23').optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, {
      message: 'must be an IANA time zone such as Europe/London or America/New_York',
    })
    .optional(),
  crossTeamOnly: z.boolean().optional(),
  repeatWindowDays: z
    .number()
    .int('a whole number of days')
    .min(0, '0 allows a pair to meet again in the very next round')
    .max(730, 'at most 730 days (two years)')
    .optional(),
});
export type RoundRulesInput = z.input<typeof roundRulesInputSchema>;

export const exclusionInputSchema = z.strictObject({
  userIds: z
    .array(z.string().min(1).max(100))
    .min(2, 'name exactly two members: the pair to keep apart')
    .max(2, 'name exactly two members: the pair to keep apart'),
});
export type ExclusionInput = z.input<typeof exclusionInputSchema>;

export const matchResponseSchema = z.strictObject({
  response: z.enum(['accepted', 'declined', 'postponed'], {
    message: 'answer accepted, declined or postponed',
  }),
});
export type MatchResponseInput = z.input<typeof matchResponseSchema>;

export const matchFeedbackSchema = z.strictObject({
  met: z.boolean({ message: 'say whether you met: true or false' }),
  meetAgain: z.boolean().nullable().optional(),
});
export type MatchFeedbackInput = z.input<typeof matchFeedbackSchema>;
