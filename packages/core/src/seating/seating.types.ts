/**
 * The plain-data shapes of a seat rotation: what a host asks for (guests, tables,
 * rounds, constraints) and what the engine hands back (a JSON-serialisable plan with
 * its statistics). Tables and rounds are numbered from 1 everywhere a person sees
 * them, so constraints in a guests file and the plan read the same way ("table 1").
 */

/** A guest at the event. `id` is what constraints refer to; `name` is printed. */
export interface SeatingGuest {
  id: string;
  name: string;
}

/**
 * Guests who sit at the same table: in the first round only (a guest who came with a
 * companion and wants a familiar face to start with) or in every round.
 */
export interface KeepTogether {
  guests: string[];
  mode: 'first-round' | 'always';
}

/** Guests who never share a table (every pair within the list). */
export interface KeepApart {
  guests: string[];
}

/** A guest who always sits at one table (a host at table 1), or only in some rounds. */
export interface PinnedSeat {
  guest: string;
  /** 1-based table number. */
  table: number;
  /** 1-based round numbers; every round when absent. */
  rounds?: number[];
}

export interface SeatingConstraints {
  keepTogether?: KeepTogether[];
  keepApart?: KeepApart[];
  pinned?: PinnedSeat[];
}

/** Stops a long search early: the caller owns the clock (e.g. a wall-clock deadline). */
export type ShouldStop = () => boolean;

export interface RotationRequest {
  guests: SeatingGuest[];
  /** Seats at each table, in table order (table 1 first). Empty seats are allowed. */
  tables: number[];
  rounds: number;
  constraints?: SeatingConstraints;
  /** Seed for every random choice; the same request, seed and budget give the same plan. */
  seed?: number | string;
  /** Upper limit on local-search iterations (default 200 000). */
  maxIterations?: number;
  /**
   * Asked now and then during the search; returning true stops it with the best plan so
   * far. A plan cut short by the clock is still valid but no longer reproducible.
   */
  shouldStop?: ShouldStop;
  /** Skip the exact constructions and always search (for comparisons and tests). */
  searchOnly?: boolean;
}

/**
 * How the plan was made. `affine-plane` and `affine-space` are resolutions of finite
 * geometries over GF(q); `transversal-design` seats t tables of s <= t (t a prime power);
 * `kirkman` is the classic 15-guest solution; `round-robin` is the circle method for
 * tables of two; `search` is the seeded tabu search.
 */
export type SeatingMethod =
  | 'affine-plane'
  | 'affine-space'
  | 'transversal-design'
  | 'kirkman'
  | 'round-robin'
  | 'search';

export interface PlanTable {
  /** 1-based table number. */
  table: number;
  /** Guest ids seated there this round. */
  guests: string[];
}

export interface PlanRound {
  /** 1-based round number. */
  round: number;
  tables: PlanTable[];
}

/** Which bound on rounds without repeats the statistics quote, and why. */
export interface RoundsBound {
  /** The largest number of rounds that could possibly pass without anyone meeting twice. */
  rounds: number;
  /**
   * `per-guest`: every table seats s people each round, so each guest meets s-1 new people a
   * round out of n-1 others: floor((n-1)/(s-1)). `pair-count`: with uneven tables, the pairs
   * who meet each round cannot exceed all possible pairs: floor(C(n,2) / pairs per round).
   * `table-count`: a table larger than the number of tables must, from round 2 on, seat two
   * people who sat together in the round before: 1. All are valid; the smallest is quoted.
   */
  rule: 'per-guest' | 'pair-count' | 'table-count';
  /** One sentence a host can read. */
  explanation: string;
}

export interface RotationStats {
  rounds: number;
  guests: number;
  tables: number;
  seats: number;
  /** Pair meetings summed over all rounds (a pair at one table in one round counts once). */
  pairMeetings: number;
  /** Pair meetings beyond a pair's first. */
  repeats: number;
  /** Repeats that the constraints force (guests kept together or pinned together). */
  forcedRepeats: number;
  distinctPairsMet: number;
  /** n(n-1)/2. */
  possiblePairs: number;
  /** No plan with these head counts can have fewer repeats (pigeonhole, round on round). */
  repeatsLowerBound: number;
  /** No plan with these head counts can have more distinct pairs: min(possible, meetings - repeatsLowerBound). */
  distinctPairsUpperBound: number;
  /** The most repeats any one guest has (a guest's repeats: meetings beyond the first, per partner). */
  maxRepeatsPerGuest: number;
  guestsWithRepeats: number;
  /** How many rounds, from the first, pass with nobody meeting anyone twice. */
  roundsWithoutRepeats: number;
  bound: RoundsBound;
  /** The trivial floor((n-1)/(s-1)) when all tables have the same size s; otherwise null. */
  classicBound: number | null;
  /** How many requested rounds lie beyond the bound (0 when within it). */
  roundsBeyondBound: number;
}

export interface RotationPlan {
  kind: 'seat-rotation';
  version: 1;
  method: SeatingMethod;
  /** The seed used, so the plan can be reproduced. */
  seed: number | string;
  guests: SeatingGuest[];
  /** Seats at each table (1-based `table`). */
  tables: { table: number; seats: number }[];
  rounds: PlanRound[];
  stats: RotationStats;
  /** Plain-language remarks (e.g. why a construction was not used, or a search cut short). */
  notes: string[];
  /** Search iterations spent (0 for constructions). */
  iterations: number;
}
