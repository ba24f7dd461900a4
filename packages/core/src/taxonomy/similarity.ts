/**
 * How alike two people's interests are, and why. Matching ranks pairs by the score, and
 * the explanation ("you both love bouldering and Rust") is built from the shared list, so
 * each shared interest carries the part of the score it contributed.
 */
import { labelForKey } from './lookup.ts';
import type { InterestWeights } from './weights.ts';

export interface SharedInterest {
  key: string;
  label: string;
  /** This interest's contribution to the score; the weights of all shared interests sum to it. */
  weight: number;
}

export interface Similarity {
  /** 0 (nothing shared) to 1 (the same interests). */
  score: number;
  /** Heaviest first, then by label. */
  shared: SharedInterest[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sumOfSquaredWeights(keys: ReadonlySet<string>, weights: InterestWeights): number {
  let sum = 0;
  for (const key of keys) {
    const w = weights.idf(key);
    sum += w * w;
  }
  return sum;
}

/**
 * Cosine similarity of the two key sets as idf-weighted binary vectors:
 * sum(idf² over shared) / sqrt(sum(idf² over a) · sum(idf² over b)). Symmetric, in [0, 1],
 * 0 when nothing is shared or either side is empty, 1 for the same non-empty set; a rare
 * shared interest raises the score more than a common one. Duplicate keys count once.
 */
export function interestSimilarity(
  a: readonly string[],
  b: readonly string[],
  weights: InterestWeights,
): Similarity {
  const setA = new Set(a);
  const setB = new Set(b);
  const [smaller, larger] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  // Sorted so that the sum is added up in the same order whichever side is `a`.
  const sharedKeys = [...smaller].filter((key) => larger.has(key)).sort(compareText);
  if (sharedKeys.length === 0) return { score: 0, shared: [] };

  const denominator = Math.sqrt(sumOfSquaredWeights(setA, weights) * sumOfSquaredWeights(setB, weights));
  if (!(denominator > 0)) return { score: 0, shared: [] };
  let total = 0;
  const shared: SharedInterest[] = sharedKeys.map((key) => {
    const w = weights.idf(key);
    const weight = (w * w) / denominator;
    total += weight;
    return { key, label: labelForKey(key), weight };
  });
  const identical = sharedKeys.length === setA.size && sharedKeys.length === setB.size;
  shared.sort((x, y) => y.weight - x.weight || compareText(x.label, y.label) || compareText(x.key, y.key));
  return { score: identical ? 1 : Math.min(1, total), shared };
}
