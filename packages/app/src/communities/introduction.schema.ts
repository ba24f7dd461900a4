/**
 * What a member sends to ask to meet someone, to propose an introduction between two
 * members, and to answer one. Answers are accept or decline only: no reason is asked.
 */
import { z } from 'zod';

export const ASK_LIMITS = { interests: 20, interestLength: 100, note: 500 } as const;
export const INTRODUCTION_NOTE_MAX = 1000;

export const askInputSchema = z.strictObject({
  interests: z
    .array(
      z
        .string()
        .max(ASK_LIMITS.interestLength, `each interest at most ${ASK_LIMITS.interestLength} characters`),
      { message: 'a list of interests, e.g. ["bouldering", "rust"]' },
    )
    .max(ASK_LIMITS.interests, `at most ${ASK_LIMITS.interests} interests`)
    .optional(),
  note: z.string().trim().max(ASK_LIMITS.note, `at most ${ASK_LIMITS.note} characters`).nullable().optional(),
});
export type AskInput = z.input<typeof askInputSchema>;

export const introductionInputSchema = z.strictObject({
  userIds: z
    .array(z.string().min(1).max(100))
    .min(2, 'name exactly two members: the two people to introduce')
    .max(2, 'name exactly two members: the two people to introduce'),
  note: z
    .string()
    .trim()
    .max(INTRODUCTION_NOTE_MAX, `at most ${INTRODUCTION_NOTE_MAX} characters`)
    .nullable()
    .optional(),
  askId: z.string().min(1).max(100).nullable().optional(),
});
export type IntroductionInput = z.input<typeof introductionInputSchema>;

export const introductionAnswerSchema = z.strictObject({
  answer: z.enum(['accepted', 'declined'], { message: 'answer accepted or declined' }),
});
export type IntroductionAnswerInput = z.input<typeof introductionAnswerSchema>;
