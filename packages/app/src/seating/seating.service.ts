/**
 * Seat rotations and activity groups from files a host writes: reads and checks the
 * file, runs the engine, and turns every problem into an AppError that names the guest,
 * the field or the rule at fault.
 */
import type { ActivityGroupsPlan, GroupMember, RotationPlan, SeatingGuest } from '@kindred/core';
import {
  labelForKey,
  normaliseInterests,
  planActivityGroups,
  planRotation,
  SeatingError,
} from '@kindred/core';
import { AppError } from '../errors/app-error.ts';
import {
  type GuestsFile,
  numberedGuests,
  parseGuestsFile,
  rotationRequestFrom,
} from './guests-file.parse.ts';
import { parseMembersFile } from './members-file.parse.ts';
import type { SeatingFileError } from './seating-file.errors.ts';

function fileError(what: string, errors: SeatingFileError[]): AppError {
  return new AppError(
    'invalid_input',
    `The ${what} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: ${errors
      .slice(0, 10)
      .map((e) => e.message)
      .join(' ')}`,
    errors.map((e) => ({
      ...(e.path ? { field: e.path } : {}),
      ...(e.index ? { record: e.index } : {}),
      message: e.message,
    })),
  );
}

function engineError(error: unknown): never {
  if (error instanceof SeatingError) {
    throw new AppError(
      'invalid_input',
      error.issues.map((i) => i.message).join(' '),
      error.issues.map((i) => ({ field: i.code, message: i.message })),
    );
  }
  throw error;
}

export interface SeatingInput {
  /** A guests.json text, or a number of anonymous guests. */
  guests: { text: string } | { count: number };
  /** Seats per table, in table order. */
  tables?: number[];
  /** Equal tables of this size, as many as needed. */
  tableSize?: number;
  rounds: number;
  seed?: number | string;
  maxIterations?: number;
  shouldStop?: () => boolean;
}

export interface SeatingResult {
  plan: RotationPlan;
  guests: SeatingGuest[];
  title: string | null;
  roundNames: string[] | null;
}

function positive(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new AppError('invalid_input', `${field} must be a whole number above 0 (got ${value}).`, [
      { field, message: 'not a positive whole number' },
    ]);
  }
  return value;
}

export function planSeating(input: SeatingInput): SeatingResult {
  let file: GuestsFile;
  if ('count' in input.guests) {
    const count = positive(input.guests.count, '--guests') as number;
    file = { guests: numberedGuests(count), constraints: { keepTogether: [], keepApart: [], pinned: [] } };
  } else {
    const parsed = parseGuestsFile(input.guests.text);
    if (!parsed.ok) throw fileError('guests file', parsed.errors);
    file = parsed.value;
  }
  const rounds = positive(input.rounds, '--rounds') as number;
  let tables = input.tables;
  if (tables) {
    tables.forEach((t, i) => {
      positive(t, `--tables (table ${i + 1})`);
    });
  } else {
    const size = positive(input.tableSize, '--table-size');
    if (!size) {
      throw new AppError(
        'invalid_input',
        'Say how big the tables are: --table-size S, or --tables a,b,c for uneven ones.',
        [{ field: '--table-size', message: 'missing' }],
      );
    }
    tables = Array.from({ length: Math.ceil(file.guests.length / size) }, () => size);
  }
  try {
    const plan = planRotation(
      rotationRequestFrom(file, {
        tables,
        rounds,
        ...(input.seed !== undefined ? { seed: input.seed } : {}),
        ...(input.maxIterations !== undefined ? { maxIterations: input.maxIterations } : {}),
        ...(input.shouldStop ? { shouldStop: input.shouldStop } : {}),
      }),
    );
    return { plan, guests: file.guests, title: file.title ?? null, roundNames: file.roundNames ?? null };
  } catch (error) {
    engineError(error);
  }
}

export function planGroups(
  text: string,
  options: { min?: number; max?: number; seed?: number | string } = {},
): ActivityGroupsPlan {
  const parsed = parseMembersFile(text);
  if (!parsed.ok) throw fileError('members file', parsed.errors);
  // "Board games" and "board game" are one activity: match on the taxonomy's keys.
  const members: GroupMember[] = parsed.value.map((m) => ({
    ...m,
    interests: normaliseInterests(m.interests).map((i) => i.key),
  }));
  try {
    return planActivityGroups({
      members,
      ...(options.min !== undefined ? { min: positive(options.min, '--min') as number } : {}),
      ...(options.max !== undefined ? { max: positive(options.max, '--max') as number } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      label: labelForKey,
    });
  } catch (error) {
    engineError(error);
  }
}
