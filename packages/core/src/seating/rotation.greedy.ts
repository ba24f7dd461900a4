/**
 * The starting seat plan for the search: round by round, seat pinned guests and
 * keep-together groups first (they are the hardest to fit), then everyone else, each
 * at the table where they have met the fewest people so far. Guests kept together or
 * pinned stay where the greedy puts them; the search only moves the free guests, so
 * the hard rules hold in every plan it ever looks at.
 */

import type { Random } from '../random/prng.ts';
import { fitPinnedLoad } from './occupancy.layout.ts';
import type { RotationModel } from './rotation.model.ts';
import { listWords, SeatingError } from './seating.error.ts';

/** A round as tables of guest indices, in table order. */
export type RoundSeats = number[][];

/** Records a round's meetings in the n*n meeting-count matrix. */
export function addMeetings(meet: Uint16Array, n: number, round: RoundSeats): void {
  for (const table of round) {
    for (let i = 0; i < table.length; i++) {
      for (let j = i + 1; j < table.length; j++) {
        const a = table[i] as number;
        const b = table[j] as number;
        meet[a * n + b] = (meet[a * n + b] as number) + 1;
        meet[b * n + a] = (meet[b * n + a] as number) + 1;
      }
    }
  }
}

/**
 * Seats one round (0-based `r`), given who has met whom so far. `occupancy` is how
 * many guests each table should take; it bends only when a group cannot otherwise fit.
 */
export function greedyRound(
  model: RotationModel,
  r: number,
  occupancy: readonly number[],
  meet: Uint16Array,
  random: Random,
): RoundSeats {
  const { n, capacities, apart } = model;
  const tableCount = capacities.length;
  const units = model.units[r] ?? [];
  const need = new Array<number>(tableCount).fill(0);
  for (const u of units) if (u.table >= 0) need[u.table] = (need[u.table] as number) + u.members.length;
  const target = fitPinnedLoad(occupancy, capacities, need);
  const seats: RoundSeats = Array.from({ length: tableCount }, () => []);

  const cost = (members: readonly number[], t: number): number => {
    let clashes = 0;
    let met = 0;
    for (const g of members) {
      for (const x of seats[t] as number[]) {
        clashes += apart[g * n + x] as number;
        met += meet[g * n + x] as number;
      }
    }
    return clashes * 1_000_000 + met;
  };
  const place = (members: readonly number[], t: number) => {
    for (const g of members) (seats[t] as number[]).push(g);
  };
  const room = (t: number) => (target[t] as number) - (seats[t] as number[]).length;

  for (const u of units) if (u.table >= 0) place(u.members, u.table);
  const free = random
    .shuffle(units.filter((u) => u.table < 0))
    .sort((a, b) => b.members.length - a.members.length);
  for (const unit of free) {
    const size = unit.members.length;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestRoom = -1;
    for (const t of random.shuffle(Array.from({ length: tableCount }, (_, i) => i))) {
      if (room(t) < size) continue;
      const c = cost(unit.members, t);
      if (c < bestCost || (c === bestCost && room(t) > bestRoom)) {
        best = t;
        bestCost = c;
        bestRoom = room(t);
      }
    }
    if (best < 0) best = makeRoom(unit.members, size);
    place(unit.members, best);
  }
  return seats;

  /** Moves planned seats from tables with spare places to one that can take the group. */
  function makeRoom(members: readonly number[], size: number): number {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let t = 0; t < tableCount; t++) {
      if ((capacities[t] as number) - (seats[t] as number[]).length < size) continue;
      const c = cost(members, t);
      if (c < bestCost) {
        best = t;
        bestCost = c;
      }
    }
    if (best < 0) {
      const names = listWords(members.map((g) => `"${model.names[g]}"`));
      throw new SeatingError(
        'no_room_for_group',
        `In round ${r + 1} no table has ${size} seats left for ${names}, who sit together. Use larger tables, fewer pins, or smaller keep-together groups.`,
      );
    }
    while (room(best) < size) {
      let donor = -1;
      for (let t = 0; t < tableCount; t++)
        if (t !== best && room(t) > 0 && (donor < 0 || room(t) > room(donor))) donor = t;
      if (donor < 0) break;
      target[donor] = (target[donor] as number) - 1;
      target[best] = (target[best] as number) + 1;
    }
    return best;
  }
}

/** Seats every round after the given `prefix`, updating `meet` as it goes. */
export function greedyRotation(
  model: RotationModel,
  occupancy: readonly number[],
  random: Random,
  prefix: readonly RoundSeats[] = [],
): RoundSeats[] {
  const meet = new Uint16Array(model.n * model.n);
  const rounds: RoundSeats[] = prefix.map((round) => round.map((t) => t.slice()));
  for (const round of rounds) addMeetings(meet, model.n, round);
  for (let r = rounds.length; r < model.rounds; r++) {
    const round = greedyRound(model, r, occupancy, meet, random);
    addMeetings(meet, model.n, round);
    rounds.push(round);
  }
  return rounds;
}
