/**
 * Independent check of a seat plan against its request: every guest seated exactly
 * once per round, no table over its seats, every pin, keep-together and keep-apart
 * honoured. The engine runs it on everything it returns (a failure there is our bug,
 * not the host's), and the app can run it on a plan file someone edited by hand.
 */

import type { PlanRound, RotationRequest } from './seating.types.ts';

/** Problems found, in plain words; empty when the plan is sound. */
export function verifyRotationPlan(request: RotationRequest, rounds: readonly PlanRound[]): string[] {
  const problems: string[] = [];
  const ids = new Set(request.guests.map((g) => g.id));
  const name = new Map(request.guests.map((g) => [g.id, g.name || g.id]));
  const q = (id: string) => `"${name.get(id) ?? id}"`;
  const c = request.constraints ?? {};
  if (rounds.length !== request.rounds) {
    problems.push(`The plan has ${rounds.length} rounds but ${request.rounds} were asked for.`);
  }
  rounds.forEach((round, r) => {
    const label = `Round ${r + 1}`;
    if (round.round !== r + 1) problems.push(`${label} is numbered ${round.round}.`);
    const tableOf = new Map<string, number>();
    if (round.tables.length !== request.tables.length) {
      problems.push(`${label} lists ${round.tables.length} tables but there are ${request.tables.length}.`);
    }
    round.tables.forEach((table, t) => {
      const cap = request.tables[t] ?? 0;
      if (table.table !== t + 1) problems.push(`${label}: table ${t + 1} is numbered ${table.table}.`);
      if (table.guests.length > cap) {
        problems.push(`${label}: table ${t + 1} seats ${cap} but has ${table.guests.length} guests.`);
      }
      for (const id of table.guests) {
        if (!ids.has(id)) problems.push(`${label}: table ${t + 1} seats "${id}", who is not a guest.`);
        if (tableOf.has(id)) problems.push(`${label}: ${q(id)} is seated twice.`);
        tableOf.set(id, t + 1);
      }
    });
    for (const id of ids) if (!tableOf.has(id)) problems.push(`${label}: ${q(id)} has no seat.`);
    (c.keepTogether ?? []).forEach((rule, i) => {
      if (rule.mode !== 'always' && r !== 0) return;
      const tables = new Set(rule.guests.map((id) => tableOf.get(id)));
      if (tables.size > 1) problems.push(`${label}: keep-together rule ${i + 1} is split across tables.`);
    });
    (c.keepApart ?? []).forEach((rule, i) => {
      const seen = new Map<number, string>();
      for (const id of rule.guests) {
        const t = tableOf.get(id);
        if (t === undefined) continue;
        const other = seen.get(t);
        if (other !== undefined && other !== id) {
          problems.push(
            `${label}: ${q(other)} and ${q(id)} share table ${t} despite keep-apart rule ${i + 1}.`,
          );
        }
        seen.set(t, id);
      }
    });
    (c.pinned ?? []).forEach((pin, i) => {
      if (pin.rounds && !pin.rounds.includes(r + 1)) return;
      const t = tableOf.get(pin.guest);
      if (t !== undefined && t !== pin.table) {
        problems.push(
          `${label}: ${q(pin.guest)} sits at table ${t}, not table ${pin.table} as pin ${i + 1} asks.`,
        );
      }
    });
  });
  return problems;
}
