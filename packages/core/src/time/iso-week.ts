/**
 * ISO weeks and local hours: the week key a weekly thing is claimed under, and the hour
 * on a time zone's clocks. Pure (Intl only); the instant is always passed in.
 */
import { addDays, daysBetween, localDate, weekStart } from './local-date.ts';

/** The ISO week holding a `YYYY-MM-DD` day, e.g. `2026-W49` (its Thursday sets the year). */
export function isoWeekKey(day: string): string {
  const thursday = addDays(weekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour (0..23) an instant falls in on the clocks of a time zone. */
export function localHour(instant: Date, timeZone: string): number {
  let f = hourFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormatters.set(timeZone, f);
  }
  return Number(f.formatToParts(instant).find((p) => p.type === 'hour')?.value ?? 0);
}

/** The ISO week an instant falls in, in a time zone. */
export function localWeekKey(instant: Date, timeZone: string): string {
  return isoWeekKey(localDate(instant, timeZone));
}

/**
 * The local ISO weeks somewhere on Earth at this instant (UTC-12 to UTC+14 is 26 hours,
 * so at most two): every user's own week is one of them.
 */
export function weeksInPlay(instant: Date): string[] {
  return [...new Set([localWeekKey(instant, 'Etc/GMT+12'), localWeekKey(instant, 'Etc/GMT-14')])];
}
