/**
 * The request turned into numbers the engines can work with quickly: guests and tables
 * as 0-based indices, keep-together rules merged into "units" per round (guests who
 * must share a table that round, moved as one), pins resolved per round, and keep-apart
 * as a pair matrix. Validation reads the same model, so the engines and the error
 * messages always agree on what a rule means.
 */

import type { RotationRequest } from './seating.types.ts';

/** Guests who must share a table in one round; `table` is its pinned table or -1. */
export interface SeatUnit {
  members: number[];
  table: number;
  /** 0-based indices of the keep-together rules that formed this unit. */
  rules: number[];
}

export interface RotationModel {
  n: number;
  ids: string[];
  names: string[];
  index: Map<string, number>;
  capacities: number[];
  rounds: number;
  /** Per round, the units (singletons included) in guest order of their first member. */
  units: SeatUnit[][];
  /** `unitOf[r][g]`: index into `units[r]` of guest g's unit. */
  unitOf: Int32Array[];
  /** `pin[r][g]`: the table g is pinned to in round r, or -1. */
  pin: Int32Array[];
  /** n*n matrix, 1 where the two guests must never share a table. */
  apart: Uint8Array;
  /** Each kept-apart pair once, a < b, with the 0-based rule that asks for it. */
  apartPairs: { a: number; b: number; rule: number }[];
  /** True when any keep-together, keep-apart or pin is present. */
  constrained: boolean;
}

/** Disjoint sets over guest indices, for merging overlapping keep-together rules. */
function unionFind(n: number) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    let cur = x;
    while (parent[cur] !== root) {
      const next = parent[cur] as number;
      parent[cur] = root;
      cur = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/**
 * Builds the model. Assumes ids are unique and every constraint names a known guest,
 * a table in range and rounds in range (checked by `validateRotationRequest` first);
 * conflicting pins within a unit keep the first one found, validation reports them.
 */
export function buildRotationModel(request: RotationRequest): RotationModel {
  const n = request.guests.length;
  const ids = request.guests.map((g) => g.id);
  const names = request.guests.map((g) => g.name || g.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const rounds = request.rounds;
  const c = request.constraints ?? {};
  const together = c.keepTogether ?? [];
  const apartRules = c.keepApart ?? [];
  const pins = c.pinned ?? [];
  const at = (id: string) => index.get(id) ?? -1;

  const pin = Array.from({ length: rounds }, () => new Int32Array(n).fill(-1));
  for (const p of pins) {
    const g = at(p.guest);
    if (g < 0) continue;
    const inRounds = p.rounds ?? Array.from({ length: rounds }, (_, r) => r + 1);
    for (const r1 of inRounds) {
      const row = pin[r1 - 1];
      if (row && row[g] === -1) row[g] = p.table - 1;
    }
  }

  const units: SeatUnit[][] = [];
  const unitOf: Int32Array[] = [];
  for (let r = 0; r < rounds; r++) {
    const uf = unionFind(n);
    together.forEach((rule) => {
      if (rule.mode !== 'always' && r !== 0) return;
      const members = rule.guests.map(at).filter((g) => g >= 0);
      for (let i = 1; i < members.length; i++) uf.union(members[0] as number, members[i] as number);
    });
    const byRoot = new Map<number, SeatUnit>();
    const list: SeatUnit[] = [];
    const of = new Int32Array(n);
    const pinRow = pin[r] as Int32Array;
    for (let g = 0; g < n; g++) {
      const root = uf.find(g);
      let unit = byRoot.get(root);
      if (!unit) {
        unit = { members: [], table: -1, rules: [] };
        byRoot.set(root, unit);
        list.push(unit);
      }
      unit.members.push(g);
      if (unit.table < 0 && (pinRow[g] as number) >= 0) unit.table = pinRow[g] as number;
      of[g] = list.indexOf(unit);
    }
    together.forEach((rule, i) => {
      if (rule.mode !== 'always' && r !== 0) return;
      const first = rule.guests.map(at).find((g) => g >= 0);
      if (first === undefined) return;
      const unit = list[of[first] as number];
      if (unit && !unit.rules.includes(i)) unit.rules.push(i);
    });
    units.push(list);
    unitOf.push(of);
  }

  const apart = new Uint8Array(n * n);
  const apartPairs: RotationModel['apartPairs'] = [];
  apartRules.forEach((rule, ruleIndex) => {
    const members = [...new Set(rule.guests.map(at).filter((g) => g >= 0))];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = Math.min(members[i] as number, members[j] as number);
        const b = Math.max(members[i] as number, members[j] as number);
        if (apart[a * n + b]) continue;
        apart[a * n + b] = 1;
        apart[b * n + a] = 1;
        apartPairs.push({ a, b, rule: ruleIndex });
      }
    }
  });

  return {
    n,
    ids,
    names,
    index,
    capacities: request.tables.slice(),
    rounds,
    units,
    unitOf,
    pin,
    apart,
    apartPairs,
    constrained: together.length > 0 || apartRules.length > 0 || pins.length > 0,
  };
}
