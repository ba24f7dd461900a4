/**
 * The simple upper bound bench/pairing compares the 100,000-member round with: every
 * member's best edge in the complete graph, summed and halved (no matching can give a
 * member more than their best edge, and each pair counts two members).
 *
 * Finding each member's best partner exactly, without weighing all n² pairs: walk the
 * member's interests rarest first, weighing everyone met in each posting list. Someone
 * first met at the t-th interest shares only interests from t on, and the cosine of a
 * shared set S is at most sqrt(Σ_S idf²) / ‖member‖ (their own norm is at least that of
 * S), so once that bound plus the largest possible bonus cannot beat the best found, the
 * rest of the lists can be skipped. Members with no good shared interest fall back to a
 * full scan.
 */

import type { PairingModel } from '../../packages/core/src/matching/index.ts';
import { pairWeight } from '../../packages/core/src/matching/index.ts';
import { OPEN_MENTEE, OPEN_MENTOR } from '../../packages/core/src/matching/pairing-model.ts';
import { bump } from '../../packages/core/src/matching/weighted-graph.ts';

export interface BestEdges {
  /** Each member's best positive edge weight (0 when none). */
  best: Float64Array;
  /** Σ best / 2. */
  bound: number;
}

export function bestEdges(model: PairingModel): BestEdges {
  const { n, keyStart, keyIds, idf2, df } = model;
  const postingStart = new Int32Array(model.keys.length + 1);
  for (let k = 0; k < model.keys.length; k++)
    postingStart[k + 1] = (postingStart[k] as number) + (df[k] as number);
  const fill = postingStart.slice(0, model.keys.length);
  const postings = new Int32Array(postingStart[model.keys.length] as number);
  for (let i = 0; i < n; i++) {
    for (let p = keyStart[i] as number; p < (keyStart[i + 1] as number); p++)
      postings[bump(fill, keyIds[p] as number)] = i;
  }
  const seenAt = new Int32Array(n).fill(-1);
  const best = new Float64Array(n);
  const s = model.settings;
  for (let i = 0; i < n; i++) {
    const keys = Array.from(keyIds.subarray(keyStart[i] as number, keyStart[i + 1] as number)).sort(
      (a, b) => (idf2[b] as number) - (idf2[a] as number),
    );
    const norm = Math.sqrt(keys.reduce((sum, k) => sum + (idf2[k] as number), 0));
    const open = model.openTo[i] as number;
    const maxBonus = s.crossTeamBonus + (open & (OPEN_MENTOR | OPEN_MENTEE) ? s.mentoringBonus : 0);
    let suffix = keys.reduce((sum, k) => sum + (idf2[k] as number), 0);
    let top = 0;
    for (const k of keys) {
      if (Math.sqrt(suffix) / norm + maxBonus <= top) break;
      for (let p = postingStart[k] as number; p < (postingStart[k + 1] as number); p++) {
        const j = postings[p] as number;
        if (seenAt[j] === i || j === i) continue;
        seenAt[j] = i;
        const w = pairWeight(model, i, j);
        if (w !== null && w > top) top = w;
      }
      suffix -= idf2[k] as number;
    }
    if (top < maxBonus) {
      // Someone sharing nothing might still be best through the bonuses alone.
      for (let j = 0; j < n; j++) {
        if (seenAt[j] === i || j === i) continue;
        const w = pairWeight(model, i, j);
        if (w !== null && w > top) top = w;
      }
    }
    best[i] = top;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += best[i] as number;
  return { best, bound: sum / 2 };
}
