/**
 * The lookup structures behind normalisation, built once on first use: exact canonical
 * terms, spaceless terms, and typo candidates bucketed by length. Normalising a profile's
 * interests runs hundreds of thousands of times during a pairing round, so the common
 * path must be a couple of map lookups, never a scan of the taxonomy.
 */
import { boundedEditDistance } from './edit-distance.ts';
import { canonicalForm, compactForm } from './interest-text.ts';
import { TAXONOMY } from './taxonomy.data.ts';
import type { InterestEntry } from './taxonomy.types.ts';

/** How a piece of text was matched to an entry; search ranks exact matches above typos. */
export type MatchKind = 'exact' | 'compact' | 'typo';

export interface TermMatch {
  entry: InterestEntry;
  via: MatchKind;
}

interface TypoCandidate {
  term: string;
  letters: number;
  entry: InterestEntry;
}

interface TermIndex {
  byKey: Map<string, InterestEntry>;
  exact: Map<string, InterestEntry>;
  // null marks a spaceless form shared by two entries: too ambiguous to use.
  compact: Map<string, InterestEntry | null>;
  byLength: TypoCandidate[][];
}

// Typo thresholds in characters of the canonical form; shorter words are never corrected.
const MIN_TYPO_LENGTH = 5;
const MIN_TWO_TYPO_LENGTH = 9;

let index: TermIndex | undefined;

/** Every way an entry can be written: its label, its key read as words, and its aliases. */
export function termsOf(entry: InterestEntry): string[] {
  return [entry.label, entry.key, ...entry.aliases];
}

function buildIndex(): TermIndex {
  const byKey = new Map<string, InterestEntry>();
  const exact = new Map<string, InterestEntry>();
  const compact = new Map<string, InterestEntry | null>();
  for (const entry of TAXONOMY) {
    byKey.set(entry.key, entry);
    for (const term of termsOf(entry)) {
      const canonical = canonicalForm(term);
      if (canonical === '') continue;
      // First entry wins; the data test guarantees there are no real clashes.
      if (!exact.has(canonical)) exact.set(canonical, entry);
      const spaceless = compactForm(canonical);
      const seen = compact.get(spaceless);
      if (seen === undefined) compact.set(spaceless, entry);
      else if (seen !== null && seen !== entry) compact.set(spaceless, null);
    }
  }
  const byLength: TypoCandidate[][] = [];
  for (const [term, entry] of exact) {
    if (term.length < MIN_TYPO_LENGTH) continue;
    while (byLength.length <= term.length) byLength.push([]);
    byLength[term.length]?.push({ term, letters: letterSet(term), entry });
  }
  return { byKey, exact, compact, byLength };
}

function termIndex(): TermIndex {
  index ??= buildIndex();
  return index;
}

/** The entry with exactly this key. */
export function entryByKey(key: string): InterestEntry | undefined {
  return termIndex().byKey.get(key);
}

/** How many edits a word of this length may contain and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= MIN_TWO_TYPO_LENGTH) return 2;
  if (length >= MIN_TYPO_LENGTH) return 1;
  return 0;
}

/**
 * Which characters occur in a term, as 32 bits (a-z, then the rest folded into six bits).
 * One edit changes at most two bits, so candidates whose sets differ in more than 2 × limit
 * bits are skipped without running the distance: most of them, at almost no cost.
 */
function letterSet(term: string): number {
  let bits = 0;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return bits;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Whether two terms begin alike: the same first letter, or the first two letters swapped.
 * People rarely mistype the first letter, while a different first letter is how one real
 * word becomes another ("mowing" is not "rowing", "lottery" is not "pottery").
 */
function sameStart(a: string, b: string): boolean {
  const a0 = a.charCodeAt(0);
  const b0 = b.charCodeAt(0);
  return a0 === b0 || (a0 === b.charCodeAt(1) && a.charCodeAt(1) === b0);
}

/**
 * The entry a canonical term is a small typo of, if exactly one entry is nearest. Both the
 * input and the candidate must be long enough for the distance, so a short word is never
 * "corrected" into another one, and they must begin alike (see sameStart). When two entries
 * are equally near ("chees": chess or cheese?) there is no answer.
 */
function nearestByTypo(term: string): InterestEntry | undefined {
  const limit = typoAllowance(term.length);
  if (limit === 0) return undefined;
  const { byLength } = termIndex();
  let bestDistance = limit + 1;
  let best: InterestEntry | undefined;
  let ambiguous = false;
  const letters = letterSet(term);
  const shortest = Math.max(MIN_TYPO_LENGTH, term.length - limit);
  const longest = Math.min(byLength.length - 1, term.length + limit);
  for (let length = shortest; length <= longest; length++) {
    const bucket = byLength[length];
    if (bucket === undefined) continue;
    const allowed = Math.min(limit, typoAllowance(Math.min(length, term.length)));
    if (Math.abs(length - term.length) > allowed) continue;
    for (const candidate of bucket) {
      if (!sameStart(term, candidate.term)) continue;
      if (bitCount(letters ^ candidate.letters) > 2 * allowed) continue;
      const distance = boundedEditDistance(term, candidate.term, Math.min(allowed, bestDistance));
      if (distance > allowed || distance > bestDistance) continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate.entry;
        ambiguous = false;
      } else if (candidate.entry !== best) {
        ambiguous = true;
      }
    }
  }
  return ambiguous ? undefined : best;
}

/**
 * Matches free text to a taxonomy entry: exact canonical form first, then the spaceless
 * form, then (optionally) a unique nearest typo.
 */
export function matchTerm(text: string, allowTypos = true): TermMatch | undefined {
  const canonical = canonicalForm(text);
  if (canonical === '') return undefined;
  const { exact, compact } = termIndex();
  const direct = exact.get(canonical);
  if (direct !== undefined) return { entry: direct, via: 'exact' };
  const spaceless = compact.get(compactForm(canonical));
  if (spaceless) return { entry: spaceless, via: 'compact' };
  if (!allowTypos) return undefined;
  const corrected = nearestByTypo(canonical);
  return corrected === undefined ? undefined : { entry: corrected, via: 'typo' };
}
