/**
 * How much sharing each interest says about two people. Sharing something almost everyone
 * has ("travel") says little; sharing something rare ("bookbinding") says a lot. The weight
 * is an inverse document frequency over the population being matched, so the same interest
 * can weigh differently in a hiking club and in a law firm.
 */

export interface InterestWeights {
  /** The weight of an interest key: always > 0, larger for rarer keys; unseen keys weigh most. */
  idf(key: string): number;
  /** How many people the weights were computed from. */
  readonly populationSize: number;
}

/**
 * Weights from a population, one element per person holding that person's interest KEYS
 * (duplicates within a person count once). idf = ln((N + 1) / (df + 1)) + 1, smoothed so it
 * is defined for an empty population and for keys nobody has.
 */
export function buildInterestWeights(population: Iterable<readonly string[]>): InterestWeights {
  const documentFrequency = new Map<string, number>();
  let size = 0;
  for (const keys of population) {
    size++;
    for (const key of new Set(keys)) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const idfByKey = new Map<string, number>();
  for (const [key, count] of documentFrequency) idfByKey.set(key, Math.log((size + 1) / (count + 1)) + 1);
  const unseen = Math.log(size + 1) + 1;
  return Object.freeze({
    populationSize: size,
    idf: (key: string) => idfByKey.get(key) ?? unseen,
  });
}
