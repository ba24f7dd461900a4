/**
 * Interest labels as they sit in the middle of a sentence. Taxonomy labels are written
 * in sentence case for lists ("Board games", "Python"); in a draft "board games" must
 * drop its capital while "Python", "iOS development" and "API design" keep theirs.
 */
import { cleanValue, lowerFirst } from './text-clean.ts';

/** First words of labels that are names (languages, technologies, places): they keep their capital. */
// biome-ignore format: a word list reads better packed
const PROPER_FIRST_WORDS = new Set([
  'american', 'android', 'arabic', 'australian', 'bollywood', 'brazilian', 'c', 'clojure', 'elixir',
  'english', 'french', 'gaelic', 'german', 'go', 'greek', 'haskell', 'hindi', 'irish', 'italian', 'japanese',
  'java', 'julia', 'korean', 'kotlin', 'kubernetes', 'latin', 'linux', 'lisp', 'mandarin', 'polish',
  'portuguese', 'python', 'r', 'react', 'ruby', 'russian', 'rust', 'scala', 'scottish', 'spanish', 'swift',
  'vue', 'welsh', 'west', 'zig', 'christmas', 'easter', 'olympic', 'formula', 'premier', 'champions',
  'european', 'african', 'asian', 'chinese', 'indian', 'thai', 'turkish', 'dutch', 'swedish', 'norwegian',
  'danish', 'finnish', 'ukrainian', 'cantonese', 'british', 'canadian', 'mexican', 'cuban', 'argentine',
  'argentinian', 'lego', 'excel', 'figma', 'docker', 'terraform', 'postgres', 'postgresql', 'django',
  'rails', 'node', 'angular', 'svelte', 'tai', 'pilates', 'dungeons', 'warhammer', 'minecraft', 'pokemon',
  'pokémon', 'star', 'shakespeare', 'jane', 'tolkien', 'marvel', 'disney',
]);

/** A label ready for the middle of a sentence: "Board games" -> "board games", "Python" stays. */
export function interestWords(label: string): string {
  // "Go (board game)": the bracket disambiguates a list, it is not something one says.
  const text = cleanValue(label.replace(/\s*\([^)]*\)\s*/g, ' '));
  if (text === '') return '';
  const first = text.split(' ')[0] ?? '';
  // Only a plain capitalised word is lowered; "iOS", "API", "JavaScript" are left alone.
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(first)) return text;
  if (PROPER_FIRST_WORDS.has(first.toLowerCase().replace(/[’']s$/, ''))) return text;
  return lowerFirst(text);
}

/** "a", "a and b", "a, b and c": how a list is said aloud. */
export function listPhrase(items: readonly string[]): string {
  const parts = items.filter((item) => item !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The first one or two shared interests, said naturally ("board games and Python").
 * Duplicates by spelling are dropped; more than two starts to sound like a list.
 */
export function sharedInterestPhrase(labels: readonly string[], max = 2): string {
  const seen = new Set<string>();
  const picked: string[] = [];
  for (const label of labels) {
    const words = interestWords(label);
    const key = words.toLowerCase();
    if (words === '' || seen.has(key)) continue;
    seen.add(key);
    picked.push(words);
    if (picked.length === max) break;
  }
  return listPhrase(picked);
}
