/**
 * What a person may send to create or change a person. Shared by the CLI and the HTTP
 * API so both accept and reject exactly the same things. Dates arrive already as
 * `YYYY-MM-DD` (front ends turn "next friday" into a day first).
 */
import { CHANNEL_KINDS, isIsoDay, SENIORITIES } from '@kindred/core';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' });
const birthday = z
  .string()
  .refine((v) => isIsoDay(v) || /^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v), {
    message: 'must be YYYY-MM-DD, or --MM-DD when the year is unknown',
  });

export const channelInputSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  value: text(500),
  label: z.string().trim().max(50).nullable().default(null),
});

export const personFieldsSchema = z.object({
  name: text(200),
  organisation: text(200).nullable(),
  team: text(200).nullable(),
  role: text(200).nullable(),
  seniority: z.enum(SENIORITIES).nullable(),
  metHow: text(300).nullable(),
  metWhere: text(300).nullable(),
  metOn: day.nullable(),
  channels: z.array(channelInputSchema).max(50),
  tags: z.array(text(60)).max(100),
  /** Free text; normalised onto the taxonomy by the use case. */
  interests: z.array(text(100)).max(100),
  notes: z.string().max(20_000).nullable(),
  birthday: birthday.nullable(),
  photo: z.string().max(2_000_000).nullable(),
  preferredChannel: z.enum(CHANNEL_KINDS).nullable(),
  prefersAsync: z.boolean(),
  doNotContactUntil: day.nullable(),
  cadenceDays: z.number().int().min(1).max(730).nullable(),
});

export const newPersonSchema = personFieldsSchema.partial().required({ name: true });
export type NewPersonInput = z.input<typeof newPersonSchema>;

export const personChangesSchema = personFieldsSchema.partial();
export type PersonChanges = z.input<typeof personChangesSchema>;

/** Parses with a schema, turning every issue into a detail that names its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || what,
    message: issue.message,
  }));
  const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  throw new AppError('invalid_input', `The ${what} is not valid: ${summary}.`, details);
}

/** A meeting cannot be dated after today: that is a plan, not a memory. */
export function rejectFutureMeeting(metOn: string | null | undefined, day: string): void {
  if (metOn && metOn > day) {
    throw new AppError(
      'invalid_input',
      `--met-on: ${metOn} is after today (${day}). Note when you met once you have; for a meeting ahead, add an event.`,
      [{ field: 'metOn', message: 'in the future' }],
    );
  }
}
