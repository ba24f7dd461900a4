/**
 * Small groups around one shared activity (a climbing group, a board-game table).
 * Each member joins at most one group, and the aim is that as many members as possible
 * land in a group for something they listed. A randomised greedy serves the rarest
 * activity that can still form a group first (common activities can wait; rare ones
 * vanish once their few fans are taken), keeps flexible members back for other
 * activities, then repairs: leftovers join groups with room, or a new group forms with
 * members spared from groups above the minimum. Several seeded restarts, best kept.
 */

import { createRandom, type Random } from '../random/prng.ts';
import type {
  ActivityGroup,
  ActivityGroupsPlan,
  ActivityGroupsRequest,
  UnplacedMember,
} from './activity-groups.types.ts';
import { listWords, SeatingError, type SeatingIssue } from './seating.error.ts';

interface Problem {
  /** Per member, activity indices they listed, most wanted first. */
  likes: number[][];
  keys: string[];
  /** Per activity, members who listed it. */
  fans: number[][];
  min: number;
  max: number;
}

interface Draft {
  activity: number;
  members: number[];
}

interface Solution {
  groups: Draft[];
  groupOf: Int32Array;
  placed: number;
  firstChoice: number;
}

function checkRequest(req: ActivityGroupsRequest, min: number, max: number): SeatingIssue[] {
  const issues: SeatingIssue[] = [];
  if (!Number.isInteger(min) || min < 2) {
    issues.push({
      code: 'invalid_group_sizes',
      message: `The smallest group is ${min}; it must be a whole number of at least 2.`,
    });
  }
  if (!Number.isInteger(max) || max < min) {
    issues.push({
      code: 'invalid_group_sizes',
      message: `The largest group is ${max}; it must be a whole number no smaller than ${min}.`,
    });
  }
  const seen = new Map<string, number>();
  req.members.forEach((m, i) => {
    const before = seen.get(m.id);
    if (before !== undefined) {
      issues.push({
        code: 'duplicate_member',
        message: `Members ${before + 1} and ${i + 1} share the id "${m.id}". Give each member their own id.`,
      });
    } else seen.set(m.id, i);
  });
  return issues;
}

function buildProblem(req: ActivityGroupsRequest, min: number, max: number): Problem {
  const keys: string[] = [];
  const indexOf = new Map<string, number>();
  const fans: number[][] = [];
  const likes = req.members.map((member, m) => {
    const mine: number[] = [];
    for (const raw of member.interests) {
      const key = raw.trim();
      if (key === '') continue;
      let a = indexOf.get(key);
      if (a === undefined) {
        a = keys.length;
        indexOf.set(key, a);
        keys.push(key);
        fans.push([]);
      }
      if (mine.includes(a)) continue;
      mine.push(a);
      fans[a]?.push(m);
    }
    return mine;
  });
  return { likes, keys, fans, min, max };
}

/** One randomised greedy pass followed by repair. */
function solveOnce(p: Problem, random: Random, strict: boolean): Solution {
  const M = p.likes.length;
  const groupOf = new Int32Array(M).fill(-1);
  const groups: Draft[] = [];
  const free = (a: number) => (p.fans[a] ?? []).filter((m) => groupOf[m] === -1);
  const order = random.shuffle(p.keys.map((_, a) => a));

  for (;;) {
    const feasible = order
      .map((a) => ({ a, count: free(a).length }))
      .filter((x) => x.count >= p.min)
      .sort((x, y) => x.count - y.count);
    if (feasible.length === 0) break;
    const choice = strict ? feasible[0] : feasible[random.int(Math.min(3, feasible.length))];
    const a = (choice as { a: number }).a;
    const avail = free(a);
    const hasOther = (m: number) => (p.likes[m] ?? []).some((b) => b !== a && free(b).length >= p.min);
    const fixed = random.shuffle(avail.filter((m) => !hasOther(m)));
    const flexible = random
      .shuffle(avail.filter(hasOther))
      .sort((x, y) => (p.likes[x]?.length ?? 0) - (p.likes[y]?.length ?? 0));
    let take = Math.max(p.min, fixed.length);
    let count = Math.ceil(take / p.max);
    while (count * p.min > take) {
      if (avail.length >= count * p.min) take = count * p.min;
      else {
        count--;
        take = count * p.max;
      }
    }
    const chosen = [...fixed, ...flexible].slice(0, take);
    for (let g = 0; g < count; g++) {
      const members = chosen.filter((_, i) => i % count === g);
      for (const m of members) groupOf[m] = groups.length;
      groups.push({ activity: a, members });
    }
  }
  repair(p, groups, groupOf);
  let placed = 0;
  let firstChoice = 0;
  for (let m = 0; m < M; m++) {
    const g = groupOf[m] as number;
    if (g < 0) continue;
    placed++;
    if (p.likes[m]?.[0] === groups[g]?.activity) firstChoice++;
  }
  return { groups, groupOf, placed, firstChoice };
}

/** Places leftovers: into groups with room, or into new groups built with spare members. */
function repair(p: Problem, groups: Draft[], groupOf: Int32Array): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let m = 0; m < groupOf.length; m++) {
      if (groupOf[m] !== -1) continue;
      // Join the smallest group with room among the member's activities, most wanted first.
      let target = -1;
      for (const a of p.likes[m] ?? []) {
        groups.forEach((g, gi) => {
          if (g.activity !== a || g.members.length >= p.max) return;
          if (target < 0 || g.members.length < (groups[target] as Draft).members.length) target = gi;
        });
        if (target >= 0) break;
      }
      if (target >= 0) {
        (groups[target] as Draft).members.push(m);
        groupOf[m] = target;
        changed = true;
      }
    }
    // A new group: the leftovers who listed an activity, topped up with members whose
    // own group can spare them (it stays at or above the minimum).
    for (let a = 0; a < p.keys.length; a++) {
      const waiting = (p.fans[a] ?? []).filter((m) => groupOf[m] === -1);
      if (waiting.length === 0) continue;
      const spare = new Map<number, number>();
      const donors: number[] = [];
      for (const m of p.fans[a] ?? []) {
        const g = groupOf[m] as number;
        if (g < 0 || groups[g]?.activity === a) continue;
        const left = spare.get(g) ?? (groups[g] as Draft).members.length - p.min;
        if (left <= 0) continue;
        spare.set(g, left - 1);
        donors.push(m);
      }
      if (waiting.length + donors.length < p.min) continue;
      const members = [...waiting.slice(0, p.max), ...donors.slice(0, Math.max(0, p.min - waiting.length))];
      for (const m of members) {
        const g = groupOf[m] as number;
        if (g >= 0) {
          const from = groups[g] as Draft;
          from.members.splice(from.members.indexOf(m), 1);
        }
        groupOf[m] = groups.length;
      }
      groups.push({ activity: a, members });
      changed = true;
    }
  }
}

function better(a: Solution, b: Solution): boolean {
  return a.placed > b.placed || (a.placed === b.placed && a.firstChoice > b.firstChoice);
}

/** Why a member was left out. */
function explain(p: Problem, m: number): UnplacedMember['reason'] {
  const mine = p.likes[m] ?? [];
  if (mine.length === 0) return 'no-activities';
  if (mine.every((a) => (p.fans[a]?.length ?? 0) <= 1)) return 'no-shared-activity';
  if (mine.every((a) => (p.fans[a]?.length ?? 0) < p.min)) return 'too-few-for-group';
  return 'groups-full';
}

/** The same, in a sentence for the admin. */
function message(
  p: Problem,
  m: number,
  reason: UnplacedMember['reason'],
  labelOf: (a: number) => string,
): string {
  const mine = p.likes[m] ?? [];
  const names = listWords(mine.map(labelOf));
  switch (reason) {
    case 'no-activities':
      return 'They have not listed any activities yet.';
    case 'no-shared-activity':
      return `Nobody else listed any of their activities (${names}).`;
    case 'too-few-for-group': {
      const counts = mine.map((a) => {
        const k = p.fans[a]?.length ?? 0;
        return `${labelOf(a)}: ${k} ${k === 1 ? 'person' : 'people'}`;
      });
      return `Their activities had too few people for a group of ${p.min} (${counts.join(', ')}).`;
    }
    case 'groups-full':
      return `The groups for their activities (${names}) were full or could not spare anyone, and too few others were left for a new group of ${p.min}.`;
  }
}

/**
 * Proposes activity groups. Deterministic for a given seed. Throws a `SeatingError` for
 * impossible sizes or duplicate member ids.
 */
export function planActivityGroups(req: ActivityGroupsRequest): ActivityGroupsPlan {
  const min = req.min ?? 4;
  const max = req.max ?? Math.max(8, min);
  const issues = checkRequest(req, min, max);
  if (issues.length > 0) throw SeatingError.fromIssues(issues);
  const seed = req.seed ?? 1;
  const p = buildProblem(req, min, max);
  const random = createRandom(seed);
  let best: Solution | null = null;
  const attempts = Math.max(1, req.attempts ?? 40);
  for (let i = 0; i < attempts; i++) {
    const found = solveOnce(p, random.fork(`attempt-${i}`), i === 0);
    if (!best || better(found, best)) best = found;
  }
  const solution = best as Solution;
  const labelOf = (a: number) => {
    const key = p.keys[a] as string;
    return req.label?.(key) ?? key;
  };
  const drafts = solution.groups
    .filter((g) => g.members.length > 0)
    .map((g) => ({ ...g, members: g.members.slice().sort((x, y) => x - y) }))
    .sort(
      (x, y) =>
        labelOf(x.activity).localeCompare(labelOf(y.activity)) || (x.members[0] ?? 0) - (y.members[0] ?? 0),
    );
  const groups: ActivityGroup[] = drafts.map((g, i) => ({
    group: i + 1,
    activity: p.keys[g.activity] as string,
    label: labelOf(g.activity),
    members: g.members.map((m) => req.members[m]?.id as string),
  }));
  const unplaced: UnplacedMember[] = [];
  req.members.forEach((member, m) => {
    if ((solution.groupOf[m] as number) >= 0) return;
    const reason = explain(p, m);
    unplaced.push({ member: member.id, reason, message: message(p, m, reason, labelOf) });
  });
  return {
    kind: 'activity-groups',
    version: 1,
    seed,
    min,
    max,
    groups,
    unplaced,
    stats: {
      members: req.members.length,
      placed: solution.placed,
      unplaced: unplaced.length,
      groups: groups.length,
      activitiesListed: p.keys.length,
      placedInFirstChoice: solution.firstChoice,
    },
  };
}
