/**
 * The text forms an interest is compared in. Every comparison in this module (lookup,
 * typo matching, search, custom keys) goes through these functions, applied alike to the
 * taxonomy's own labels and aliases and to what people type, so that both sides agree even
 * where the English is only approximately right ("hobbies" and "hobby" both become "hobbi").
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
    .replace(/\+\+/g, ' plus plus ')
    .replace(/([\p{L}\p{N}])#/gu, '$1 sharp ')
    .replace(/\s\+\s|(?<=\p{L})\+(?=\p{L})/gu, ' and ')
    .replace(/&/g, ' and ')
    .replace(/(^|\s)\.(?=\p{L})/gu, '$1dot ')
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
 * "classes" -> "class", "hobbies"/"hobby" -> "hobbi", "movies"/"movie" -> "movi"). Short words
 * and words that only look plural ("chess", "tennis", "campus") are left alone.
 */
export function singularise(word: string): string {
  let w = word;
  const n = w.length;
  if (n >= 4 && w.charCodeAt(n - 1) === 115 /* s */) {
    if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
    if (n >= 5 && w.endsWith('ies')) return w.slice(0, -2);
    if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('zzes')) {
      w = w.slice(0, -2);
    } else {
      w = w.slice(0, -1);
    }
  }
  return stemFinalY(w);
}

// "hobby" and "movie" meet their plurals "hobbies" and "movies" at "hobbi" and "movi".
function stemFinalY(word: string): string {
  const n = word.length;
  if (n < 4) return word;
  if (word.endsWith('ie')) return word.slice(0, -1);
  if (word.endsWith('y') && !isVowel(word.charCodeAt(n - 2))) return `${word.slice(0, -1)}i`;
  return word;
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117; // a e i o u
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
