/** Weekdays and time zones, named for people. */
import type { Weekday } from '@kindred/core/time/local-date.ts';

export const WEEKDAY_NAMES: { day: Weekday; name: string }[] = [
  { day: 'mon', name: 'Monday' },
  { day: 'tue', name: 'Tuesday' },
  { day: 'wed', name: 'Wednesday' },
  { day: 'thu', name: 'Thursday' },
  { day: 'fri', name: 'Friday' },
  { day: 'sat', name: 'Saturday' },
  { day: 'sun', name: 'Sunday' },
];

/** The time zone this browser is in, as an IANA name (the best guess for a new account). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, sorted, always including the ones given. */
export function timeZoneChoices(...mustInclude: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones, 'UTC', ...mustInclude.filter(Boolean)]);
  return [...all].sort((a, b) => a.localeCompare(b));
}
