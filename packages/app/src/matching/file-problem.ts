/**
 * One thing wrong in a pairing input file, and the error that carries all of them. Files
 * are checked completely before anything is paired, so an admin fixes every problem in
 * one pass rather than one per run.
 */
import { AppError } from '../errors/app-error.ts';

export interface FileProblem {
  /** Path in the file, e.g. `members[12].interests`. */
  field: string;
  /** 1-based position of the member or match in the file's array. */
  record?: number;
  /** The whole sentence, naming the member and the field. */
  message: string;
}

/** How many problems a message lists before "and N more". */
const LISTED = 5;

/** An `invalid_input` error for a file, listing its problems (all of them in `details`). */
export function invalidFile(fileName: string, problems: readonly FileProblem[]): AppError {
  const shown = problems.slice(0, LISTED).map((p) => `  ${p.message}`);
  const more = problems.length > LISTED ? [`  …and ${problems.length - LISTED} more`] : [];
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new AppError('invalid_input', [`${fileName} has ${count}:`, ...shown, ...more].join('\n'), [
    ...problems.map((p) => ({
      field: p.field,
      ...(p.record === undefined ? {} : { record: p.record }),
      message: p.message,
    })),
  ]);
}

/** Parses JSON text, or throws an `invalid_input` error naming the file and the position. */
export function parseJsonFile(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('invalid_input', `${fileName} is not valid JSON: ${(error as Error).message}.`, [
      { field: 'file', message: 'not valid JSON' },
    ]);
  }
}
