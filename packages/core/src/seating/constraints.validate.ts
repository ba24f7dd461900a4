/**
 * Checks a seating request before any solving, and lists every problem at once in
 * words a host can act on: which rule, which guest, which table, and what to change.
 * Catching contradictions here (a pin and a keep-apart that cannot both hold) means
 * the search never has to discover them slowly, and never returns a plan that quietly
 * breaks a rule.
 */

import { buildRotationModel, type RotationModel } from './rotation.model.ts';
import { listWords, SeatingError, type SeatingIssue } from './seating.error.ts';
import type { RotationRequest } from './seating.types.ts';

const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Problems with the guest list, the tables and the round count. */
function checkShape(req: RotationRequest): SeatingIssue[] {
  const issues: SeatingIssue[] = [];
  if (req.guests.length === 0) {
    issues.push({ code: 'no_guests', message: 'The guest list is empty. Add at least two guests to seat.' });
  }
  const seen = new Map<string, number>();
  req.guests.forEach((g, i) => {
    if (typeof g.id !== 'string' || g.id.trim() === '') {
      issues.push({
        code: 'invalid_request',
        message: `Guest ${i + 1} has no id. Give every guest a short, unique id.`,
      });
      return;
    }
    const before = seen.get(g.id);
    if (before !== undefined) {
      issues.push({
        code: 'duplicate_guest',
        message: `Guests ${before + 1} and ${i + 1} share the id "${g.id}". Give each guest their own id.`,
      });
    } else seen.set(g.id, i);
  });
  if (req.tables.length === 0) {
    issues.push({ code: 'invalid_table', message: 'There are no tables. Give at least one table size.' });
  }
  req.tables.forEach((size, t) => {
    if (!isWhole(size) || size < 1) {
      issues.push({
        code: 'invalid_table',
        message: `Table ${t + 1} has ${String(size)} seats. Each table needs a whole number of seats, at least 1.`,
      });
    }
  });
  if (!isWhole(req.rounds) || req.rounds < 1) {
    issues.push({
      code: 'invalid_request',
      message: `The number of rounds is ${String(req.rounds)}. Ask for at least 1 round.`,
    });
  }
  const seats = req.tables.reduce((sum, s) => sum + (isWhole(s) && s > 0 ? s : 0), 0);
  if (req.tables.length > 0 && req.guests.length > seats) {
    issues.push({
      code: 'too_many_guests',
      message: `There are ${req.guests.length} guests but only ${seats} seats. Add a table or seats, or shorten the guest list.`,
    });
  }
  return issues;
}

/** Constraints that name guests, tables or rounds that do not exist. */
function checkReferences(req: RotationRequest): SeatingIssue[] {
  const issues: SeatingIssue[] = [];
  const known = new Set(req.guests.map((g) => g.id));
  const c = req.constraints ?? {};
  const unknown = (where: string, id: string) =>
    issues.push({
      code: 'unknown_guest',
      message: `${where} names "${id}", who is not on the guest list. Check the id's spelling or add the guest.`,
    });
  const lists: [string, { guests: string[] }[] | undefined][] = [
    ['Keep-together rule', c.keepTogether],
    ['Keep-apart rule', c.keepApart],
  ];
  for (const [label, rules] of lists) {
    (rules ?? []).forEach((rule, i) => {
      const where = `${label} ${i + 1}`;
      const distinct = new Set(rule.guests);
      if (distinct.size < 2) {
        issues.push({
          code: 'invalid_request',
          message: `${where} names ${distinct.size === 0 ? 'nobody' : 'only one guest'}. A rule needs at least two different guests.`,
        });
      }
      for (const id of distinct) if (!known.has(id)) unknown(where, id);
    });
  }
  (c.pinned ?? []).forEach((p, i) => {
    const where = `Pin ${i + 1}`;
    if (!known.has(p.guest)) unknown(where, p.guest);
    if (!isWhole(p.table) || p.table < 1 || p.table > req.tables.length) {
      issues.push({
        code: 'unknown_table',
        message: `${where} puts "${p.guest}" at table ${String(p.table)}, but the tables are numbered 1 to ${req.tables.length}.`,
      });
    }
    for (const r of p.rounds ?? []) {
      if (!isWhole(r) || r < 1 || r > req.rounds) {
        issues.push({
          code: 'unknown_round',
          message: `${where} mentions round ${String(r)}, but the rounds are numbered 1 to ${req.rounds}.`,
        });
      }
    }
  });
  return issues;
}

const ruleList = (rules: number[]) => rules.map((r) => r + 1).join(', ');

/** Contradictions between rules, and rules the tables cannot hold. */
function checkContradictions(req: RotationRequest, model: RotationModel): SeatingIssue[] {
  const issues: SeatingIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: SeatingIssue) => {
    if (seen.has(issue.message)) return;
    seen.add(issue.message);
    issues.push(issue);
  };
  const q = (g: number) => `"${model.names[g]}"`;
  const largest = Math.max(...model.capacities);
  const tableCount = model.capacities.length;

  for (let r = 0; r < model.rounds; r++) {
    const roundWords = model.rounds > 1 ? ` in round ${r + 1}` : '';
    const pinRow = model.pin[r] as Int32Array;
    // A guest pinned to two tables in the same round.
    const firstPin = new Map<number, number>();
    for (const p of req.constraints?.pinned ?? []) {
      const g = model.index.get(p.guest);
      if (g === undefined) continue;
      const inRound = p.rounds === undefined || p.rounds.includes(r + 1);
      if (!inRound) continue;
      const before = firstPin.get(g);
      if (before === undefined) firstPin.set(g, p.table);
      else if (before !== p.table) {
        add({
          code: 'pinned_twice',
          message: `${q(g)} is pinned to table ${before} and to table ${p.table}${roundWords}. Keep one pin for that round.`,
        });
      }
    }
    const units = model.units[r] ?? [];
    const load = new Array<number>(tableCount).fill(0);
    const unitsAt: number[][] = Array.from({ length: tableCount }, () => []);
    units.forEach((unit, u) => {
      if (unit.members.length > 1) {
        const names = listWords(unit.members.map(q));
        const rules = `keep-together rule${unit.rules.length > 1 ? 's' : ''} ${ruleList(unit.rules)}`;
        if (unit.members.length > largest) {
          add({
            code: 'table_too_small_for_group',
            message: `The largest table seats ${largest} but ${names} must sit together (${rules}). Split the group or use a larger table.`,
          });
        }
        for (const { a, b, rule } of model.apartPairs) {
          if (unit.members.includes(a) && unit.members.includes(b)) {
            add({
              code: 'together_and_apart',
              message: `${q(a)} and ${q(b)} must sit together (${rules}) and apart (keep-apart rule ${rule + 1}). Remove one of the two rules.`,
            });
          }
        }
        const pinned = unit.members.filter((g) => (pinRow[g] as number) >= 0);
        const tables = [...new Set(pinned.map((g) => pinRow[g] as number))];
        if (tables.length > 1) {
          const who = pinned.map((g) => `${q(g)} to table ${(pinRow[g] as number) + 1}`);
          add({
            code: 'group_pinned_apart',
            message: `${listWords(who)} are pinned${roundWords}, but they must sit together (${rules}). Pin them to the same table or drop a pin.`,
          });
        }
      }
      if (unit.table >= 0) {
        load[unit.table] = (load[unit.table] as number) + unit.members.length;
        unitsAt[unit.table]?.push(u);
      }
    });
    load.forEach((seated, t) => {
      const cap = model.capacities[t] as number;
      const here = (unitsAt[t] ?? []).map((u) => units[u] as (typeof units)[number]);
      if (seated > cap) {
        const groups = here.filter((u) => u.members.length > 1);
        const singles = here.filter((u) => u.members.length === 1).length;
        let message: string;
        if (groups.length > 0) {
          const g = groups[0] as (typeof groups)[number];
          const others = seated - g.members.length;
          message = `Table ${t + 1} seats ${cap} but ${listWords(g.members.map(q))} must sit together there with ${others} other${others === 1 ? '' : 's'} pinned there${roundWords}.`;
        } else {
          message = `Table ${t + 1} seats ${cap} but ${singles} guests are pinned there${roundWords} (${listWords(here.map((u) => q(u.members[0] as number)))}).`;
        }
        add({
          code: 'too_many_pinned',
          message: `${message} Move a pin to another table or give table ${t + 1} more seats.`,
        });
      }
      const members = here.flatMap((u) => u.members);
      for (const { a, b, rule } of model.apartPairs) {
        const sameUnit = model.unitOf[r]?.[a] === model.unitOf[r]?.[b];
        if (!sameUnit && members.includes(a) && members.includes(b)) {
          add({
            code: 'pinned_apart_together',
            message: `${q(a)} and ${q(b)} must be kept apart (keep-apart rule ${rule + 1}) but both sit at table ${t + 1}${roundWords} because of their pins. Move one pin.`,
          });
        }
      }
    });
  }
  (req.constraints?.keepApart ?? []).forEach((rule, i) => {
    const distinct = new Set(rule.guests).size;
    if (distinct > tableCount) {
      add({
        code: 'apart_unsatisfiable',
        message: `Keep-apart rule ${i + 1} asks ${distinct} guests to sit at different tables, but there are only ${tableCount} tables. Shorten the rule or add tables.`,
      });
    }
  });
  return issues;
}

/**
 * Every problem with a request, in the order a host would fix them: the guest list and
 * tables first, then constraints naming unknown guests, then contradictions. Empty
 * when the request can be solved (bar rare packing dead ends the engine reports itself).
 */
export function validateRotationRequest(req: RotationRequest): SeatingIssue[] {
  const shape = checkShape(req);
  if (shape.some((i) => i.code !== 'too_many_guests')) return shape;
  const refs = checkReferences(req);
  if (refs.length > 0) return [...shape, ...refs];
  return [...shape, ...checkContradictions(req, buildRotationModel(req))];
}

/** Throws a `SeatingError` listing every problem, or returns the model when all is well. */
export function assertValidRotation(req: RotationRequest): RotationModel {
  const issues = validateRotationRequest(req);
  if (issues.length > 0) throw SeatingError.fromIssues(issues);
  return buildRotationModel(req);
}
