/**
 * When a user's weekly digest is due, in their own time zone: whether their chosen
 * weekday and hour have come in their current ISO week. No clock of its own: the
 * instant is passed in.
 */
import { addDays, localDate, localHour, WEEKDAYS, type Weekday, weekStart } from '@kindred/core';

export interface DigestTime {
  weekday: Weekday;
  /** 0..23, local. */
  hour: number;
}

/**
 * Whether the chosen weekday and hour have come within the instant's local ISO week.
 * "At or after" rather than "at": a run that misses the hour (a restart, a slow tick, a
 * DST jump skipping it) still sends later that week.
 */
export function digestDue(instant: Date, timeZone: string, at: DigestTime): boolean {
  const day = localDate(instant, timeZone);
  const chosen = addDays(weekStart(day), WEEKDAYS.indexOf(at.weekday));
  if (day !== chosen) return day > chosen;
  return localHour(instant, timeZone) >= at.hour;
}
