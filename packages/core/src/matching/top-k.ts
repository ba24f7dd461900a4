/**
 * Keeps the k best (score, index) entries seen so far in a small heap with typed arrays,
 * reused across members. Candidate generation offers thousands of scores per member and
 * keeps a couple of dozen; sorting them all each time would dominate the run.
 */

export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  size = 0;
  /**
   * The score an offer must reach to have a chance (the worst kept score once full):
   * callers test it inline, since most offers fail and a method call each adds up.
   */
  floor = Number.NEGATIVE_INFINITY;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
    this.floor = Number.NEGATIVE_INFINITY;
  }

  /** True when (sa, a) ranks below (sb, b): lower score, or equal score and higher index. */
  private worse(sa: number, a: number, sb: number, b: number): boolean {
    return sa < sb || (sa === sb && a > b);
  }

  offer(score: number, item: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(score, item, this.scores[parent] as number, this.items[parent] as number)) break;
        this.scores[at] = this.scores[parent] as number;
        this.items[at] = this.items[parent] as number;
        at = parent;
      }
      this.scores[at] = score;
      this.items[at] = item;
      if (this.size === this.capacity) this.floor = this.scores[0] as number;
      return;
    }
    if (!this.worse(this.scores[0] as number, this.items[0] as number, score, item)) return;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (
        right < this.size &&
        this.worse(
          this.scores[right] as number,
          this.items[right] as number,
          this.scores[left] as number,
          this.items[left] as number,
        )
      ) {
        child = right;
      }
      if (!this.worse(this.scores[child] as number, this.items[child] as number, score, item)) break;
      this.scores[at] = this.scores[child] as number;
      this.items[at] = this.items[child] as number;
      at = child;
    }
    this.scores[at] = score;
    this.items[at] = item;
    this.floor = this.scores[0] as number;
  }

  /** The kept items in no particular order (the caller re-weighs or sorts them). */
  item(k: number): number {
    return this.items[k] as number;
  }

  score(k: number): number {
    return this.scores[k] as number;
  }
}
