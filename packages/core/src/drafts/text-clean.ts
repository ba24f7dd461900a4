/**
 * Cleaning text on the way into a draft and on the way out. Values come from people
 * typing quickly ("Moving to Lisbon. ", "  ", "undefined" from an upstream slip), and a
 * draft with a stray space, a doubled full stop or the word "undefined" in it reads as
 * broken, so every value passes through `cleanValue` and every draft through `tidy`.
 */

const MISSING_WORDS = new Set(['undefined', 'null', 'nan', 'n/a', 'none', '-']);

/**
 * A user-typed fragment ready to sit inside a sentence: trimmed, single-spaced, without
 * a leading bullet, wrapping quotes or trailing punctuation. Returns '' for anything that
 * means "nothing" (null, blanks, "undefined"), so callers test one thing.
 */
export function cleanValue(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  let out = String(text).replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  // Empty quotes or brackets carry nothing and read as a hole in the sentence.
  out = out.replace(/""|''|“”|‘’|’’|\(\s*\)/g, '').replace(/ +([.,;:!?])/g, '$1');
  // "?!", ",,", ", ." inside a value: keep the first mark; a run of dots is an ellipsis.
  out = out.replace(/[.,;:!?](?:\s*[.,;:!?])+/g, (run) => (/^[.\s]+$/.test(run) ? '…' : (run[0] as string)));
  // Leading bullets and stray marks; an opening quote or bracket may stay.
  out = out.replace(/^[^\p{L}\p{N}"“'‘(]+/u, '');
  // Wrapping quotes would double up with the template's own punctuation.
  const quoted = /^["“'‘](.*)["”'’]$/.exec(out);
  if (quoted?.[1] !== undefined) out = quoted[1].trim().replace(/^[^\p{L}\p{N}"“'‘(]+/u, '');
  out = out.replace(/[\s.,;:!?…]+$/, '');
  if (MISSING_WORDS.has(out.toLowerCase())) return '';
  // Nothing left but punctuation is nothing.
  if (!/[\p{L}\p{N}]/u.test(out)) return '';
  return out;
}

/** Like `cleanValue` but keeps a closing question mark or full stop: for whole sentences we embed. */
export function cleanSentence(text: string | null | undefined): string {
  const body = cleanValue(text);
  if (body === '') return '';
  const raw = String(text).trim();
  const end = /[?]$/.test(raw) ? '?' : '.';
  return `${upperFirst(body)}${end}`;
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const URL_TOKEN = /^(https?:\/\/|www\.)/i;

function tidyLine(line: string): string {
  if (URL_TOKEN.test(line.trim())) return line.trim();
  let out = line.replace(/[ \t]+/g, ' ').trim();
  out = out.replace(/ +([.,;:?!])/g, '$1');
  out = out.replace(/!{2,}/g, '!').replace(/\?{2,}/g, '?');
  // Punctuation collisions left where an optional part dropped out.
  out = out.replace(/,(\s*[.?!;:])/g, '$1');
  out = out.replace(/[;:](\s*[.?!])/g, '$1');
  out = out.replace(/([?!])\./g, '$1');
  out = out.replace(/(^|[^.])\.\.(?!\.)/g, '$1.');
  out = out.replace(/,\s*,/g, ',');
  out = out.replace(/^[,;:.]\s*/, '');
  if (/^[a-z]/.test(out)) out = upperFirst(out);
  return out;
}

/** Keeps the first exclamation mark and turns any later ones into full stops. */
function oneExclamation(text: string): string {
  let seen = false;
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (URL_TOKEN.test(token) || !token.includes('!')) return token;
      return token.replace(/!/g, () => {
        if (seen) return '.';
        seen = true;
        return '!';
      });
    })
    .join('');
}

/**
 * The final pass over a filled draft: single spaces, no space before punctuation, no
 * punctuation pile-ups from dropped parts, at most one blank line in a row, a capital at
 * the start of each line, and at most one exclamation mark in the whole text.
 */
export function tidy(text: string): string {
  const lines = text.split('\n').map(tidyLine);
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return oneExclamation(joined).replace(/\.\.(?!\.)/g, '.');
}
