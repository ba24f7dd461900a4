/**
 * Interests the taxonomy does not know are kept, not dropped: they get a key derived from
 * the text (`custom:<slug>`) so two people who both wrote "sourdough baking" still share it,
 * and the key alone is enough to show a readable label again.
 */
import { interestWords } from './interest-text.ts';

export const CUSTOM_PREFIX = 'custom:';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE_RUN = /\s+/g;

/**
 * The text as the person meant it: whitespace collapsed, surrounding punctuation and emoji
 * removed ("  #hiking!! " -> "hiking"), but the symbols of a language name kept ("C++", "F#", ".NET").
 */
export function cleanInterestText(text: string): string {
  const collapsed = text.replace(WHITESPACE_RUN, ' ').trim();
  const chars = Array.from(collapsed);
  let start = chars.findIndex((c) => LETTER_OR_DIGIT.test(c));
  if (start === -1) return '';
  const dotNet = /^net(?![\p{L}\p{N}])/iu.test(chars.slice(start, start + 4).join(''));
  if (dotNet && chars[start - 1] === '.' && (start === 1 || chars[start - 2] === ' ')) start -= 1;
  let end = chars.length - 1;
  while (end > start && !LETTER_OR_DIGIT.test(chars[end] as string)) end--;
  const suffix = chars.slice(end + 1, end + 3).join('');
  const singleLetterWord = end === start || chars[end - 1] === ' ';
  if (singleLetterWord && (suffix === '++' || suffix.startsWith('#'))) end += suffix === '++' ? 2 : 1;
  return chars.slice(start, end + 1).join('');
}

/**
 * Tidies the capitalisation of a custom interest for display: the first letter goes up,
 * deliberate capitals elsewhere stay ("ASMR videos", "iPhone photography"), and a label
 * typed entirely in capitals is calmed to sentence case.
 */
export function tidyCustomLabel(cleaned: string): string {
  let text = cleaned;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    text = text.toLowerCase();
  }
  const firstWord = text.split(' ')[0] ?? '';
  // Mixed case inside the first word ("iPhone", "eBay") is a brand's spelling: leave it.
  if (firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) return text;
  return capitaliseFirst(text);
}

/** The custom key for cleaned text, or undefined when the text has no letters or digits. */
export function customKeyFor(cleaned: string): string | undefined {
  const slug = interestWords(cleaned).join('-');
  return slug === '' ? undefined : `${CUSTOM_PREFIX}${slug}`;
}

export function isCustomKey(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}

/** A readable label rebuilt from a slug: "sourdough-baking" -> "Sourdough baking". */
export function labelFromSlug(slug: string): string {
  return capitaliseFirst(slug.split('-').filter(Boolean).join(' '));
}

function capitaliseFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}
