/**
 * Tables of two (speed meetings, one-to-one chats): the circle method of a round-robin
 * tournament. Fix one guest, rotate the rest one place each round; N guests (N even)
 * get N-1 rounds in which everyone meets everyone exactly once. With an odd number the
 * engine adds an empty seat, so each round one guest has a table to themselves.
 */

/**
 * Up to N-1 rounds of pairs over points 0..N-1 (N even), each round N/2 pairs, never a
 * pair twice. Returns null for odd N or N < 2.
 */
export function roundRobinPairs(points: number, rounds: number): number[][][] | null {
  if (points < 2 || points % 2 !== 0 || rounds < 1) return null;
  const spin = points - 1;
  const out: number[][][] = [];
  for (let r = 0; r < Math.min(rounds, spin); r++) {
    const tables: number[][] = [[spin, r]];
    for (let i = 1; i < points / 2; i++) {
      tables.push([(r + i) % spin, (r - i + spin) % spin]);
    }
    out.push(tables);
  }
  return out;
}
