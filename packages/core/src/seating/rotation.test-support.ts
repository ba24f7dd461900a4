/**
 * Helpers shared by the seating tests: guest lists, and checks written independently of
 * the engine (a plan's validity and its pair counts), so a test never grades the engine
 * with the engine's own arithmetic.
 */

import type { PlanRound, RotationPlan, SeatingGuest } from './seating.types.ts';

export function guestsOf(n: number): SeatingGuest[] {
  return Array.from({ length: n }, (_, i) => ({ id: `g${i + 1}`, name: `Guest ${i + 1}` }));
}

/** Problems with a plan's shape: each guest exactly once per round, no table over its seats. */
export function shapeProblems(
  plan: RotationPlan,
  guests: readonly SeatingGuest[],
  tables: readonly number[],
): string[] {
  const problems: string[] = [];
  for (const round of plan.rounds) {
    const seen: string[] = [];
    if (round.tables.length !== tables.length)
      problems.push(`round ${round.round}: ${round.tables.length} tables`);
    round.tables.forEach((table, t) => {
      if (table.guests.length > (tables[t] ?? 0))
        problems.push(`round ${round.round}: table ${t + 1} over capacity`);
      seen.push(...table.guests);
    });
    const sorted = seen.slice().sort();
    const expected = guests.map((g) => g.id).sort();
    if (JSON.stringify(sorted) !== JSON.stringify(expected)) {
      problems.push(`round ${round.round}: guests seated ${JSON.stringify(sorted)}`);
    }
  }
  return problems;
}

/** Pair meeting counts keyed "a|b" (a < b), counted with plain loops. */
export function pairCounts(rounds: readonly PlanRound[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const round of rounds) {
    for (const table of round.tables) {
      for (const a of table.guests) {
        for (const b of table.guests) {
          if (a < b) counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

export function repeatsOf(rounds: readonly PlanRound[]): number {
  let total = 0;
  for (const m of pairCounts(rounds).values()) total += Math.max(0, m - 1);
  return total;
}

/** Which table each guest sits at in a round (1-based). */
export function tableOfIn(round: PlanRound): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of round.tables) for (const id of table.guests) out.set(id, table.table);
  return out;
}
