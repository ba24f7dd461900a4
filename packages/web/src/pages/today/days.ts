/** Days as people say them, and the days a step can be snoozed to. */
import { addDays, weekStart } from '@kindred/core/time/local-date.ts';

function format(day: string, options: Intl.DateTimeFormatOptions): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
}

/** "Thursday 14 March". */
export function longDay(day: string): string {
  return format(day, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "Thu 14 Mar". */
export function shortDay(day: string): string {
  return format(day, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "today", "tomorrow", or "Thursday 14 March". */
export function relativeDay(day: string, today: string): string {
  if (day === today) return 'today';
  if (day === addDays(today, 1)) return 'tomorrow';
  return longDay(day);
}

export interface SnoozeChoice {
  id: 'tomorrow' | 'three-days' | 'next-week';
  label: string;
  until: string;
}

/**
 * Tomorrow, in three days, and the Monday of next week — a week later when that Monday is
 * already one of the first two (on a Sunday it is tomorrow, on a Friday it is in three
 * days), so the three choices are always three different days.
 */
export function snoozeChoices(today: string): SnoozeChoice[] {
  const tomorrow = addDays(today, 1);
  const three = addDays(today, 3);
  const monday = addDays(weekStart(today), 7);
  const nextWeek = monday === tomorrow || monday === three ? addDays(monday, 7) : monday;
  return [
    { id: 'tomorrow', label: `Tomorrow (${shortDay(tomorrow)})`, until: tomorrow },
    { id: 'three-days', label: `In 3 days (${shortDay(three)})`, until: three },
    { id: 'next-week', label: `Next week (${shortDay(nextWeek)})`, until: nextWeek },
  ];
}
