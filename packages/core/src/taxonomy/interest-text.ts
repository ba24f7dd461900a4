/**
 * The text forms an interest is compared in. Every comparison in this module (lookup,
 * typo matching, search, custom keys) goes through these functions, applied alike to the
 * taxonomy's own labels and aliases and to what people type, so that both sides agree even
 * where the English is only approximately right ("movies" and "movie" both become "movy").
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const OUTSIDE_PRINTABLE_ASCII = /[^ -~]/;
const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSABLE = /[ßæœøłđðþı]/g;
// Only these characters carry meaning before the text is split into words.
const MEANINGFUL_SYMBOLS = /[+#&.'’‘`]/;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// Language names are single letters with a suffix ("C++", "C#", "F#"); "hiking#" is just noise.
const SINGLE_LETTER_PLUS_PLUS = /(?<![\p{L}\p{N}])(\p{L})\+\+/gu;
const SINGLE_LETTER_SHARP = /(?<![\p{L}\p{N}])(\p{L})#/gu;
// The one name that starts with a dot; any other leading dot is punctuation.
const DOT_NET = /(^|\s)\.net(?![\p{L}\p{N}])/gu;
// Words dropped from the spaceless form, so that "arts & crafts" meets "artscrafts".
const COMPACT_STOPWORDS = new Set(['and', 'the', 'of', 'a', 'an', 'n']);

/** Lower case with accents and ligatures folded ("Café Ølstue" -> "cafe olstue"). */
function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  if (!OUTSIDE_PRINTABLE_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSABLE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * Spells out the few symbols that distinguish real interests before punctuation is dropped:
 * "C++" and "C#" must not both collapse to "c", and "arts & crafts" should meet "arts and crafts".
 */
function spellSymbols(text: string): string {
  if (!MEANINGFUL_SYMBOLS.test(text)) return text;
  return text
    .replace(SINGLE_LETTER_PLUS_PLUS, '$1 plus plus ')
    .replace(SINGLE_LETTER_SHARP, '$1 sharp ')
    .replace(/\s\+\s|(?<=\p{L})\+(?=\p{L})/gu, ' and ')
    .replace(/&/g, ' and ')
    .replace(DOT_NET, '$1dot net')
    .replace(/['’‘`]/g, '');
}

/** The words of a text, folded, with symbols spelt out and all other punctuation dropped. */
export function interestWords(text: string): string[] {
  const words = spellSymbols(foldLetters(text)).split(NON_WORD);
  // split() leaves empty strings at the ends when the text starts or ends with punctuation.
  if (words.length > 0 && words[0] === '') words.shift();
  if (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words;
}

/**
 * Reduces an English word to a stem shared by its singular and plural ("games" -> "game",
 * "classes" -> "class", "hobbies" -> "hobby", "movies"/"movie" -> "movy"). Short words and
 * words that only look plural ("chess", "tennis", "campus") are left alone.
 */
export function singularise(word: string): string {
  const n = word.length;
  if (n >= 4 && word.charCodeAt(n - 1) === 115 /* s */) {
    if (word.endsWith('ss') || word.endsWith('us')) return word;
    // "tennis", "analysis" are singular; short "-is" words are mostly plural acronyms ("APIs").
    if (n >= 6 && word.endsWith('is')) return word;
    if (n >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (
      word.endsWith('sses') ||
      word.endsWith('xes') ||
      word.endsWith('ches') ||
      word.endsWith('shes') ||
      word.endsWith('zzes')
    ) {
      return word.slice(0, -2);
    }
    return stemFinalIe(word.slice(0, -1));
  }
  return stemFinalIe(word);
}

// "-ies" is the plural of both "-y" ("hobbies") and "-ie" ("movies"); "-ie" words are the
// rarer, so they are the ones respelt, which keeps typo distances to "-y" words honest.
function stemFinalIe(word: string): string {
  return word.length >= 4 && word.endsWith('ie') ? `${word.slice(0, -2)}y` : word;
}

/** The exact-match form: folded words, singularised, single-spaced. */
export function canonicalForm(text: string): string {
  const words = interestWords(text);
  for (let i = 0; i < words.length; i++) words[i] = singularise(words[i] as string);
  return words.join(' ');
}

/** The canonical form with small words and spaces removed: "rock-climbing" = "rockclimbing". */
export function compactForm(canonical: string): string {
  let out = '';
  for (const word of canonical.split(' ')) {
    if (!COMPACT_STOPWORDS.has(word)) out += word;
  }
  return out;
}

/** The autocomplete form: folded words without singularising, so a prefix stays a prefix. */
export function searchForm(text: string): string {
  return interestWords(text).join(' ');
}
