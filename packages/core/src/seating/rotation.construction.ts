/**
 * Chooses an exact construction for a request, if one fits, and turns its points into
 * guests and table numbers. Constructions need every table the same size and the
 * seats to match a design (q^m points for affine geometry, t tables of s <= t for a
 * transversal design when t is a prime power, 15 for Kirkman, tables of two); a few empty seats are fine, since dropping points from a
 * zero-repeat design keeps it zero-repeat. Host rules are fitted by relabelling; when
 * they cannot be, or the design has fewer rounds than asked, the engine searches,
 * starting from the construction's rounds where it can.
 */

import type { Random } from '../random/prng.ts';
import { affineResolution } from './affine-space.construction.ts';
import { relabelForRules } from './construction.relabel.ts';
import { kirkmanResolution } from './kirkman.construction.ts';
import type { RoundSeats } from './rotation.greedy.ts';
import type { RotationModel } from './rotation.model.ts';
import { roundRobinPairs } from './round-robin.construction.ts';
import type { SeatingMethod } from './seating.types.ts';
import { transversalResolution } from './transversal.construction.ts';

export interface ConstructedRounds {
  method: Exclude<SeatingMethod, 'search'>;
  /** A short name of the design, for notes ("the affine plane of order 4"). */
  design: string;
  /** Rounds as tables of guest indices, in table order; possibly fewer than requested. */
  rounds: RoundSeats[];
}

/** A design's rounds over points 0..points-1 (points beyond the guests are empty seats). */
interface Design {
  method: ConstructedRounds['method'];
  design: string;
  points: number;
  rounds: number[][][];
}

/** The design with the most rounds (up to `want`) for `tableCount` tables of `size`. */
function bestDesign(n: number, size: number, tableCount: number, want: number): Design | null {
  const designs: Design[] = [];
  if (size === 2) {
    const points = n + (n % 2);
    const rounds = roundRobinPairs(points, want);
    if (rounds && points / 2 <= tableCount) {
      designs.push({ method: 'round-robin', design: 'a round-robin', points, rounds });
    }
  }
  const kirkman = kirkmanResolution(size, tableCount, want);
  if (kirkman)
    designs.push({ method: 'kirkman', design: "Kirkman's schoolgirl solution", points: 15, rounds: kirkman });
  const affine = affineResolution(size, tableCount, want);
  if (affine) {
    const design =
      affine.method === 'affine-plane'
        ? `the affine plane of order ${affine.q}`
        : `the ${affine.k === 1 ? 'lines' : `${affine.k}-flats`} of the affine space AG(${affine.m},${affine.q})`;
    designs.push({ method: affine.method, design, points: size * tableCount, rounds: affine.rounds });
  }
  const transversal = transversalResolution(size, tableCount, want);
  if (transversal) {
    designs.push({
      method: 'transversal-design',
      design: `a transversal design over GF(${tableCount})`,
      points: size * tableCount,
      rounds: transversal,
    });
  }
  // Too many empty seats would leave tables nearly empty: at most one per table.
  const usable = designs.filter((d) => d.points >= n && d.points - n <= tableCount);
  usable.sort((a, b) => b.rounds.length - a.rounds.length);
  return usable[0] ?? null;
}

/**
 * Zero-repeat rounds from a construction that honour every rule of the model, or a
 * reason why there are none. May hold fewer rounds than the model asks for.
 */
export function constructRounds(
  model: RotationModel,
  random: Random,
): ConstructedRounds | { reason: string; blockedByRules: boolean } {
  const { n, capacities } = model;
  const size = capacities[0] as number;
  if (capacities.some((c) => c !== size))
    return { reason: 'tables of different sizes', blockedByRules: false };
  const design = bestDesign(n, size, capacities.length, model.rounds);
  if (!design)
    return { reason: 'no known design for this number of guests and tables', blockedByRules: false };
  const perm = relabelForRules(model, design.rounds, design.points, size, random);
  if (!perm) {
    return { reason: `the seating rules could not be fitted onto ${design.design}`, blockedByRules: true };
  }
  const itemAt = new Int32Array(design.points);
  perm.forEach((point, item) => {
    itemAt[point] = item;
  });
  const rounds = design.rounds.map((blocks, r) => {
    const pin = model.pin[r] as Int32Array;
    const seats: RoundSeats = Array.from({ length: capacities.length }, () => []);
    const guestsOf = blocks.map((block) => block.map((p) => itemAt[p] as number).filter((g) => g < n));
    const taken = new Uint8Array(capacities.length);
    const waiting: number[][] = [];
    // Tables holding a pinned guest get that table number; the rest fill the gaps in order.
    for (const guests of guestsOf) {
      const pinnedTo = guests.map((g) => pin[g] as number).find((t) => t >= 0);
      if (pinnedTo !== undefined && !taken[pinnedTo]) {
        seats[pinnedTo] = guests;
        taken[pinnedTo] = 1;
      } else waiting.push(guests);
    }
    let t = 0;
    for (const guests of waiting) {
      while (taken[t]) t++;
      seats[t] = guests;
      taken[t] = 1;
    }
    return seats;
  });
  return { method: design.method, design: design.design, rounds };
}
