/**
 * Seat rotation, end to end: validate the request, use an exact construction when one
 * fits (zero repeats, instantly), otherwise start from a greedy plan (or from the
 * construction's rounds) and improve it with the seeded tabu search; then attach the
 * statistics and check the result independently before handing it back.
 */

import { createRandom } from '../random/prng.ts';
import { assertValidRotation } from './constraints.validate.ts';
import { balancedOccupancy } from './occupancy.layout.ts';
import { verifyRotationPlan } from './plan.verify.ts';
import { constructRounds } from './rotation.construction.ts';
import { greedyRotation, type RoundSeats } from './rotation.greedy.ts';
import type { RotationModel } from './rotation.model.ts';
import { forcedRepeats, repeatsLowerBound, rotationStats } from './rotation.stats.ts';
import { SeatingError } from './seating.error.ts';
import type { PlanRound, RotationPlan, RotationRequest, SeatingMethod } from './seating.types.ts';
import { tabuSearch } from './tabu.search.ts';

/** Search iterations when the request does not say (a few seconds at most for a large dinner). */
export const DEFAULT_MAX_ITERATIONS = 200_000;

/** Guests the search may move in each round: not pinned, not part of a keep-together unit. */
function movableGuests(model: RotationModel): Uint8Array[] {
  return Array.from({ length: model.rounds }, (_, r) => {
    const row = new Uint8Array(model.n).fill(1);
    const pin = model.pin[r] as Int32Array;
    for (const unit of model.units[r] ?? []) {
      if (unit.members.length > 1) for (const g of unit.members) row[g] = 0;
    }
    for (let g = 0; g < model.n; g++) if ((pin[g] as number) >= 0) row[g] = 0;
    return row;
  });
}

function toPlanRounds(model: RotationModel, rounds: readonly RoundSeats[]): PlanRound[] {
  return rounds.map((round, r) => ({
    round: r + 1,
    tables: model.capacities.map((_, t) => ({
      table: t + 1,
      guests: (round[t] ?? []).map((g) => model.ids[g] as string),
    })),
  }));
}

/**
 * Plans who sits where in every round. Throws a `SeatingError` (with every problem
 * listed) when the request cannot be honoured. Same request, seed and iteration budget
 * give the same plan, unless `shouldStop` cut the search short.
 */
export function planRotation(request: RotationRequest): RotationPlan {
  const model = assertValidRotation(request);
  const seed = request.seed ?? 1;
  const random = createRandom(seed);
  const notes: string[] = [];
  let method: SeatingMethod = 'search';
  let rounds: RoundSeats[];
  let iterations = 0;

  const built = request.searchOnly ? null : constructRounds(model, random.fork('construction'));
  const construction = built && 'rounds' in built ? built : null;
  if (built && 'reason' in built && built.blockedByRules) {
    notes.push(
      `An exact design would fit these tables, but ${built.reason}; the search planned the seats instead.`,
    );
  }
  if (construction && construction.rounds.length >= model.rounds) {
    method = construction.method;
    rounds = construction.rounds.slice(0, model.rounds);
    notes.push(`Seated with ${construction.design}: nobody meets anyone twice.`);
  } else {
    const prefix = construction?.rounds ?? [];
    if (construction) {
      notes.push(
        `${construction.design[0]?.toUpperCase()}${construction.design.slice(1)} gives ${prefix.length} rounds without repeats; the search planned the rest.`,
      );
    }
    const occupancy = balancedOccupancy(model.n, model.capacities);
    const initial = greedyRotation(model, occupancy, random.fork('greedy'), prefix);
    const result = tabuSearch(initial, {
      n: model.n,
      tableCount: model.capacities.length,
      apart: model.apart,
      movable: movableGuests(model),
      random: random.fork('search'),
      maxIterations: request.maxIterations ?? DEFAULT_MAX_ITERATIONS,
      repeatsFloor: repeatsLowerBound(
        model.n,
        initial.map((round) => round.map((table) => table.length)),
      ),
      ...(request.shouldStop ? { shouldStop: request.shouldStop } : {}),
    });
    rounds = result.rounds;
    iterations = result.iterations;
    if (result.ended === 'stopped')
      notes.push('The search stopped at the time limit; this is the best plan it found.');
    if (result.cost.clashes > 0) throw apartError(model, rounds);
  }

  const planRounds = toPlanRounds(model, rounds);
  const problems = verifyRotationPlan(request, planRounds);
  if (problems.length > 0) {
    throw new Error(`Seating engine produced an invalid plan (a bug): ${problems.join(' ')}`);
  }
  const stats = rotationStats(model.ids, model.capacities, planRounds, forcedRepeats(model));
  if (stats.forcedRepeats > 0) {
    notes.push(
      `${stats.forcedRepeats} of the repeats come from guests who must sit together (kept together or pinned to one table).`,
    );
  }
  return {
    kind: 'seat-rotation',
    version: 1,
    method,
    seed,
    guests: request.guests.map((g) => ({ id: g.id, name: g.name || g.id })),
    tables: model.capacities.map((seats, t) => ({ table: t + 1, seats })),
    rounds: planRounds,
    stats,
    notes,
    iterations,
  };
}

/** The error for keep-apart rules the search could not satisfy, naming the first clash. */
function apartError(model: RotationModel, rounds: readonly RoundSeats[]): SeatingError {
  for (let r = 0; r < rounds.length; r++) {
    for (const [t, table] of (rounds[r] ?? []).entries()) {
      for (const { a, b, rule } of model.apartPairs) {
        if (table.includes(a) && table.includes(b)) {
          return new SeatingError(
            'apart_unsatisfiable',
            `Could not keep "${model.names[a]}" and "${model.names[b]}" apart (keep-apart rule ${rule + 1}): in round ${r + 1} they both end up at table ${t + 1}. Loosen a pin or a keep-together rule, or add a table.`,
          );
        }
      }
    }
  }
  return new SeatingError(
    'apart_unsatisfiable',
    'Could not honour every keep-apart rule. Loosen the rules or add a table.',
  );
}
