/**
 * The shipped taxonomy: every entry from the data files, with its category's kind filled
 * in and everything frozen, because one shared instance is read by every caller.
 */
import { INTEREST_CATEGORIES } from './categories.data.ts';
import { ACTIVE_SEEDS } from './data/active.data.ts';
import { BUSINESS_SEEDS } from './data/business.data.ts';
import { GROWTH_SEEDS } from './data/growth.data.ts';
import { LIFE_SEEDS } from './data/life.data.ts';
import { MAKING_SEEDS } from './data/making.data.ts';
import { PLAY_SEEDS } from './data/play.data.ts';
import { SOCIETY_SEEDS } from './data/society.data.ts';
import { TECHNOLOGY_SEEDS } from './data/technology.data.ts';
import type { CategorySeed, InterestEntry, InterestKind } from './taxonomy.types.ts';

const SEEDS: readonly CategorySeed[] = [
  ...ACTIVE_SEEDS,
  ...PLAY_SEEDS,
  ...MAKING_SEEDS,
  ...LIFE_SEEDS,
  ...TECHNOLOGY_SEEDS,
  ...BUSINESS_SEEDS,
  ...GROWTH_SEEDS,
  ...SOCIETY_SEEDS,
];

function buildTaxonomy(): readonly InterestEntry[] {
  const kinds = new Map<string, InterestKind>(INTEREST_CATEGORIES.map((c) => [c.key, c.kind]));
  const entries: InterestEntry[] = [];
  for (const seed of SEEDS) {
    const kind = kinds.get(seed.category);
    // A typo in a category key is a bug in this module; fail loudly at load, not at lookup.
    if (kind === undefined) throw new Error(`Taxonomy data names an unknown category: ${seed.category}`);
    for (const [key, label, aliases = []] of seed.entries) {
      entries.push(
        Object.freeze({ key, label, category: seed.category, kind, aliases: Object.freeze([...aliases]) }),
      );
    }
  }
  return Object.freeze(entries);
}

/** Every interest Kindred knows, activities first, grouped by category. */
export const TAXONOMY: readonly InterestEntry[] = buildTaxonomy();
