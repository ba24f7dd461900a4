/**
 * Reads one unfolded content line — `[group.]NAME;PARAM=a,b;BARE:value` — in
 * every dialect phones write: vCard 2.1 bare parameters (`TEL;CELL;WORK:`),
 * repeated ones (`TYPE=WORK;TYPE=CELL`), comma lists, and quoted values that may
 * hold `:` or `;` (vCard 4.0).
 */

/** A content line split into its parts; the value is still encoded and escaped. */
export interface ContentLine {
  /** Lower-case group (`item1`), when the line had one. */
  group?: string;
  /** Upper-case property name (`EMAIL`, `X-ABLABEL`). */
  name: string;
  /** Raw parameter text after the name (without the leading `;`), or '' when none. */
  rawParams: string;
  value: string;
}

/** Upper-case parameter name -> its values in order (unquoted, list items split). */
export type Params = ReadonlyMap<string, readonly string[]>;

/** Shared by every property without parameters: most lines have none. */
const NO_PARAMS: Params = new Map();

/** Bare vCard 2.1 parameter values that are encodings rather than types. */
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

function isNameChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    code === 45 || // -
    code === 95 // _ (not in the RFCs, but Outlook and others write it)
  );
}

/**
 * Splits a content line, or returns undefined when it is not one (no colon, or a
 * name with spaces or punctuation): such a line is text that lost its folding.
 */
export function splitContentLine(text: string): ContentLine | undefined {
  let group: string | undefined;
  let nameStart = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isNameChar(code)) continue;
    if (code === 46 /* . */ && group === undefined && i > 0) {
      group = text.slice(0, i).toLowerCase();
      nameStart = i + 1;
      continue;
    }
    break;
  }
  if (i === nameStart || i >= text.length) return undefined;
  const name = text.slice(nameStart, i).toUpperCase();
  const stop = text.charCodeAt(i);
  if (stop === 58 /* : */) return { group, name, rawParams: '', value: text.slice(i + 1) };
  if (stop !== 59 /* ; */) return undefined;
  let inQuotes = false;
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 34 /* " */) inQuotes = !inQuotes;
    else if (code === 58 && !inQuotes) {
      return { group, name, rawParams: text.slice(i + 1, j), value: text.slice(j + 1) };
    }
  }
  return undefined;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  if (text.indexOf('"') === -1) return text.split(separator);
  const parts: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === separator && !inQuotes) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}

/**
 * Parses parameter text. A bare value (2.1) is filed under ENCODING when it names
 * an encoding and under TYPE otherwise. TYPE values are additionally split on
 * commas even inside quotes (`TYPE="work,voice"`, as RFC 6350 examples write it).
 */
export function parseParams(rawParams: string): Params {
  if (rawParams === '') return NO_PARAMS;
  const params = new Map<string, string[]>();
  for (const part of splitOutsideQuotes(rawParams, ';')) {
    const equals = part.indexOf('=');
    let key: string;
    let values: string[];
    if (equals === -1) {
      const bare = part.trim();
      if (bare === '') continue;
      key = BARE_ENCODINGS.has(bare.toUpperCase()) ? 'ENCODING' : 'TYPE';
      values = [bare];
    } else {
      key = part.slice(0, equals).trim().toUpperCase();
      const raw = part.slice(equals + 1);
      // Common case first: no quotes, so a plain comma split is exact (and cheap).
      values = raw.indexOf('"') === -1 ? raw.split(',') : splitOutsideQuotes(raw, ',').map(unquote);
      if (key === 'TYPE' && raw.indexOf('"') !== -1) values = values.flatMap((value) => value.split(','));
    }
    const existing = params.get(key);
    if (existing) existing.push(...values);
    else params.set(key, values);
  }
  return params;
}

/** The first value of a parameter, upper-cased (for ENCODING, VALUE, CHARSET checks). */
export function firstParam(params: Params, key: string): string | undefined {
  return params.get(key)?.[0]?.trim().toUpperCase();
}
