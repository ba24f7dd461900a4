/**
 * The interest taxonomy: shipped data, normalisation of free text onto it, autocomplete,
 * and rarity-weighted similarity between two people's interests.
 */
export { INTEREST_CATEGORIES } from './categories.data.ts';
export { findInterest, labelForKey } from './lookup.ts';
export type { NormalisedInterest } from './normalise.ts';
export { normaliseInterest, normaliseInterests } from './normalise.ts';
export { searchTaxonomy } from './search.ts';
export type { SharedInterest, Similarity } from './similarity.ts';
export { interestSimilarity } from './similarity.ts';
export { TAXONOMY } from './taxonomy.data.ts';
export type { InterestCategory, InterestEntry, InterestKind } from './taxonomy.types.ts';
export type { InterestWeights } from './weights.ts';
export { buildInterestWeights } from './weights.ts';
