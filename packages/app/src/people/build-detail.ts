/** Validates and builds a detail; shared by `detail`, `add --detail` and event debriefs. */
import type { Detail } from '@kindred/core';
import { addDays, DETAIL_KINDS, isIsoDay } from '@kindred/core';
import { z } from 'zod';
import { newId, today, type UseCaseContext } from '../context.ts';
import { parseInput } from './person-input.schema.ts';

const day = z.string().refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' });

export const detailInputSchema = z.object({
  text: z.string().trim().min(1, 'say what they shared').max(2000),
  kind: z.enum(DETAIL_KINDS).default('fact'),
  happensOn: day.nullable().default(null),
  followUpOn: day.nullable().default(null),
});
export type DetailInput = z.input<typeof detailInputSchema>;

export function buildDetail(ctx: UseCaseContext, personId: string, input: DetailInput): Detail {
  const valid = parseInput(detailInputSchema, input, 'detail');
  return {
    id: newId(),
    personId,
    text: valid.text,
    kind: valid.kind,
    happensOn: valid.happensOn,
    // Something still to come is worth asking about the day after, unless told otherwise.
    followUpOn:
      valid.followUpOn ??
      (valid.happensOn && valid.happensOn >= today(ctx) ? addDays(valid.happensOn, 1) : null),
    followedUpAt: null,
    createdAt: ctx.now.toISOString(),
  };
}
