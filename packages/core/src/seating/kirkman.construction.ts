/**
 * Kirkman's schoolgirl problem (1850): fifteen guests at five tables of three for seven
 * rounds, every pair meeting exactly once. No affine geometry has 15 points, so the
 * solution is written out; it was found once by backtracking and is checked by the
 * tests (every round a partition, every pair exactly once).
 */

/** The seven rounds, tables as triples of points 0..14. */
export const KIRKMAN_15: readonly (readonly (readonly number[])[])[] = [
  [
    [0, 1, 2],
    [3, 4, 5],
    [6, 7, 8],
    [9, 10, 11],
    [12, 13, 14],
  ],
  [
    [0, 3, 6],
    [1, 4, 7],
    [2, 9, 12],
    [5, 10, 13],
    [8, 11, 14],
  ],
  [
    [0, 4, 9],
    [1, 5, 11],
    [2, 7, 14],
    [3, 8, 13],
    [6, 10, 12],
  ],
  [
    [0, 5, 14],
    [1, 3, 12],
    [2, 6, 11],
    [4, 8, 10],
    [7, 9, 13],
  ],
  [
    [0, 7, 10],
    [1, 6, 13],
    [2, 5, 8],
    [3, 9, 14],
    [4, 11, 12],
  ],
  [
    [0, 8, 12],
    [1, 10, 14],
    [2, 4, 13],
    [3, 7, 11],
    [5, 6, 9],
  ],
  [
    [0, 11, 13],
    [1, 8, 9],
    [2, 3, 10],
    [4, 6, 14],
    [5, 7, 12],
  ],
];

/** Up to seven zero-repeat rounds for five tables of three, or null for other layouts. */
export function kirkmanResolution(
  tableSize: number,
  tableCount: number,
  rounds: number,
): number[][][] | null {
  if (tableSize !== 3 || tableCount !== 5 || rounds < 1) return null;
  return KIRKMAN_15.slice(0, rounds).map((round) => round.map((table) => table.slice()));
}
