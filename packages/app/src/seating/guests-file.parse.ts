/**
 * Reading `guests.json` for seat rotations: the guests (ids and names) and the host's
 * rules (keep together, keep apart, pinned seats), plus an optional title and course
 * names for the place cards. The format is documented in docs/seating.md. Shape errors
 * name the guest (position and id) and the field; rules that contradict each other are
 * left to the engine's validation, which knows the tables and rounds.
 */

import type { RotationRequest, SeatingConstraints, SeatingGuest } from '@kindred/core';
import { z } from 'zod';
import {
  describeIssues,
  duplicateIdErrors,
  readJson,
  type SeatingFileResult,
} from './seating-file.errors.ts';

const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `must be ${what}`;

const text = z
  .string({ error: missingOr('text') })
  .trim()
  .min(1, { error: 'must not be empty' });
/** Ids may be written as numbers (1, 2, 3); they are read as text. */
const id = z
  .union([text, z.number({ error: missingOr('text or a number') })], { error: missingOr('text or a number') })
  .transform((v) => String(v));
const ids = z
  .array(id, { error: missingOr('a list of guest ids') })
  .min(2, { error: 'must name at least two guests' });
const whole = (what: string) =>
  z
    .number({ error: missingOr(what) })
    .int({ error: `must be ${what}` })
    .min(1, { error: `must be ${what}` });

const strict = <T extends z.core.$ZodLooseShape>(shape: T, fields: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (the fields are ${fields})`
        : issue.input === undefined
          ? 'is missing'
          : `must be an object with ${fields}`,
  });

const guestSchema = strict({ id, name: text.optional() }, 'id and name');
const keepTogetherSchema = strict(
  {
    guests: ids,
    mode: z.enum(['first-round', 'always'], { error: 'must be "first-round" or "always"' }).default('always'),
  },
  'guests and mode',
);
const keepApartSchema = strict({ guests: ids }, 'guests');
const pinSchema = strict(
  {
    guest: id,
    table: whole('a table number (1 or more)'),
    rounds: z
      .array(whole('a round number (1 or more)'), { error: 'must be a list of round numbers' })
      .optional(),
  },
  'guest, table and rounds',
);

const guestsFileSchema = strict(
  {
    title: text.optional(),
    roundNames: z.array(text, { error: 'must be a list of names' }).optional(),
    guests: z
      .array(guestSchema, { error: missingOr('a list of guests') })
      .min(1, { error: 'must list at least one guest' }),
    keepTogether: z.array(keepTogetherSchema, { error: 'must be a list of rules' }).optional(),
    keepApart: z.array(keepApartSchema, { error: 'must be a list of rules' }).optional(),
    pinned: z.array(pinSchema, { error: 'must be a list of pins' }).optional(),
  },
  'title, roundNames, guests, keepTogether, keepApart and pinned',
);

/** A guests file once read: guests with names, the rules, and the printing extras. */
export interface GuestsFile {
  title?: string;
  roundNames?: string[];
  guests: SeatingGuest[];
  constraints: Required<SeatingConstraints>;
}

/**
 * Parses the text of a guests file. A bare list of guests is accepted too. Errors name
 * the guest's position and id and the field at fault; duplicate ids are reported here.
 */
export function parseGuestsFile(textContent: string): SeatingFileResult<GuestsFile> {
  const json = readJson(textContent, 'guests file');
  if (!json.ok) return { ok: false, errors: [json.error] };
  const raw = Array.isArray(json.value) ? { guests: json.value } : json.value;
  const parsed = guestsFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, errors: describeIssues(parsed.error.issues, json.value, 'guests') };
  const data = parsed.data;
  const errors = duplicateIdErrors(data.guests, 'guests', 'guest');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(data.title !== undefined ? { title: data.title } : {}),
      ...(data.roundNames !== undefined ? { roundNames: data.roundNames } : {}),
      guests: data.guests.map((g) => ({ id: g.id, name: g.name ?? g.id })),
      constraints: {
        keepTogether: data.keepTogether ?? [],
        keepApart: data.keepApart ?? [],
        pinned: (data.pinned ?? []).map((p) => ({
          guest: p.guest,
          table: p.table,
          ...(p.rounds !== undefined ? { rounds: p.rounds } : {}),
        })),
      },
    },
  };
}

/** The engine request for a parsed file, with tables and rounds from the command line. */
export function rotationRequestFrom(
  file: GuestsFile,
  options: Omit<RotationRequest, 'guests' | 'constraints'>,
): RotationRequest {
  return { ...options, guests: file.guests, constraints: file.constraints };
}

/** Guests named "Guest 1" … "Guest N" with ids "1" … "N", for `kindred seat --guests N`. */
export function numberedGuests(count: number): SeatingGuest[] {
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1), name: `Guest ${i + 1}` }));
}
