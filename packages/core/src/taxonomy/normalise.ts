/**
 * Turns what people type ("Rock-Climbing", "board games", "machne learning", "ML") into
 * taxonomy keys, keeping anything unknown as a custom interest. Results are remembered per
 * input string: a community's profiles repeat the same few thousand strings, and pairing
 * normalises them hundreds of thousands of times. The memo never changes an answer.
 */
import {
  CUSTOM_PREFIX,
  cleanInterestText,
  customKeyFor,
  labelFromSlug,
  tidyCustomLabel,
} from './custom-interest.ts';
import type { InterestEntry } from './taxonomy.types.ts';
import { matchTerm } from './term-index.ts';

export interface NormalisedInterest {
  key: string;
  label: string;
  /** The taxonomy category, or null for a custom interest. */
  category: string | null;
  custom: boolean;
}

type Resolution = Readonly<NormalisedInterest> | null;

const MEMO_LIMIT = 20_000;
// Interests are short; a pasted paragraph is normalised but not remembered.
const MEMO_MAX_TEXT_LENGTH = 200;
const memo = new Map<string, Resolution>();

function fromEntry(entry: InterestEntry): Resolution {
  return Object.freeze({ key: entry.key, label: entry.label, category: entry.category, custom: false });
}

function custom(key: string, label: string): Resolution {
  return Object.freeze({ key, label, category: null, custom: true });
}

/**
 * A stored custom key typed back in (an export, an API client echoing keys) stays the same
 * custom interest, unless the taxonomy has since learnt that interest, in which case it is
 * upgraded to the real entry.
 */
function resolveCustomKey(text: string): Resolution {
  const slug = text.slice(CUSTOM_PREFIX.length);
  const words = slug.split('-').filter(Boolean).join(' ');
  if (words === '') return null;
  const known = matchTerm(words, false);
  if (known !== undefined) return fromEntry(known.entry);
  const key = customKeyFor(words);
  return key === undefined ? null : custom(key, labelFromSlug(key.slice(CUSTOM_PREFIX.length)));
}

function resolve(text: string): Resolution {
  const trimmed = text.trim();
  if (trimmed.toLowerCase().startsWith(CUSTOM_PREFIX)) return resolveCustomKey(trimmed.toLowerCase());
  const cleaned = cleanInterestText(trimmed);
  if (cleaned === '') return null;
  const match = matchTerm(cleaned);
  if (match !== undefined) return fromEntry(match.entry);
  const key = customKeyFor(cleaned);
  return key === undefined ? null : custom(key, tidyCustomLabel(cleaned));
}

/**
 * Normalises one interest as typed. Case, spacing, accents, hyphens, `&`/`and`, simple
 * plurals, aliases and small typos are all forgiven; text the taxonomy does not know becomes
 * a custom interest (`custom:<slug>`, category null). Returns null for blank input.
 */
export function normaliseInterest(text: string): NormalisedInterest | null {
  let resolution = memo.get(text);
  if (resolution === undefined) {
    resolution = resolve(text);
    if (text.length <= MEMO_MAX_TEXT_LENGTH) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, resolution);
    }
  }
  // A fresh object each time: callers may mutate what they are given.
  return resolution === null ? null : { ...resolution };
}

/** Normalises a list, dropping blanks and keeping the first of each key, in input order. */
export function normaliseInterests(texts: readonly string[]): NormalisedInterest[] {
  const out: NormalisedInterest[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const interest = normaliseInterest(text);
    if (interest === null || seen.has(interest.key)) continue;
    seen.add(interest.key);
    out.push(interest);
  }
  return out;
}
