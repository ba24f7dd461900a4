/**
 * The weekly energy budget and the rules that protect it: spending is counted per ISO
 * week in the user's zone, costly items are spread apart, and the day after a draining
 * event is kept for recovery.
 */
import { addDays, weekStart } from '../time/local-date.ts';

/** Actions at or above this cost are "costly": one a day, never back to back. */
export const COSTLY_ACTION = 4;
/** Interactions or events at or above this cost drain enough to need a recovery day. */
export const DRAINING_EVENT = 7;

/** Energy left in the ISO week holding `day`, given what was already spent per day. */
export function energyLeftInWeek(
  weeklyBudget: number,
  spentByDay: Readonly<Record<string, number>>,
  day: string,
): number {
  const start = weekStart(day);
  let spent = 0;
  for (let i = 0; i < 7; i++) spent += spentByDay[addDays(start, i)] ?? 0;
  return Math.max(0, weeklyBudget - spent);
}

/** Days kept for recovery: each day after a draining day. */
export function recoveryDays(drainingDays: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const day of drainingDays) out.add(addDays(day, 1));
  return out;
}
