/**
 * Expected failures of the seating engine: a request it cannot honour (a table too
 * small for a keep-together group, guests pinned twice...). Each carries a stable
 * `code` so the app layer can map it to an HTTP status or a CLI exit code, and a
 * message that says what is wrong, which guest or rule, and what to do about it.
 */

export type SeatingErrorCode =
  | 'invalid_request'
  | 'no_guests'
  | 'duplicate_guest'
  | 'unknown_guest'
  | 'too_many_guests'
  | 'invalid_table'
  | 'unknown_table'
  | 'unknown_round'
  | 'table_too_small_for_group'
  | 'too_many_pinned'
  | 'pinned_twice'
  | 'together_and_apart'
  | 'pinned_apart_together'
  | 'group_pinned_apart'
  | 'no_room_for_group'
  | 'apart_unsatisfiable'
  | 'invalid_group_sizes'
  | 'duplicate_member';

/** One problem found in a request; validation collects all of them. */
export interface SeatingIssue {
  code: SeatingErrorCode;
  message: string;
}

export class SeatingError extends Error {
  readonly code: SeatingErrorCode;
  /** Every problem found, the first of which is this error's own code and message. */
  readonly issues: SeatingIssue[];

  constructor(code: SeatingErrorCode, message: string, issues?: SeatingIssue[]) {
    super(message);
    this.name = 'SeatingError';
    this.code = code;
    this.issues = issues ?? [{ code, message }];
  }

  /** One error for a list of problems: the first leads, the rest are counted in the message. */
  static fromIssues(issues: SeatingIssue[]): SeatingError {
    const first = issues[0];
    if (!first) throw new Error('fromIssues() needs at least one issue');
    const more = issues.length - 1;
    const message =
      more === 0 ? first.message : `${first.message} (and ${more} more problem${more === 1 ? '' : 's'})`;
    return new SeatingError(first.code, message, issues);
  }
}

/** Quotes a guest the way messages do: by name when we know it, else by id. */
export function quoteGuest(id: string, names?: ReadonlyMap<string, string>): string {
  const name = names?.get(id);
  return `"${name ?? id}"`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
