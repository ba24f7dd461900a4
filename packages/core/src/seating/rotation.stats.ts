/**
 * The numbers that tell a host how good a rotation is: how many pairs met, how many
 * met again, how fairly the repeats fall, and how the requested rounds compare with
 * the most rounds that could ever pass without a repeat. Computed from the plan
 * itself (not from what the engine believes), so they double as a check.
 */

import type { RotationModel } from './rotation.model.ts';
import type { PlanRound, RotationStats, RoundsBound } from './seating.types.ts';

const pairs = (k: number) => (k * (k - 1)) / 2;

/** The fewest same-table pairs when k guests are drawn from `bins` earlier tables (pigeonhole). */
function pigeonPairs(k: number, bins: number): number {
  if (bins <= 0) return pairs(k);
  const q = Math.floor(k / bins);
  const rem = k % bins;
  return rem * pairs(q + 1) + (bins - rem) * pairs(q);
}

/**
 * The bound on rounds without repeats for these head counts (per round, per table).
 * Three valid arguments, the smallest result quoted:
 * - per-guest: every occupied table seats the same s guests in every round, so a guest
 *   meets s-1 new people a round out of n-1: floor((n-1)/(s-1));
 * - pair-count: the pairs meeting each round add up to at most n(n-1)/2 (the rounds with
 *   the fewest pairs give the most generous, still valid, count);
 * - table-count: a table of s guests after the first round draws on only k tables of the
 *   round before, so when s > k two of them sat together already: at most 1 round.
 */
export function roundsBound(n: number, occupancies: readonly (readonly number[])[]): RoundsBound {
  const occupied = occupancies.map((round) => round.filter((k) => k > 0));
  const sizes = new Set(occupied.flat());
  const possible = pairs(n);
  const perRound = occupied.map((round) => round.reduce((sum, k) => sum + pairs(k), 0));
  const fewest = perRound.length > 0 ? Math.min(...perRound) : 0;
  if (fewest === 0) {
    return {
      rounds: occupancies.length,
      rule: 'pair-count',
      explanation: 'Nobody shares a table, so no pair can ever meet again, however many rounds.',
    };
  }
  const candidates: RoundsBound[] = [];
  const byPairs = Math.floor(possible / fewest);
  const varies = new Set(perRound).size > 1;
  candidates.push({
    rounds: byPairs,
    rule: 'pair-count',
    explanation: `Each round ${varies ? 'at least ' : ''}${fewest} pairs share a table and there are ${possible} possible pairs, so at most ${byPairs} round${byPairs === 1 ? '' : 's'} can pass before a pair meets again.`,
  });
  const [only] = [...sizes];
  if (sizes.size === 1 && only !== undefined && only > 1) {
    const byGuest = Math.floor((n - 1) / (only - 1));
    candidates.push({
      rounds: byGuest,
      rule: 'per-guest',
      explanation: `Each guest meets ${only - 1} new ${only - 1 === 1 ? 'person' : 'people'} a round and has ${n - 1} others to meet, so at most ${byGuest} round${byGuest === 1 ? '' : 's'} can pass before someone meets a person again.`,
    });
  }
  const largest = Math.max(...occupied.flat());
  const fewestTables = Math.min(...occupied.map((round) => round.length));
  if (largest > fewestTables) {
    candidates.push({
      rounds: 1,
      rule: 'table-count',
      explanation: `A table of ${largest} draws on only ${fewestTables} tables of the round before, so two of its guests have always sat together already: only 1 round can pass without a repeat.`,
    });
  }
  // Prefer the plainer argument when two give the same number.
  const order = ['per-guest', 'table-count', 'pair-count'];
  candidates.sort((a, b) => a.rounds - b.rounds || order.indexOf(a.rule) - order.indexOf(b.rule));
  return candidates[0] as RoundsBound;
}

/**
 * A lower bound on repeats for these head counts, the larger of two: the pair meetings
 * beyond all n(n-1)/2 possible pairs must be repeats; and from the second round on, a
 * table of o guests drawn from k tables of the round before seats at least the
 * pigeonhole number of pairs who just sat together.
 */
export function repeatsLowerBound(n: number, occupancies: readonly (readonly number[])[]): number {
  let pigeon = 0;
  for (let r = 1; r < occupancies.length; r++) {
    const before = (occupancies[r - 1] ?? []).filter((k) => k > 0).length;
    for (const k of occupancies[r] ?? []) pigeon += pigeonPairs(k, before);
  }
  const meetings = occupancies.reduce((sum, round) => sum + round.reduce((s, k) => s + pairs(k), 0), 0);
  return Math.max(pigeon, meetings - pairs(n));
}

/**
 * Repeats the rules force: pairs that must share a table (kept together, or pinned to
 * the same table) in more than one round.
 */
export function forcedRepeats(model: RotationModel): number {
  const { n } = model;
  const forced = new Uint16Array(n * n);
  for (let r = 0; r < model.rounds; r++) {
    const groups = new Map<string, number[]>();
    (model.units[r] ?? []).forEach((unit, u) => {
      const key = unit.table >= 0 ? `t${unit.table}` : `u${u}`;
      const list = groups.get(key) ?? [];
      list.push(...unit.members);
      groups.set(key, list);
    });
    for (const members of groups.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = Math.min(members[i] as number, members[j] as number);
          const b = Math.max(members[i] as number, members[j] as number);
          forced[a * n + b] = (forced[a * n + b] as number) + 1;
        }
      }
    }
  }
  let total = 0;
  for (const f of forced) if (f > 1) total += f - 1;
  return total;
}

/** Statistics for a plan's rounds over the given guests and table sizes. */
export function rotationStats(
  guestIds: readonly string[],
  capacities: readonly number[],
  rounds: readonly PlanRound[],
  forced = 0,
): RotationStats {
  const n = guestIds.length;
  const index = new Map(guestIds.map((id, i) => [id, i]));
  const meet = new Uint16Array(n * n);
  let pairMeetings = 0;
  let repeats = 0;
  let roundsWithoutRepeats = 0;
  let clean = true;
  for (const round of rounds) {
    for (const table of round.tables) {
      const members = table.guests.map((id) => index.get(id) ?? -1).filter((g) => g >= 0);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = Math.min(members[i] as number, members[j] as number);
          const b = Math.max(members[i] as number, members[j] as number);
          const m = (meet[a * n + b] as number) + 1;
          meet[a * n + b] = m;
          pairMeetings++;
          if (m > 1) repeats++;
        }
      }
    }
    if (clean && repeats === 0) roundsWithoutRepeats++;
    else clean = false;
  }
  let distinct = 0;
  const perGuest = new Array<number>(n).fill(0);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const m = meet[a * n + b] as number;
      if (m > 0) distinct++;
      if (m > 1) {
        perGuest[a] = (perGuest[a] as number) + m - 1;
        perGuest[b] = (perGuest[b] as number) + m - 1;
      }
    }
  }
  const occupancies = rounds.map((round) => round.tables.map((t) => t.guests.length));
  const bound = roundsBound(n, occupancies);
  const lowest = repeatsLowerBound(n, occupancies);
  const sizes = new Set(capacities);
  const [only] = [...sizes];
  return {
    rounds: rounds.length,
    guests: n,
    tables: capacities.length,
    seats: capacities.reduce((s, c) => s + c, 0),
    pairMeetings,
    repeats,
    forcedRepeats: forced,
    distinctPairsMet: distinct,
    possiblePairs: pairs(n),
    repeatsLowerBound: lowest,
    distinctPairsUpperBound: Math.min(pairs(n), pairMeetings - lowest),
    maxRepeatsPerGuest: perGuest.length > 0 ? Math.max(...perGuest) : 0,
    guestsWithRepeats: perGuest.filter((k) => k > 0).length,
    roundsWithoutRepeats,
    bound,
    classicBound:
      sizes.size === 1 && only !== undefined && only > 1 ? Math.floor((n - 1) / (only - 1)) : null,
    roundsBeyondBound: Math.max(0, rounds.length - bound.rounds),
  };
}
