/**
 * A round's members turned into flat typed arrays, once, so that weighing a pair is a
 * merge of two short integer lists and a few lookups. At 100,000 members the engine weighs
 * millions of pairs; doing that on the input objects (strings, Sets, Maps per call) would
 * cost more than everything else together.
 */
import { buildInterestWeights } from '../taxonomy/index.ts';
import { normaliseInterest } from '../taxonomy/normalise.ts';
import type { PairingMember, PairingSettings, PastMatch } from './matching.types.ts';

/** Bits of `openTo`. */
export const OPEN_PEER = 1;
export const OPEN_MENTOR = 2;
export const OPEN_MENTEE = 4;

export interface PairingModel {
  /** Active members only, in locality order; model index i is `members[memberIndex[i]]` of the request. */
  readonly n: number;
  readonly ids: readonly string[];
  readonly memberIndex: Int32Array;
  /** Interest keys, indexed by key id; ids are assigned in sorted key order. */
  readonly keys: readonly string[];
  readonly keyLabels: readonly string[];
  /** idf² per key id (the idf of `buildInterestWeights` over the active members). */
  readonly idf2: Float64Array;
  /** How many active members hold each key. */
  readonly df: Int32Array;
  /** Member i's key ids, ascending (= sorted key order), are keyIds[keyStart[i] .. keyStart[i+1]). */
  readonly keyStart: Int32Array;
  readonly keyIds: Int32Array;
  /** Σ idf² over member i's keys, added up in the member's own order (as interestSimilarity does). */
  readonly sumSq: Float64Array;
  readonly team: Int32Array;
  readonly teamNames: readonly string[];
  /** NaN when unknown. */
  readonly seniority: Float64Array;
  readonly openTo: Uint8Array;
  /**
   * Member i's relations are relOther/relPenalty[relStart[i] .. relStart[i+1]), by other
   * member ascending: +Infinity for a block (either direction), else the summed decayed
   * penalty of earlier matches.
   */
  readonly relStart: Int32Array;
  readonly relOther: Int32Array;
  readonly relPenalty: Float64Array;
  /** The most recent earlier match of the relation (epoch ms), or NaN; for explanations. */
  readonly relLastMet: Float64Array;
  readonly crossTeamOnly: boolean;
  readonly settings: Readonly<PairingSettings>;
  /**
   * The same per-member facts packed 8 to a member (one cache line), for the weight
   * function's hot path: at 100,000 members, reading them from seven separate arrays costs
   * seven cache misses per pair weighed. Offsets are the REC_* constants.
   */
  readonly rec: Float64Array;
}

export const REC_STRIDE = 8;
export const REC_SUM_SQ = 0;
export const REC_TEAM = 1;
export const REC_SENIORITY = 2;
export const REC_OPEN_TO = 3;
export const REC_KEY_START = 4;
export const REC_KEY_END = 5;
export const REC_REL_START = 6;
export const REC_REL_END = 7;

function packRecords(
  n: number,
  parts: {
    sumSq: Float64Array;
    team: Int32Array;
    seniority: Float64Array;
    openTo: Uint8Array;
    keyStart: Int32Array;
    relStart: Int32Array;
  },
): Float64Array {
  const rec = new Float64Array(n * REC_STRIDE);
  for (let i = 0; i < n; i++) {
    const at = i * REC_STRIDE;
    rec[at + REC_SUM_SQ] = parts.sumSq[i] as number;
    rec[at + REC_TEAM] = parts.team[i] as number;
    rec[at + REC_SENIORITY] = parts.seniority[i] as number;
    rec[at + REC_OPEN_TO] = parts.openTo[i] as number;
    rec[at + REC_KEY_START] = parts.keyStart[i] as number;
    rec[at + REC_KEY_END] = parts.keyStart[i + 1] as number;
    rec[at + REC_REL_START] = parts.relStart[i] as number;
    rec[at + REC_REL_END] = parts.relStart[i + 1] as number;
  }
  return rec;
}

const DAY_MS = 86_400_000;

/** Where j sits in i's relations (a block or earlier matches), or -1 when they have none. */
export function findRelation(model: PairingModel, i: number, j: number): number {
  const rec = model.rec;
  const end = rec[i * REC_STRIDE + REC_REL_END] as number;
  for (let p = rec[i * REC_STRIDE + REC_REL_START] as number; p < end; p++) {
    const other = model.relOther[p] as number;
    if (other === j) return p;
    if (other > j) break;
  }
  return -1;
}

/**
 * Epoch ms for a day given as YYYY-MM-DD, an ISO date-time, or epoch ms. Throws on anything
 * else: the app validates files first, so a bad value here is a caller's bug.
 */
export function toEpochMs(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a date: ${value}`);
    return value;
  }
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${value}`);
  return ms;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Normalised keys per member, deduplicated in input order (exactly as normaliseInterests). */
function normaliseAll(members: readonly PairingMember[], labels: Map<string, string>): string[][] {
  const byText = new Map<string, string | null>();
  return members.map((member) => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const text of member.interests) {
      let key = byText.get(text);
      if (key === undefined) {
        const interest = normaliseInterest(text);
        key = interest?.key ?? null;
        if (interest && !labels.has(interest.key)) labels.set(interest.key, interest.label);
        byText.set(text, key);
      }
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      out.push(key);
    }
    return out;
  });
}

function openToBits(member: PairingMember): number {
  const list = member.openTo ?? ['peer'];
  let bits = 0;
  for (const o of list) bits |= o === 'mentor' ? OPEN_MENTOR : o === 'mentee' ? OPEN_MENTEE : OPEN_PEER;
  return bits;
}

/**
 * Who each member has a history with: a block (penalty +Infinity: never pair them) or
 * earlier matches (their decayed penalties added up). One short list per member, sorted
 * by the other member, so the weight function finds both with one scan and no hashing.
 */
function buildRelations(
  members: readonly PairingMember[],
  indexById: Map<string, number>,
  history: readonly PastMatch[],
  todayMs: number,
  settings: PairingSettings,
) {
  const n = members.length;
  // Every relation twice (i→j and j→i), then grouped by i like a counting sort.
  const from: number[] = [];
  const to: number[] = [];
  const penalty: number[] = [];
  const met: number[] = [];
  const add = (i: number, j: number, value: number, when: number) => {
    from.push(i, j);
    to.push(j, i);
    penalty.push(value, value);
    met.push(when, when);
  };
  members.forEach((member, i) => {
    for (const other of member.blocked ?? []) {
      const j = indexById.get(other);
      if (j !== undefined && j !== i) add(i, j, Number.POSITIVE_INFINITY, Number.NaN);
    }
  });
  // A history has a handful of distinct dates (one per round): parse each once.
  const dates = new Map<string | number, number>();
  for (const match of history) {
    const i = indexById.get(match.a);
    const j = indexById.get(match.b);
    if (i === undefined || j === undefined || i === j) continue;
    let when = dates.get(match.date);
    if (when === undefined) {
      when = toEpochMs(match.date);
      dates.set(match.date, when);
    }
    // A match dated after the round (a clock mix-up) counts as today's, never as a bonus.
    const ageDays = Math.max(0, (todayMs - when) / DAY_MS);
    add(i, j, settings.repeatPenalty * 0.5 ** (ageDays / settings.repeatHalfLifeDays), when);
  }
  const count = new Int32Array(n + 1);
  for (const i of from) count[i + 1] = (count[i + 1] as number) + 1;
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const fill = count.slice(0, n);
  const other = new Int32Array(from.length);
  const value = new Float64Array(from.length);
  const last = new Float64Array(from.length);
  from.forEach((i, e) => {
    const at = fill[i] as number;
    fill[i] = at + 1;
    other[at] = to[e] as number;
    value[at] = penalty[e] as number;
    last[at] = met[e] as number;
  });
  // Sort each (short) row by the other member and add up repeated pairs.
  const relStart = new Int32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const begin = count[i] as number;
    const end = count[i + 1] as number;
    for (let p = begin + 1; p < end; p++) {
      const o = other[p] as number;
      const v = value[p] as number;
      const l = last[p] as number;
      let q = p - 1;
      while (q >= begin && (other[q] as number) > o) {
        other[q + 1] = other[q] as number;
        value[q + 1] = value[q] as number;
        last[q + 1] = last[q] as number;
        q--;
      }
      other[q + 1] = o;
      value[q + 1] = v;
      last[q + 1] = l;
    }
    relStart[i] = out;
    for (let p = begin; p < end; p++) {
      if (out > (relStart[i] as number) && other[out - 1] === other[p]) {
        value[out - 1] = (value[out - 1] as number) + (value[p] as number);
        // Keep the latest real date; a block's NaN never replaces one.
        const kept = last[out - 1] as number;
        if (Number.isNaN(kept) || (last[p] as number) > kept) last[out - 1] = last[p] as number;
      } else {
        other[out] = other[p] as number;
        value[out] = value[p] as number;
        last[out] = last[p] as number;
        out++;
      }
    }
  }
  relStart[n] = out;
  return {
    relStart,
    relOther: other.slice(0, out),
    relPenalty: value.slice(0, out),
    relLastMet: last.slice(0, out),
  };
}

/**
 * The order members are stored in: grouped by their rarest interest, then their next
 * rarest. Members who share a rare interest then sit next to each other in every array,
 * so the candidate search and the matching, which mostly look at such neighbours, hit
 * the processor's cache instead of main memory (a third faster at 100,000 members).
 */
function localityOrder(idLists: readonly number[][], df: Int32Array, keyCount: number): number[] {
  const n = idLists.length;
  // One number per member: (rarest key, next rarest key, index), packed so that a native
  // numeric sort orders them; keys are shifted by one so that "none" (-1) sorts first.
  // At most (keyCount + 1)² · n, far below 2^53 for any real community.
  const packed = new Float64Array(n);
  const base = keyCount + 1;
  idLists.forEach((ids, i) => {
    let first = -1;
    let second = -1;
    for (const k of ids) {
      if (first === -1 || (df[k] as number) < (df[first] as number) || (df[k] === df[first] && k < first)) {
        second = first;
        first = k;
      } else if (
        second === -1 ||
        (df[k] as number) < (df[second] as number) ||
        (df[k] === df[second] && k < second)
      ) {
        second = k;
      }
    }
    packed[i] = ((first + 1) * base + (second + 1)) * n + i;
  });
  packed.sort();
  return Array.from(packed, (value) => value % n);
}

/**
 * Builds the model of the active (not paused) members, `inputIndex[i]` being the position
 * of `active[i]` in the request. Interest weights are computed over the active members, so
 * an interest is rare or common within the round being matched. Members are stored in
 * `localityOrder`; `memberIndex` maps back to the request.
 */
export function buildPairingModel(
  active: readonly PairingMember[],
  inputIndex: Int32Array,
  history: readonly PastMatch[],
  todayMs: number,
  crossTeamOnly: boolean,
  settings: PairingSettings,
): PairingModel {
  const n = active.length;
  const labelByKey = new Map<string, string>();
  const keysPerMember = normaliseAll(active, labelByKey);
  const weights = buildInterestWeights(keysPerMember);

  const keys = [...labelByKey.keys()].sort(compareText);
  const keyId = new Map(keys.map((k, id) => [k, id]));
  const idf2 = new Float64Array(keys.length);
  keys.forEach((k, id) => {
    const w = weights.idf(k);
    idf2[id] = w * w;
  });
  const df = new Int32Array(keys.length);
  // Key ids in each member's own order: Σ idf² is added up in that order, as interestSimilarity does.
  const idLists = keysPerMember.map((list) =>
    list.map((k) => {
      const id = keyId.get(k) as number;
      df[id] = (df[id] as number) + 1;
      return id;
    }),
  );
  const teamId = new Map<string, number>();
  for (const member of active) if (!teamId.has(member.team)) teamId.set(member.team, teamId.size);

  const order = localityOrder(idLists, df, keys.length);
  const members = order.map((o) => active[o] as PairingMember);
  const memberIndex = Int32Array.from(order, (o) => inputIndex[o] as number);

  const keyStart = new Int32Array(n + 1);
  order.forEach((o, i) => {
    keyStart[i + 1] = (keyStart[i] as number) + (idLists[o] as number[]).length;
  });
  const keyIds = new Int32Array(keyStart[n] as number);
  const sumSq = new Float64Array(n);
  order.forEach((o, i) => {
    const ids = idLists[o] as number[];
    let sum = 0;
    for (const id of ids) sum += idf2[id] as number;
    sumSq[i] = sum;
    keyIds.set(ids, keyStart[i] as number);
    keyIds.subarray(keyStart[i] as number, keyStart[i + 1] as number).sort();
  });

  const team = new Int32Array(n);
  const seniority = new Float64Array(n);
  const openTo = new Uint8Array(n);
  const indexById = new Map<string, number>();
  members.forEach((member, i) => {
    team[i] = teamId.get(member.team) as number;
    seniority[i] = typeof member.seniority === 'number' ? member.seniority : Number.NaN;
    openTo[i] = openToBits(member);
    indexById.set(member.id, i);
  });

  const relations = buildRelations(members, indexById, history, todayMs, settings);
  return {
    n,
    ids: members.map((m) => m.id),
    memberIndex,
    keys,
    keyLabels: keys.map((k) => labelByKey.get(k) as string),
    idf2,
    df,
    keyStart,
    keyIds,
    sumSq,
    team,
    teamNames: [...teamId.keys()],
    seniority,
    openTo,
    ...relations,
    crossTeamOnly,
    settings,
    rec: packRecords(n, { sumSq, team, seniority, openTo, keyStart, relStart: relations.relStart }),
  };
}
