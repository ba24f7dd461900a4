/**
 * Interest labels written into the middle of a sentence. Labels are title-cased for lists
 * ("Board games"), but a reason reads "you both listed board games"; names of languages,
 * places and products keep their capitals ("Rust", "Spanish", "LEGO").
 */
import { findInterest } from '../taxonomy/index.ts';

/** First words that are names, so they keep their capital letter. */
const PROPER_FIRST_WORDS = new Set([
  'american',
  'arabic',
  'australian',
  'bollywood',
  'brazilian',
  'french',
  'gaelic',
  'german',
  'irish',
  'italian',
  'japanese',
  'korean',
  'kubernetes',
  'linux',
  'portuguese',
  'react',
  'spanish',
  'go',
  'dart',
]);

/** The label as it should read inside a sentence. */
export function interestPhrase(key: string, label: string): string {
  if (label.length === 0) return label;
  // Capitals after the first letter ("HIIT", "K-pop", "Mandarin Chinese", "C#") are deliberate.
  if (/\p{Lu}/u.test(label.slice(1))) return label;
  const entry = findInterest(key);
  if (entry?.category === 'programming-languages') return label;
  const firstWord = label.split(/[\s(]/)[0]?.toLowerCase() ?? '';
  if (PROPER_FIRST_WORDS.has(firstWord)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Whether the interest is a fun activity (vs a professional topic); custom ones count as activities. */
export function isActivity(key: string): boolean {
  return findInterest(key)?.kind !== 'topic';
}
