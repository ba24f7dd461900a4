/**
 * The one weight function of pairing. Candidate generation, the matching, the trio choice,
 * the explanations and the `--graph` export all call it, so "how good is this pair" has a
 * single answer that can be documented and tested.
 */
import type { PairingSettings } from './matching.types.ts';
import {
  findRelation,
  OPEN_MENTEE,
  OPEN_MENTOR,
  type PairingModel,
  REC_KEY_END,
  REC_KEY_START,
  REC_OPEN_TO,
  REC_SENIORITY,
  REC_STRIDE,
  REC_SUM_SQ,
  REC_TEAM,
} from './pairing-model.ts';

/**
 * Defaults, on the scale of the interest similarity (0 … 1):
 * - crossing teams is a nudge (0.1): it breaks ties towards "peacetime" ties across groups
 *   but never outweighs a real shared interest;
 * - a mentoring fit (0.2) counts like a good shared interest, because both asked for it;
 * - a repeat costs 1.0 on the day and halves every 90 days: last month's partner is
 *   practically never chosen again, last year's is only slightly held back.
 */
export const DEFAULT_PAIRING_SETTINGS: Readonly<PairingSettings> = Object.freeze({
  crossTeamBonus: 0.1,
  mentoringBonus: 0.2,
  minSeniorityGap: 1,
  repeatPenalty: 1,
  repeatHalfLifeDays: 90,
});

/** The parts a weight is made of, for explanations and tests. */
export interface WeightParts {
  /** The taxonomy's interest similarity, in [0, 1]. */
  similarity: number;
  sharedCount: number;
  crossTeam: number;
  mentoring: number;
  /** The (positive) amount subtracted for earlier matches. */
  repeat: number;
  /** Model index of the mentor when there is a mentoring fit, else -1. */
  mentor: number;
}

/** A fresh, zeroed WeightParts to pass to `pairWeight`. */
export function emptyWeightParts(): WeightParts {
  return { similarity: 0, sharedCount: 0, crossTeam: 0, mentoring: 0, repeat: 0, mentor: -1 };
}

/** Whether a hard rule forbids the pair (same person, a block, same team in a cross-team round). */
export function isExcluded(model: PairingModel, i: number, j: number): boolean {
  if (i === j) return true;
  const rec = model.rec;
  const ri = i * REC_STRIDE;
  if (model.crossTeamOnly && rec[ri + REC_TEAM] === rec[j * REC_STRIDE + REC_TEAM]) return true;
  return relationPenalty(model, i, j) === Number.POSITIVE_INFINITY;
}

/** The penalty between i and j from their relations: +Infinity for a block, 0 when none. */
function relationPenalty(model: PairingModel, i: number, j: number): number {
  const at = findRelation(model, i, j);
  return at === -1 ? 0 : (model.relPenalty[at] as number);
}

function isMentorOf(model: PairingModel, mentor: number, mentee: number): boolean {
  const rec = model.rec;
  const rm = mentor * REC_STRIDE;
  const re = mentee * REC_STRIDE;
  if (((rec[rm + REC_OPEN_TO] as number) & OPEN_MENTOR) === 0) return false;
  if (((rec[re + REC_OPEN_TO] as number) & OPEN_MENTEE) === 0) return false;
  const gap = (rec[rm + REC_SENIORITY] as number) - (rec[re + REC_SENIORITY] as number);
  // NaN (an unknown seniority) fails this comparison, so no fit is assumed.
  return gap >= model.settings.minSeniorityGap;
}

/**
 * The weight of pairing active members i and j (model indices), or null when a hard rule
 * forbids it:
 *
 *   weight = similarity + crossTeam + mentoring − repeat
 *
 * - similarity: `interestSimilarity` of the two members' normalised interests with the
 *   round's idf weights — cosine of idf-weighted sets, so rare shared interests count more
 *   (computed here on integer key ids; equal to the taxonomy function, to the last bit);
 * - crossTeam: `crossTeamBonus` when their teams differ;
 * - mentoring: `mentoringBonus` when one is open to mentoring, the other to being mentored,
 *   and the mentor's seniority exceeds the mentee's by at least `minSeniorityGap`;
 * - repeat: Σ over earlier matches of `repeatPenalty · 0.5^(age in days / repeatHalfLifeDays)`.
 *
 * Hard rules (null): the same member, a block in either direction, the same team in a
 * cross-team-only round. Paused members are not in the model at all.
 * Symmetric in i and j. When `parts` is given it is filled in with the terms.
 */
export function pairWeight(model: PairingModel, i: number, j: number, parts?: WeightParts): number | null {
  if (i === j) return null;
  const { rec, keyIds, idf2 } = model;
  const ri = i * REC_STRIDE;
  const rj = j * REC_STRIDE;
  if (model.crossTeamOnly && rec[ri + REC_TEAM] === rec[rj + REC_TEAM]) return null;
  const repeat = relationPenalty(model, i, j);
  if (repeat === Number.POSITIVE_INFINITY) return null;
  const pStart = rec[ri + REC_KEY_START] as number;
  const pEnd = rec[ri + REC_KEY_END] as number;
  const qStart = rec[rj + REC_KEY_START] as number;
  const qEnd = rec[rj + REC_KEY_END] as number;
  const denominator = Math.sqrt((rec[ri + REC_SUM_SQ] as number) * (rec[rj + REC_SUM_SQ] as number));
  let total = 0;
  let shared = 0;
  let p = pStart;
  let q = qStart;
  while (p < pEnd && q < qEnd) {
    const a = keyIds[p] as number;
    const b = keyIds[q] as number;
    if (a === b) {
      total += (idf2[a] as number) / denominator;
      shared++;
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  let similarity = 0;
  if (shared > 0 && denominator > 0) {
    // The same set on both sides scores exactly 1, as in interestSimilarity.
    similarity = shared === pEnd - pStart && shared === qEnd - qStart ? 1 : Math.min(1, total);
  }

  const s = model.settings;
  const crossTeam = rec[ri + REC_TEAM] !== rec[rj + REC_TEAM] ? s.crossTeamBonus : 0;
  let mentor = -1;
  if (((rec[ri + REC_OPEN_TO] as number) | (rec[rj + REC_OPEN_TO] as number)) & OPEN_MENTOR) {
    if (isMentorOf(model, i, j)) mentor = i;
    else if (isMentorOf(model, j, i)) mentor = j;
  }
  const mentoring = mentor >= 0 ? s.mentoringBonus : 0;

  if (parts) {
    parts.similarity = similarity;
    parts.sharedCount = shared;
    parts.crossTeam = crossTeam;
    parts.mentoring = mentoring;
    parts.repeat = repeat;
    parts.mentor = mentor;
  }
  return similarity + crossTeam + mentoring - repeat;
}

/** Key ids both members hold, ascending. */
export function sharedKeyIds(model: PairingModel, i: number, j: number): number[] {
  const out: number[] = [];
  let p = model.keyStart[i] as number;
  const pEnd = model.keyStart[i + 1] as number;
  let q = model.keyStart[j] as number;
  const qEnd = model.keyStart[j + 1] as number;
  while (p < pEnd && q < qEnd) {
    const a = model.keyIds[p] as number;
    const b = model.keyIds[q] as number;
    if (a === b) {
      out.push(a);
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  return out;
}
