import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planActivityGroups } from './activity-groups.engine.ts';
import type { ActivityGroupsPlan, GroupMember } from './activity-groups.types.ts';
import { SeatingError } from './seating.error.ts';

const member = (id: string, ...interests: string[]): GroupMember => ({ id, interests });

/** Checks the plan's promises against its input, independently of the engine. */
function checkPlan(plan: ActivityGroupsPlan, members: readonly GroupMember[]) {
  const byId = new Map(members.map((m) => [m.id, m]));
  const seen = new Set<string>();
  for (const group of plan.groups) {
    expect(group.members.length).toBeGreaterThanOrEqual(plan.min);
    expect(group.members.length).toBeLessThanOrEqual(plan.max);
    for (const id of group.members) {
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      expect(byId.get(id)?.interests.map((k) => k.trim())).toContain(group.activity);
    }
  }
  const unplaced = new Set(plan.unplaced.map((u) => u.member));
  for (const m of members) expect(seen.has(m.id) !== unplaced.has(m.id)).toBe(true);
  expect(plan.stats.placed).toBe(seen.size);
  expect(plan.stats.unplaced).toBe(unplaced.size);
}

describe('planActivityGroups', () => {
  it('forms groups around shared activities and explains who is left out', () => {
    const members = [
      ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => member(id, 'hiking')),
      ...['b1', 'b2', 'b3', 'b4'].map((id) => member(id, 'chess', 'hiking')),
      member('solo', 'kayaking'),
      member('quiet'),
      member('c1', 'go', 'kayaking'),
      member('c2', 'go'),
    ];
    const plan = planActivityGroups({ members, label: (k) => (k === 'go' ? 'Go' : undefined) });
    checkPlan(plan, members);
    expect(plan.stats.placed).toBe(9);
    const reasons = Object.fromEntries(plan.unplaced.map((u) => [u.member, u]));
    expect(reasons.quiet).toMatchObject({
      reason: 'no-activities',
      message: 'They have not listed any activities yet.',
    });
    expect(reasons.c2).toMatchObject({
      reason: 'too-few-for-group',
      message: 'Their activities had too few people for a group of 4 (Go: 2 people).',
    });
    expect(reasons.solo?.reason).toBe('too-few-for-group');
  });

  it('says when nobody else listed any of a member\u2019s activities', () => {
    const plan = planActivityGroups({ members: [member('x', 'origami', 'fencing'), member('y', 'chess')] });
    expect(plan.unplaced[0]).toMatchObject({
      member: 'x',
      reason: 'no-shared-activity',
      message: 'Nobody else listed any of their activities (origami and fencing).',
    });
  });

  it('looks past the rarest activity when serving it first would strand more people', () => {
    // A has five fans, B four (two of them shared with A). Serving B first, as the rarer,
    // strands three A fans; the restarts find that one group of all five A fans is better.
    const members = [
      member('p1', 'a'),
      member('p2', 'a'),
      member('p3', 'a'),
      member('p4', 'a', 'b'),
      member('p5', 'a', 'b'),
      member('p6', 'b'),
      member('p7', 'b'),
    ];
    const plan = planActivityGroups({ members });
    checkPlan(plan, members);
    expect(plan.stats.placed).toBe(5);
  });

  it('splits a popular activity into balanced groups within the size limits', () => {
    const members = Array.from({ length: 17 }, (_, i) => member(`m${i}`, 'board games'));
    const plan = planActivityGroups({ members, min: 4, max: 8 });
    checkPlan(plan, members);
    expect(plan.groups.map((g) => g.members.length).sort()).toEqual([5, 6, 6]);
  });

  it('borrows members from groups that can spare them to form another group', () => {
    // Six climbers who also like running, and three runners only.
    const members = [
      ...Array.from({ length: 6 }, (_, i) => member(`c${i}`, 'climbing', 'running')),
      ...Array.from({ length: 3 }, (_, i) => member(`r${i}`, 'running')),
    ];
    const plan = planActivityGroups({ members, min: 4, max: 8 });
    checkPlan(plan, members);
    expect(plan.stats.placed).toBe(9);
  });

  it('is deterministic for a seed', () => {
    const members = Array.from({ length: 40 }, (_, i) =>
      member(
        `m${i}`,
        ...['chess', 'hiking', 'cooking', 'music', 'film'].filter((_, k) => (i * 7 + k * 3) % 4 === 0),
      ),
    );
    expect(planActivityGroups({ members, seed: 3 })).toEqual(planActivityGroups({ members, seed: 3 }));
  });

  it('rejects impossible sizes and duplicate ids', () => {
    expect(() => planActivityGroups({ members: [], min: 5, max: 3 })).toThrow(SeatingError);
    expect(() => planActivityGroups({ members: [member('a', 'x'), member('a', 'y')] })).toThrow(
      'Members 1 and 2 share the id "a". Give each member their own id.',
    );
  });

  it('keeps its promises on random members', () => {
    const keys = ['chess', 'hiking', 'cooking', 'music', 'film', 'climbing', 'yoga', 'go'];
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 4 }), { maxLength: 60 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(),
        (lists, min, extra, seed) => {
          const members = lists.map((interests, i) => member(`m${i}`, ...interests));
          const plan = planActivityGroups({ members, min, max: min + extra, seed, attempts: 5 });
          checkPlan(plan, members);
        },
      ),
      { numRuns: 150 },
    );
  });
});
