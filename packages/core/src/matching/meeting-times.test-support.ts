/** Small builders shared by the meeting-times tests. */
import { type AvailabilityWindow, WEEKDAYS, type Weekday } from './meeting-times.ts';

export const at = (iso: string) => Date.parse(iso);
export const win = (day: Weekday, start: string, end: string): AvailabilityWindow => ({ day, start, end });
export const everyDay = (start: string, end: string) => WEEKDAYS.map((d) => win(d, start, end));
