/**
 * Who could be paired with whom, without weighing all n² pairs. Small rounds are weighed
 * exhaustively. Large ones go through an inverted index on interests: each member scans
 * the holders of their rarer interests in full and only a seeded sample of the holders of
 * very common ones (sharing "travel" with 40,000 people says little), keeps the best
 * candidates by the exact weight, and adds a few random, cross-team and mentoring
 * candidates so that nobody whose interests are unusual or absent is stranded.
 */
import type { Random } from '../random/prng.ts';
import type { CandidateTuning } from './matching.types.ts';
import { pairWeight } from './pair-weight.ts';
import { OPEN_MENTEE, OPEN_MENTOR, type PairingModel } from './pairing-model.ts';
import { TopK } from './top-k.ts';
import { bump, EdgeBuffer, type WeightedGraph } from './weighted-graph.ts';

/**
 * Defaults measured in bench/pairing (see bench/README.md). Scanning the rarest lists whole
 * (a high per-interest cap) finds better partners than spreading the same budget thinly;
 * 10 kept per member (20 when every pair is weighed) lose nothing measurable at 1,000.
 */
export const DEFAULT_CANDIDATE_TUNING: Readonly<CandidateTuning> = Object.freeze({
  perMember: 10,
  random: 3,
  crossTeam: 2,
  mentoring: 2,
  postingCap: 1024,
  scanBudget: 2048,
  exhaustiveUpTo: 2000,
});

/** Every pair weighed; each member keeps its 2·perMember best positive edges. */
function exhaustiveCandidates(model: PairingModel, tuning: CandidateTuning): EdgeBuffer {
  const { n } = model;
  const keep = tuning.perMember * 2;
  const heaps = Array.from({ length: n }, () => new TopK(keep));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = pairWeight(model, i, j);
      if (w === null || !(w > 0)) continue;
      (heaps[i] as TopK).offer(w, j);
      (heaps[j] as TopK).offer(w, i);
    }
  }
  const edges = new EdgeBuffer();
  heaps.forEach((heap, i) => {
    for (let k = 0; k < heap.size; k++) edges.add(i, heap.item(k), heap.score(k));
  });
  return edges;
}

/**
 * key id -> holders, in member order. Members sample a long list at evenly spaced
 * positions from a hashed offset, so a sample spans the whole list (whatever order the
 * input came in) and is read front to back, which the memory system likes.
 */
function buildPostings(model: PairingModel) {
  const keyCount = model.keys.length;
  const start = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) start[k + 1] = (start[k] as number) + (model.df[k] as number);
  const fill = start.slice(0, keyCount);
  const list = new Int32Array(start[keyCount] as number);
  // Beside each holder, what sharing this key with them is worth (idf² / their norm) and
  // their team: the scan then reads everything it needs front to back, and touches the
  // holder's own data only through one small accumulator.
  const worth = new Float32Array(list.length);
  const team = new Int32Array(list.length);
  for (let i = 0; i < model.n; i++) {
    const sumSq = model.sumSq[i] as number;
    const invNorm = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
    for (let p = model.keyStart[i] as number; p < (model.keyStart[i + 1] as number); p++) {
      const k = model.keyIds[p] as number;
      const at = bump(fill, k);
      list[at] = i;
      worth[at] = (model.idf2[k] as number) * invNorm;
      team[at] = model.team[i] as number;
    }
  }
  return { start, list, worth, team };
}

/** A cheap integer hash, for where in a long posting list a member's sample starts. */
function mix(a: number, b: number, c: number): number {
  let h =
    Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Adds edge i–j when the pair is allowed and worth something; true if added. */
function tryAdd(model: PairingModel, i: number, j: number, edges: EdgeBuffer): boolean {
  const w = pairWeight(model, i, j);
  if (w === null || !(w > 0)) return false;
  edges.add(i, j, w);
  return true;
}

/** Draws up to `wanted` members from `pool` (4 tries each) that are allowed and worth something. */
function addFromPool(
  model: PairingModel,
  i: number,
  pool: readonly number[],
  wanted: number,
  random: Random,
  edges: EdgeBuffer,
): void {
  let found = 0;
  for (let attempt = 0; pool.length > 0 && attempt < wanted * 4 && found < wanted; attempt++) {
    if (tryAdd(model, i, random.pick(pool), edges)) found++;
  }
}

function addRandomCandidates(
  model: PairingModel,
  i: number,
  tuning: CandidateTuning,
  random: Random,
  mentors: readonly number[],
  mentees: readonly number[],
  edges: EdgeBuffer,
): void {
  const { n } = model;
  for (let r = 0; r < tuning.random; r++) tryAdd(model, i, random.int(n), edges);
  let found = 0;
  for (let attempt = 0; attempt < tuning.crossTeam * 4 && found < tuning.crossTeam; attempt++) {
    const j = random.int(n);
    if (model.team[j] !== model.team[i] && tryAdd(model, i, j, edges)) found++;
  }
  const bits = model.openTo[i] as number;
  if ((bits & OPEN_MENTEE) !== 0) addFromPool(model, i, mentors, tuning.mentoring, random, edges);
  if ((bits & OPEN_MENTOR) !== 0) addFromPool(model, i, mentees, tuning.mentoring, random, edges);
}

/** The inverted-index path for large rounds. */
function indexedCandidates(model: PairingModel, tuning: CandidateTuning, random: Random): EdgeBuffer {
  const { n, keyStart, keyIds, df, sumSq, team } = model;
  const postings = buildPostings(model);
  const seedHash = random.int(0x7fffffff);
  // Per member met: Σ idf²/‖them‖ over the interests shared so far, plus the cross-team
  // bonus scaled by our own norm, so that ‖us‖⁻¹ · acc is the rough weight. Single precision
  // (it only ranks): at 4 bytes a member it stays in the processor's cache.
  const acc = new Float32Array(n);
  const touched = new Int32Array(n);
  const keyOrder = new Int32Array(Math.max(1, keyIds.length));
  const rough = new TopK(tuning.perMember + 4);
  const exact = new TopK(tuning.perMember);
  const edges = new EdgeBuffer();
  const mentors: number[] = [];
  const mentees: number[] = [];
  for (let i = 0; i < n; i++) {
    if (((model.openTo[i] as number) & OPEN_MENTOR) !== 0) mentors.push(i);
    if (((model.openTo[i] as number) & OPEN_MENTEE) !== 0) mentees.push(i);
  }
  const extra = random.fork('extra');
  const crossTeamBonus = model.settings.crossTeamBonus;

  for (let i = 0; i < n; i++) {
    // Rarest interests first, so the scan budget goes where sharing says the most.
    const from = keyStart[i] as number;
    const count = (keyStart[i + 1] as number) - from;
    for (let a = 0; a < count; a++) {
      const k = keyIds[from + a] as number;
      let b = a - 1;
      while (b >= 0 && (df[keyOrder[b] as number] as number) > (df[k] as number)) {
        keyOrder[b + 1] = keyOrder[b] as number;
        b--;
      }
      keyOrder[b + 1] = k;
    }
    let budget = tuning.scanBudget;
    let touchedCount = 0;
    const ownSq = sumSq[i] as number;
    const ownInvNorm = ownSq > 0 ? 1 / Math.sqrt(ownSq) : 0;
    const ownTeam = team[i] as number;
    // The bonus in acc's units (acc · ‖us‖⁻¹ is then the rough weight).
    const teamBonus = ownInvNorm > 0 ? crossTeamBonus / ownInvNorm : 0;
    for (let a = 0; a < count && budget > 0; a++) {
      const k = keyOrder[a] as number;
      const listStart = postings.start[k] as number;
      const length = (postings.start[k + 1] as number) - listStart;
      const take = Math.min(length, tuning.postingCap, budget);
      budget -= take;
      const offset = take === length ? 0 : mix(seedHash, i, k) % length;
      const stride = length / take;
      for (let t = 0; t < take; t++) {
        let at = offset + Math.floor(t * stride);
        if (at >= length) at -= length;
        at += listStart;
        const j = postings.list[at] as number;
        if (j === i) continue;
        const worth = postings.worth[at] as number;
        if (acc[j] === 0) {
          touched[touchedCount++] = j;
          acc[j] = worth + (postings.team[at] !== ownTeam ? teamBonus : 0);
        } else {
          acc[j] = (acc[j] as number) + worth;
        }
      }
    }
    // Rank by the sampled dot product, then keep the best by the exact weight.
    rough.clear();
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t] as number;
      const score = (acc[j] as number) * ownInvNorm;
      acc[j] = 0;
      if (score >= rough.floor) rough.offer(score, j);
    }
    exact.clear();
    for (let k = 0; k < rough.size; k++) {
      const j = rough.item(k);
      const w = pairWeight(model, i, j);
      if (w !== null && w > 0) exact.offer(w, j);
    }
    for (let k = 0; k < exact.size; k++) edges.add(i, exact.item(k), exact.score(k));
    addRandomCandidates(model, i, tuning, extra, mentors, mentees, edges);
  }
  return edges;
}

/**
 * The candidate graph of a round: positive-weight edges only (a pair worth nothing is no
 * better than no pair; members left over are placed afterwards), symmetric, deduplicated.
 */
export function buildCandidateGraph(
  model: PairingModel,
  tuning: CandidateTuning,
  random: Random,
): WeightedGraph {
  const edges =
    model.n <= tuning.exhaustiveUpTo
      ? exhaustiveCandidates(model, tuning)
      : indexedCandidates(model, tuning, random);
  return edges.toGraph(model.n);
}
