/**
 * Bounded Damerau-Levenshtein distance (the optimal-string-alignment variant: insertions,
 * deletions, substitutions and swaps of two neighbouring letters). Typo matching only ever
 * asks "is it within 1 or 2?", so the computation stays inside a narrow diagonal band and
 * gives up as soon as every path is over the limit, which keeps scanning candidates cheap.
 */

// Reused between calls: typo matching compares one query against hundreds of terms.
let previous2 = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

function ensureCapacity(size: number): void {
  if (current.length >= size) return;
  const length = Math.max(size, current.length * 2);
  previous2 = new Int32Array(length);
  previous = new Int32Array(length);
  current = new Int32Array(length);
}

/**
 * The distance between `a` and `b` if it is at most `max`, otherwise `max + 1`. Works on
 * UTF-16 code units, which is exact for the folded text this module compares.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return over;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : over;
  ensureCapacity(m + 1);

  let rowBefore = previous2;
  let row = previous;
  let next = current;
  for (let j = 0; j <= m; j++) row[j] = j <= max ? j : over;

  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    next[0] = i <= max ? i : over;
    if (from > 1) next[from - 1] = over;
    let best = next[0] as number;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (rowBefore[j - 2] as number) + 1);
      }
      if (value > over) value = over;
      next[j] = value;
      if (value < best) best = value;
    }
    if (to < m) next[to + 1] = over;
    if (best > max) return over;
    const spare = rowBefore;
    rowBefore = row;
    row = next;
    next = spare;
  }
  const distance = row[m] as number;
  return distance <= max ? distance : over;
}
