/**
 * The shapes of the interest taxonomy. Kept apart from the data and the algorithms so that
 * callers (profiles, matching, drafts) can depend on the types without pulling anything else.
 */

/** A fun thing people do together, or a professional subject people talk shop about. */
export type InterestKind = 'activity' | 'topic';

export interface InterestEntry {
  /** Stable kebab-case identifier; stored in profiles, so never renamed once shipped. */
  key: string;
  label: string;
  /** Key of one of INTEREST_CATEGORIES. */
  category: string;
  kind: InterestKind;
  /** Other ways people write the same interest: synonyms, abbreviations, spelling variants. */
  aliases: readonly string[];
}

export interface InterestCategory {
  key: string;
  label: string;
  kind: InterestKind;
}

/**
 * One entry as written in the data files: `[key, label, aliases?]`. Tuples keep the several
 * hundred entries readable at one line each; the category and kind are filled in once.
 */
export type EntrySeed = readonly [key: string, label: string, aliases?: readonly string[]];

export interface CategorySeed {
  readonly category: string;
  readonly entries: readonly EntrySeed[];
}
