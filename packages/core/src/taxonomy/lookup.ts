/**
 * From a stored key back to what to show: the taxonomy entry, or a readable label for a
 * key the taxonomy does not have (custom interests, or keys from a newer taxonomy).
 */
import { CUSTOM_PREFIX, isCustomKey, labelFromSlug } from './custom-interest.ts';
import type { InterestEntry } from './taxonomy.types.ts';
import { entryByKey } from './term-index.ts';

/** The taxonomy entry with this key (keys are lower case; other casing is forgiven). */
export function findInterest(key: string): InterestEntry | undefined {
  return entryByKey(key) ?? entryByKey(key.trim().toLowerCase());
}

/**
 * The label to show for any interest key: the taxonomy label, or for `custom:sourdough-baking`
 * the label recovered from the key, "Sourdough baking".
 */
export function labelForKey(key: string): string {
  const entry = findInterest(key);
  if (entry !== undefined) return entry.label;
  const slug = isCustomKey(key) ? key.slice(CUSTOM_PREFIX.length) : key;
  return labelFromSlug(slug) || key;
}
