/**
 * Seeded tabu search for the rotations no construction covers, after Dotú and Van
 * Hentenryck's local search for the Social Golfer Problem: look at every guest who
 * sits with someone they have already met (or must avoid), try swapping them with each
 * free guest at another table in the same round, and take the best swap that is not
 * tabu. Swapping keeps every table's head count, so the plan stays valid throughout.
 *
 * The cost, compared in order: keep-apart clashes, repeats (pair meetings beyond the
 * first), then the sum over guests of their repeats squared, which spreads unavoidable
 * repeats fairly instead of piling them on a few people. When the search stalls it
 * returns to the best plan and shakes it with a few random swaps. It ends early once no
 * repeats are left, or once it reaches the least number of repeats the head counts allow
 * and the spread stops improving.
 *
 * Deterministic for a given seed and iteration budget; `shouldStop` lets the caller
 * impose a wall-clock limit without the core ever reading the clock.
 */

import type { Random } from '../random/prng.ts';
import type { RoundSeats } from './rotation.greedy.ts';
import type { ShouldStop } from './seating.types.ts';

export interface TabuOptions {
  n: number;
  tableCount: number;
  /** n*n, 1 where two guests must not share a table. */
  apart: Uint8Array;
  /** `movable[r][g]`: false for guests held in place (pinned, or kept together) in round r. */
  movable: Uint8Array[];
  random: Random;
  maxIterations: number;
  shouldStop?: ShouldStop;
  /**
   * No plan with these head counts has fewer repeats (see `repeatsLowerBound`); reaching
   * it with repeats spread as evenly as arithmetic allows ends the search early.
   */
  repeatsFloor?: number;
  /** Knobs for experiments; the defaults are what the engine uses. */
  tuning?: Partial<TabuTuning>;
}

export interface TabuTuning {
  /** Iterations without a new best before returning to the best and shaking it. */
  stall: number;
  /** Conflict positions examined per iteration at most (sampled when there are more). */
  maxPositions: number;
  tenureMin: number;
  /** Tenure is tenureMin + a random number below max(tenureSpan, n * tenureSpanPerGuest). */
  tenureSpan: number;
  tenureSpanPerGuest: number;
  /** Whether the fairness term breaks ties between equal repeat counts. */
  fairness: boolean;
  /**
   * Once repeats are down to the floor, iterations without a fairer spread before the
   * search settles (the evenest spread is often out of reach).
   */
  settle: number;
}

const DEFAULT_TUNING: TabuTuning = {
  stall: 800,
  maxPositions: 64,
  tenureMin: 4,
  tenureSpan: 4,
  tenureSpanPerGuest: 0.5,
  fairness: true,
  settle: 5_000,
};

export interface TabuResult {
  rounds: RoundSeats[];
  iterations: number;
  /** Why the search ended ('solved': no repeats, or the fewest possible). */
  ended: 'solved' | 'budget' | 'stopped' | 'stuck';
  cost: { clashes: number; repeats: number; spread: number };
}

/** Improves a copy of the given rounds; the input is not modified. */
export function tabuSearch(initial: readonly RoundSeats[], options: TabuOptions): TabuResult {
  const { n, tableCount, apart, movable, random } = options;
  const tune: TabuTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const R = initial.length;
  const seats: RoundSeats[] = initial.map((round) => round.map((t) => t.slice()));
  const tableOf = new Int32Array(R * n);
  const meet = new Uint16Array(n * n);
  const rep = new Int32Array(n);
  let clashes = 0;
  let repeats = 0;
  let spread = 0;

  const rebuild = () => {
    meet.fill(0);
    rep.fill(0);
    clashes = 0;
    for (let r = 0; r < R; r++) {
      (seats[r] as RoundSeats).forEach((table, t) => {
        for (const g of table) tableOf[r * n + g] = t;
        for (let i = 0; i < table.length; i++) {
          for (let j = i + 1; j < table.length; j++) {
            const a = table[i] as number;
            const b = table[j] as number;
            meet[a * n + b] = (meet[a * n + b] as number) + 1;
            meet[b * n + a] = (meet[b * n + a] as number) + 1;
            clashes += apart[a * n + b] as number;
          }
        }
      });
    }
    repeats = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const m = meet[a * n + b] as number;
        if (a !== b && m > 1) rep[a] = (rep[a] as number) + m - 1;
      }
      repeats += rep[a] as number;
    }
    repeats /= 2;
    spread = 0;
    for (let a = 0; a < n; a++) spread += (rep[a] as number) ** 2;
  };
  rebuild();

  let best = { clashes, repeats, spread, tableOf: tableOf.slice() };
  const lessThan = (c1: number, r1: number, s1: number, c2: number, r2: number, s2: number) =>
    c1 < c2 || (c1 === c2 && (r1 < r2 || (r1 === r2 && s1 < s2)));

  let dClash = 0;
  let dRep = 0;
  let dSpread = 0;
  // (rep + d)^2 - rep^2: a guest's change in the fairness term.
  const sq = (rep0: number, d: number) => 2 * rep0 * d + d * d;
  /**
   * Sets dClash/dRep/dSpread for swapping a (at t1) with b (at t2) in round r. Every pair
   * that changes contains a or b (never both), and each other guest x is in just one of
   * the two tables, so per-guest changes can be summed inline without scratch arrays.
   */
  const evaluate = (r: number, a: number, t1: number, b: number, t2: number) => {
    const round = seats[r] as RoundSeats;
    const an = a * n;
    const bn = b * n;
    let da = 0;
    let db = 0;
    let clash = 0;
    let spreadOthers = 0;
    for (const x of round[t1] as number[]) {
      if (x === a) continue;
      const dx = ((meet[bn + x] as number) >= 1 ? 1 : 0) - ((meet[an + x] as number) >= 2 ? 1 : 0);
      if ((meet[an + x] as number) >= 2) da--;
      if ((meet[bn + x] as number) >= 1) db++;
      if (dx !== 0) spreadOthers += sq(rep[x] as number, dx);
      clash += (apart[bn + x] as number) - (apart[an + x] as number);
    }
    for (const y of round[t2] as number[]) {
      if (y === b) continue;
      const dy = ((meet[an + y] as number) >= 1 ? 1 : 0) - ((meet[bn + y] as number) >= 2 ? 1 : 0);
      if ((meet[an + y] as number) >= 1) da++;
      if ((meet[bn + y] as number) >= 2) db--;
      if (dy !== 0) spreadOthers += sq(rep[y] as number, dy);
      clash += (apart[an + y] as number) - (apart[bn + y] as number);
    }
    dClash = clash;
    dRep = da + db;
    dSpread = spreadOthers + sq(rep[a] as number, da) + sq(rep[b] as number, db);
  };

  /** Applies the per-guest repeat changes of a swap (same rules as `evaluate`). */
  const applyRep = (r: number, a: number, t1: number, b: number, t2: number) => {
    const round = seats[r] as RoundSeats;
    for (const x of round[t1] as number[]) {
      if (x === a) continue;
      const down = (meet[a * n + x] as number) >= 2 ? 1 : 0;
      const up = (meet[b * n + x] as number) >= 1 ? 1 : 0;
      rep[x] = (rep[x] as number) + up - down;
      rep[a] = (rep[a] as number) - down;
      rep[b] = (rep[b] as number) + up;
    }
    for (const y of round[t2] as number[]) {
      if (y === b) continue;
      const up = (meet[a * n + y] as number) >= 1 ? 1 : 0;
      const down = (meet[b * n + y] as number) >= 2 ? 1 : 0;
      rep[y] = (rep[y] as number) + up - down;
      rep[a] = (rep[a] as number) + up;
      rep[b] = (rep[b] as number) - down;
    }
  };

  const swap = (r: number, a: number, b: number) => {
    const round = seats[r] as RoundSeats;
    const t1 = tableOf[r * n + a] as number;
    const t2 = tableOf[r * n + b] as number;
    evaluate(r, a, t1, b, t2);
    clashes += dClash;
    repeats += dRep;
    spread += dSpread;
    applyRep(r, a, t1, b, t2);
    const T1 = round[t1] as number[];
    const T2 = round[t2] as number[];
    for (const x of T1) {
      if (x === a) continue;
      meet[a * n + x] = (meet[a * n + x] as number) - 1;
      meet[x * n + a] = (meet[x * n + a] as number) - 1;
      meet[b * n + x] = (meet[b * n + x] as number) + 1;
      meet[x * n + b] = (meet[x * n + b] as number) + 1;
    }
    for (const y of T2) {
      if (y === b) continue;
      meet[a * n + y] = (meet[a * n + y] as number) + 1;
      meet[y * n + a] = (meet[y * n + a] as number) + 1;
      meet[b * n + y] = (meet[b * n + y] as number) - 1;
      meet[y * n + b] = (meet[y * n + b] as number) - 1;
    }
    T1[T1.indexOf(a)] = b;
    T2[T2.indexOf(b)] = a;
    tableOf[r * n + a] = t2;
    tableOf[r * n + b] = t1;
  };

  const restoreBest = () => {
    tableOf.set(best.tableOf);
    for (let r = 0; r < R; r++) {
      const round: RoundSeats = Array.from({ length: tableCount }, () => []);
      for (let g = 0; g < n; g++) (round[tableOf[r * n + g] as number] as number[]).push(g);
      seats[r] = round;
    }
    rebuild();
  };

  /** A few random swaps of free guests, to leave a region the search keeps circling. */
  const shake = (swaps: number) => {
    for (let i = 0; i < swaps; i++) {
      const r = random.int(R);
      const free: number[] = [];
      for (let g = 0; g < n; g++) if (movable[r]?.[g]) free.push(g);
      if (free.length < 2) continue;
      const a = random.pick(free);
      const others = free.filter((g) => tableOf[r * n + g] !== tableOf[r * n + a]);
      if (others.length > 0) swap(r, a, random.pick(others));
    }
  };

  const tabu = new Int32Array(R * n * tableCount);
  const tabuAt = (r: number, g: number, t: number) => (r * n + g) * tableCount + t;
  const positions: number[] = [];
  let iteration = 0;
  let lastBest = 0;
  let lastImprovement = 0;
  let ended: TabuResult['ended'] = 'budget';

  const floor = options.repeatsFloor ?? 0;
  /** The smallest sum of squares of n whole numbers adding up to 2 * repeats. */
  const evenSpread = (total: number) => {
    const q = Math.floor((2 * total) / n);
    const rest = 2 * total - q * n;
    return n * q * q + rest * (2 * q + 1);
  };
  while (iteration < options.maxIterations) {
    if (best.clashes === 0 && best.repeats <= floor) {
      if (best.spread <= evenSpread(best.repeats) || iteration - lastImprovement > tune.settle) {
        ended = 'solved';
        break;
      }
    }
    if ((iteration & 63) === 0 && options.shouldStop?.()) {
      ended = 'stopped';
      break;
    }
    iteration++;

    // Conflict positions: free guests sitting with someone met before or to be avoided.
    positions.length = 0;
    for (let r = 0; r < R; r++) {
      const mov = movable[r] as Uint8Array;
      for (const table of seats[r] as RoundSeats) {
        for (const a of table) {
          if (!mov[a]) continue;
          for (const x of table) {
            if (x !== a && ((meet[a * n + x] as number) >= 2 || apart[a * n + x])) {
              positions.push(r * n + a);
              break;
            }
          }
        }
      }
    }
    if (positions.length === 0) {
      // Only fixed guests repeat (e.g. couples kept together): nothing left to improve.
      ended = 'stuck';
      break;
    }
    const sample =
      positions.length > tune.maxPositions
        ? random.shuffle(positions).slice(0, tune.maxPositions)
        : positions;

    let found = false;
    let bC = 0;
    let bR = 0;
    let bS = 0;
    let bRound = -1;
    let bA = -1;
    let bB = -1;
    let ties = 0;
    for (const pos of sample) {
      const r = Math.floor(pos / n);
      const a = pos - r * n;
      const t1 = tableOf[pos] as number;
      const mov = movable[r] as Uint8Array;
      const round = seats[r] as RoundSeats;
      for (let t2 = 0; t2 < tableCount; t2++) {
        if (t2 === t1) continue;
        for (const b of round[t2] as number[]) {
          if (!mov[b]) continue;
          evaluate(r, a, t1, b, t2);
          const c = clashes + dClash;
          const rr = repeats + dRep;
          const s = tune.fairness ? spread + dSpread : 0;
          const isTabu =
            (tabu[tabuAt(r, a, t2)] as number) > iteration || (tabu[tabuAt(r, b, t1)] as number) > iteration;
          if (isTabu && !lessThan(c, rr, s, best.clashes, best.repeats, best.spread)) continue;
          if (!found || lessThan(c, rr, s, bC, bR, bS)) {
            found = true;
            bC = c;
            bR = rr;
            bS = s;
            bRound = r;
            bA = a;
            bB = b;
            ties = 1;
          } else if (c === bC && rr === bR && s === bS) {
            ties++;
            if (random.int(ties) === 0) {
              bRound = r;
              bA = a;
              bB = b;
            }
          }
        }
      }
    }

    if (found) {
      const t1 = tableOf[bRound * n + bA] as number;
      const t2 = tableOf[bRound * n + bB] as number;
      swap(bRound, bA, bB);
      const tenure =
        tune.tenureMin + random.int(Math.max(tune.tenureSpan, Math.floor(n * tune.tenureSpanPerGuest)));
      tabu[tabuAt(bRound, bA, t1)] = iteration + tenure;
      tabu[tabuAt(bRound, bB, t2)] = iteration + tenure;
    }
    if (lessThan(clashes, repeats, spread, best.clashes, best.repeats, best.spread)) {
      best = { clashes, repeats, spread, tableOf: tableOf.slice() };
      lastBest = iteration;
      lastImprovement = iteration;
    } else if (!found || iteration - lastBest > tune.stall) {
      restoreBest();
      shake(2 + random.int(Math.max(2, Math.ceil(n / 8))));
      lastBest = iteration;
    }
  }

  restoreBest();
  return {
    rounds: seats.map((round) => round.map((t) => t.slice())),
    iterations: iteration,
    ended,
    cost: { clashes: best.clashes, repeats: best.repeats, spread: best.spread },
  };
}
