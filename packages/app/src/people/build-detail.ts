/** Validates and builds a detail; shared by `detail`, `add --detail` and event debriefs. */
import type { Detail } from '@kindred/core';
import { addDays, DETAIL_KINDS, isIsoDay } from '@kindred/core';
import { z } from 'zod';
import { newId, today, type UseCaseContext } from '../context.ts';
import { dayMentioned } from '../time/day-in-text.ts';
import { parseInput } from './person-input.schema.ts';

const day = z.string().refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' });

export const detailInputSchema = z.object({
  text: z.string().trim().min(1, 'say what they shared').max(2000),
  kind: z.enum(DETAIL_KINDS).default('fact'),
  /** Left out: the day named in the text, if any. Null: no particular day. */
  happensOn: day.nullable().optional(),
  followUpOn: day.nullable().default(null),
});
export type DetailInput = z.input<typeof detailInputSchema>;

/**
 * When to ask how it went: the day after something still to come; today for something
 * that happened in the last few weeks (it is not too late to ask); never for older news.
 */
function defaultFollowUp(happensOn: string | null, day: string): string | null {
  if (!happensOn) return null;
  if (happensOn >= day) return addDays(happensOn, 1);
  return happensOn >= addDays(day, -21) ? day : null;
}

/**
 * A detail ready to store. When no day is given (left out, not null), a day named in the
 * text itself counts ("starts school Monday"), so a one-line note still comes back at
 * the right time.
 */
export function buildDetail(ctx: UseCaseContext, personId: string, input: DetailInput): Detail {
  const valid = parseInput(detailInputSchema, input, 'detail');
  const happensOn = valid.happensOn === undefined ? dayMentioned(valid.text, today(ctx)) : valid.happensOn;
  return {
    id: newId(),
    personId,
    text: valid.text,
    kind: valid.kind,
    happensOn,
    followUpOn: valid.followUpOn ?? defaultFollowUp(happensOn, today(ctx)),
    followedUpAt: null,
    createdAt: ctx.now.toISOString(),
  };
}
