/**
 * Turning a bad guests or members file into messages a host can fix without reading
 * a stack trace: where (line and column for broken JSON; "Guest 4 ("ben")" and the
 * field for a wrong value), what is wrong, and, where it helps, what was expected.
 */

import type { z } from 'zod';

export interface SeatingFileError {
  /** Where, as a path into the file: `guests[3].name`; empty for the whole file. */
  path: string;
  /** 1-based position in its list, when the problem is inside a guest or member. */
  index?: number;
  /** The guest's or member's id, when it could be read. */
  id?: string;
  /** The field at fault, when there is one. */
  field?: string;
  message: string;
}

export type SeatingFileResult<T> = { ok: true; value: T } | { ok: false; errors: SeatingFileError[] };

/** Reads JSON, or explains where it breaks (with line and column). */
export function readJson(
  text: string,
  what: string,
): { ok: true; value: unknown } | { ok: false; error: SeatingFileError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    return {
      ok: false,
      error: {
        path: '',
        message: `The ${what} is not valid JSON${where}: ${detail.replace(/ in JSON at position \d+.*$/, '')}. Check for a missing comma, quote or bracket.`,
      },
    };
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

const LIST_LABELS: Record<string, string> = {
  guests: 'Guest',
  members: 'Member',
  keepTogether: 'Keep-together rule',
  keepApart: 'Keep-apart rule',
  pinned: 'Pin',
};

const readable = (v: unknown) =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' ? String(v).trim() : undefined;

/** The id (else the name) of the guest or member at `raw[list][index]`, when readable. */
function idAt(raw: unknown, list: string, index: number): { id?: string; label?: string } {
  const items = Array.isArray(raw) ? raw : (raw as Record<string, unknown> | null)?.[list];
  if (!Array.isArray(items)) return {};
  const item = items[index] as Record<string, unknown> | undefined;
  if (typeof item !== 'object' || item === null) return {};
  const id = readable(list === 'pinned' ? item.guest : item.id);
  const label = id ?? readable(item.name);
  return { ...(id !== undefined ? { id } : {}), ...(label !== undefined ? { label } : {}) };
}

/** One readable error per zod issue, naming the list item and field. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  topList: string,
): SeatingFileError[] {
  return issues.map((issue) => {
    const path = issue.path.slice();
    // A bare list (no wrapping object) is read as the main list; paths start at the index.
    if (Array.isArray(raw) && typeof path[0] === 'number') path.unshift(topList);
    const [list, index, ...rest] = path;
    const error: SeatingFileError = { path: pathText(path), message: '' };
    let where = 'The file';
    if (typeof list === 'string' && typeof index === 'number' && LIST_LABELS[list]) {
      const { id, label } = idAt(raw, list, index);
      where = `${LIST_LABELS[list]} ${index + 1}${label !== undefined ? ` ("${label}")` : ''}`;
      if (list === topList) {
        error.index = index + 1;
        if (id !== undefined) error.id = id;
      }
      const field = rest.filter((p) => typeof p === 'string').join('.');
      if (field) error.field = field;
      const item = typeof rest[1] === 'number' ? ` (entry ${rest[1] + 1})` : '';
      error.message = `${where}: ${field ? `"${field}"${item} ` : ''}${issue.message}.`;
      return error;
    }
    if (typeof list === 'string') {
      error.field = list;
      error.message = `The file's "${pathText(path)}" ${issue.message}.`;
      return error;
    }
    error.message = `${where} ${issue.message}.`;
    return error;
  });
}

/**
 * One error for each repeated id in a list, naming both positions: ids must be unique
 * for rules (and people) to refer to them.
 * @param list the list's key in the file (`guests`), and what one entry is called (`guest`)
 */
export function duplicateIdErrors(
  items: readonly { id: string }[],
  list: string,
  noun: string,
): SeatingFileError[] {
  const firstAt = new Map<string, number>();
  const Noun = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  return items.flatMap((item, i) => {
    const before = firstAt.get(item.id);
    if (before === undefined) {
      firstAt.set(item.id, i);
      return [];
    }
    return [
      {
        path: `${list}[${i}].id`,
        index: i + 1,
        id: item.id,
        field: 'id',
        message: `${Noun} ${i + 1} ("${item.id}"): "id" is already used by ${noun} ${before + 1}. Give each ${noun} their own id.`,
      },
    ];
  });
}
