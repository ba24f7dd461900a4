/** The interest taxonomy as people meet it: search as they type, and how free text reads. */
import { type NormalisedInterest, normaliseInterests, searchTaxonomy } from '@kindred/core';

/** Taxonomy entries matching what someone is typing (names, aliases, forgiving typos). */
export function searchInterests(query: string, limit = 10): NormalisedInterest[] {
  return searchTaxonomy(query, limit).map((e) => ({
    key: e.key,
    label: e.label,
    category: e.category,
    custom: false,
  }));
}

/** How each free-text interest maps onto the taxonomy; unknown ones stay as custom interests. */
export function readInterests(texts: readonly string[]): NormalisedInterest[] {
  return normaliseInterests(texts);
}
