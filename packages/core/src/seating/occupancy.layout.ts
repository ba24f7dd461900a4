/**
 * How many guests sit at each table when there are more seats than guests. A host
 * with 30 guests and eight tables of 4 expects six full tables and two of three, not
 * seven full tables and one couple; and nobody should be left alone at a table. So
 * guests are spread in proportion to seats, only over as many tables as can seat at
 * least two each. The search keeps these numbers fixed and only swaps guests.
 */

/**
 * Guests per table, in table order: proportional to capacity (largest remainders,
 * ties to the earlier table), using only the largest tables when there are too few
 * guests to put two at every table. Assumes `n <= sum(capacities)`.
 */
export function balancedOccupancy(n: number, capacities: readonly number[]): number[] {
  const t = capacities.length;
  const occ = new Array<number>(t).fill(0);
  if (n === 0 || t === 0) return occ;
  const order = capacities.map((cap, i) => ({ cap, i })).sort((a, b) => b.cap - a.cap || a.i - b.i);
  // Never seat anyone alone when a neighbour could be found: use at most floor(n/2)
  // tables, but always enough tables to hold everyone.
  let used = Math.max(1, Math.min(t, Math.floor(n / 2)));
  const seatsOf = (k: number) => order.slice(0, k).reduce((s, x) => s + x.cap, 0);
  while (used < t && seatsOf(used) < n) used++;
  const chosen = order.slice(0, used);
  const total = seatsOf(used);
  const shares = chosen.map(({ cap, i }) => {
    const exact = (n * cap) / total;
    return { i, cap, base: Math.floor(exact), frac: exact - Math.floor(exact) };
  });
  let left = n - shares.reduce((s, x) => s + x.base, 0);
  const byFrac = shares.slice().sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const share of byFrac) {
    if (left === 0) break;
    if (share.base < share.cap) {
      share.base++;
      left--;
    }
  }
  for (const share of shares) occ[share.i] = share.base;
  // Proportional shares can still leave one guest at a small table; top it up from the fullest.
  for (const share of shares) {
    while ((occ[share.i] as number) === 1 && n > 1) {
      const donor = shares
        .filter((s) => s.i !== share.i && (occ[s.i] as number) > 2)
        .sort((a, b) => (occ[b.i] as number) - (occ[a.i] as number) || a.i - b.i)[0];
      if (!donor || share.cap < 2) break;
      occ[donor.i] = (occ[donor.i] as number) - 1;
      occ[share.i] = 2;
    }
  }
  return occ;
}

/**
 * Raises tables below their pinned load (`need[t]` guests pinned there this round) by
 * taking seats from the tables with the most unpinned room, so pins always fit.
 * Assumes `need[t] <= capacities[t]` and `sum(need) <= sum(occ)` (validated upstream).
 */
export function fitPinnedLoad(
  occ: readonly number[],
  capacities: readonly number[],
  need: readonly number[],
): number[] {
  const out = occ.slice();
  for (let t = 0; t < out.length; t++) {
    while ((out[t] as number) < (need[t] as number)) {
      // The donor with the most unpinned room; among equals the fuller table, and never
      // one that would be left with a single guest if another will do.
      let donor = -1;
      let bestKey = -1;
      for (let u = 0; u < out.length; u++) {
        const occ = out[u] as number;
        const room = occ - (need[u] as number);
        if (u === t || room <= 0) continue;
        const key = (occ - 1 === 1 ? 0 : 1_000_000) + room * 1000 + occ;
        if (key > bestKey) {
          bestKey = key;
          donor = u;
        }
      }
      if (donor < 0 || (out[t] as number) >= (capacities[t] as number)) break;
      out[donor] = (out[donor] as number) - 1;
      out[t] = (out[t] as number) + 1;
    }
  }
  return out;
}
