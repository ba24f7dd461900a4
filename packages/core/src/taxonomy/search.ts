/**
 * Autocomplete over the taxonomy. People type a few letters of whatever word comes to
 * mind ("climb", "mach lea", "ux"), so every label and alias is matched by prefix, by word
 * prefix and by substring, and the results are ranked so the likeliest entry comes first.
 */
import { searchForm } from './interest-text.ts';
import { TAXONOMY } from './taxonomy.data.ts';
import type { InterestEntry } from './taxonomy.types.ts';
import { matchTerm, termsOf } from './term-index.ts';

interface SearchDocument {
  entry: InterestEntry;
  label: string;
  labelWords: string[];
  /** The aliases and the key, in search form, without the label. */
  others: string[];
  otherWords: string[][];
}

// Lower tiers rank first. What the label says outranks what an alias says.
const Tier = {
  exact: 0,
  labelPrefix: 1,
  labelWords: 2,
  otherPrefix: 3,
  otherWords: 4,
  labelSubstring: 5,
  otherSubstring: 6,
  typo: 7,
} as const;

interface Ranking {
  tier: number;
  /** Length of the label or alias that matched: the shorter, the closer to what was typed. */
  length: number;
}

let documents: SearchDocument[] | undefined;

function searchDocuments(): SearchDocument[] {
  documents ??= TAXONOMY.map((entry) => {
    const label = searchForm(entry.label);
    const others = [...new Set(termsOf(entry).map(searchForm))].filter(
      (term) => term !== label && term !== '',
    );
    return {
      entry,
      label,
      labelWords: label.split(' '),
      others,
      otherWords: others.map((term) => term.split(' ')),
    };
  });
  return documents;
}

/** Every query word starts some word of the term ("mach lea" in "machine learning"). */
function wordsStartWith(words: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => words.some((word) => word.startsWith(q)));
}

/** The best-ranked alias passing `test`, preferring the shortest. */
function bestOther(doc: SearchDocument, tier: number, test: (index: number) => boolean): Ranking | undefined {
  let best: Ranking | undefined;
  for (let i = 0; i < doc.others.length; i++) {
    const length = (doc.others[i] as string).length;
    if ((best === undefined || length < best.length) && test(i)) best = { tier, length };
  }
  return best;
}

function rankOf(doc: SearchDocument, query: string, queryWords: readonly string[]): Ranking | undefined {
  const length = doc.label.length;
  if (doc.label.startsWith(query)) return { tier: Tier.labelPrefix, length };
  if (wordsStartWith(doc.labelWords, queryWords)) return { tier: Tier.labelWords, length };
  return (
    bestOther(doc, Tier.otherPrefix, (i) => (doc.others[i] as string).startsWith(query)) ??
    bestOther(doc, Tier.otherWords, (i) => wordsStartWith(doc.otherWords[i] as string[], queryWords)) ??
    (doc.label.includes(query) ? { tier: Tier.labelSubstring, length } : undefined) ??
    bestOther(doc, Tier.otherSubstring, (i) => (doc.others[i] as string).includes(query))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Taxonomy entries matching a partly typed query, best first: an entry the query names
 * exactly (label or alias, so "ML" finds Machine learning), then label prefixes, label
 * word prefixes, alias prefixes and word prefixes, substrings, and last a typo correction.
 * Within a tier the shorter matching label or alias comes first. [] for a blank query.
 */
export function searchTaxonomy(query: string, limit = 10): InterestEntry[] {
  const max = Math.floor(limit);
  const text = searchForm(query);
  if (text === '' || !(max > 0)) return [];
  const queryWords = text.split(' ');
  const ranked = new Map<InterestEntry, Ranking>();

  const named = matchTerm(query, false);
  if (named !== undefined) ranked.set(named.entry, { tier: Tier.exact, length: 0 });
  for (const doc of searchDocuments()) {
    if (ranked.has(doc.entry)) continue;
    const rank = rankOf(doc, text, queryWords);
    if (rank !== undefined) ranked.set(doc.entry, rank);
  }
  if (ranked.size < max) {
    const corrected = matchTerm(query);
    if (corrected?.via === 'typo' && !ranked.has(corrected.entry)) {
      ranked.set(corrected.entry, { tier: Tier.typo, length: 0 });
    }
  }

  return [...ranked]
    .sort(
      ([a, x], [b, y]) =>
        x.tier - y.tier || x.length - y.length || compareText(a.label, b.label) || compareText(a.key, b.key),
    )
    .slice(0, max)
    .map(([entry]) => entry);
}
