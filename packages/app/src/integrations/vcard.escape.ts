/**
 * Backslash escaping of vCard text values (RFC 6350 §3.4, RFC 2426 §4). Splitting
 * structured values (N, ORG) and lists (CATEGORIES) must happen on the escaped
 * text, before unescaping, or a `\;` inside a company name would split it.
 */

/**
 * Splits on any character of `separators` that is not escaped by a backslash.
 * Parts are returned still escaped.
 */
export function splitUnescaped(value: string, separators: string): string[] {
  if (value.indexOf('\\') === -1 && separators.length === 1) return value.split(separators);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === '\\') {
      i++; // whatever follows is escaped
    } else if (separators.includes(char)) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * Unescapes a text value. vCard 3.0 and 4.0 define `\n`, `\\`, `\,`, `\;` (and
 * writers such as Google also escape `:`); vCard 2.1 only escapes `;` (and some
 * writers `,`), and Android's 2.1 writer leaves backslashes bare, so in 2.1 a
 * backslash before anything else is kept as written (think `C:\new`).
 */
export function unescapeText(value: string, version21 = false): string {
  if (value.indexOf('\\') === -1) return value;
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) !== 92 /* \ */ || i + 1 >= value.length) continue;
    const next = value[i + 1] as string;
    let replacement: string | undefined;
    if (next === ';' || next === ',') replacement = next;
    else if (!version21) {
      if (next === 'n' || next === 'N') replacement = '\n';
      else if (next === '\\' || next === ':') replacement = next;
    }
    if (replacement === undefined) continue;
    out += value.slice(start, i) + replacement;
    i++;
    start = i + 1;
  }
  return out + value.slice(start);
}

/** Escapes a text value for vCard 3.0: backslash, comma, semicolon and newlines. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]|\r\n|\r|\n/g, (match) =>
    match.length === 1 && match !== '\r' && match !== '\n' ? `\\${match}` : '\\n',
  );
}

/**
 * Escapes a URI, phone or e-mail value: these are not text in vCard 3.0, so commas
 * and semicolons stay bare (readers would otherwise show the backslashes); only
 * a backslash and line breaks, which no reader can take literally, are escaped.
 */
export function escapeUri(value: string): string {
  return value.replace(/\\|\r\n|\r|\n/g, (match) => (match === '\\' ? '\\\\' : '\\n'));
}
