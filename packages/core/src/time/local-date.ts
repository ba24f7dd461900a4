/**
 * Calendar days in the user's own time zone. "Today", "this week" and quiet days are
 * the user's, not the server's: an instant is turned into a local `YYYY-MM-DD` here,
 * and day arithmetic is done on those plain dates (no DST surprises).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

// Every request asks for "today"; a local day changes only on a minute boundary (zone
// offsets are whole minutes), so the last answer per zone holds for the rest of its minute.
const lastDay = new Map<string, { minute: number; day: string }>();

/** The `YYYY-MM-DD` day an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  const known = lastDay.get(timeZone);
  if (known?.minute === minute) return known.day;
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (lastDay.size > 1_000) lastDay.clear();
  lastDay.set(timeZone, { minute, day });
  return day;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const m = DAY_RE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const DAY_MS = 86_400_000;
const epochDays = new Map<string, number>();

/** Days since 1970-01-01 for a `YYYY-MM-DD` day (cached: plans ask about the same few days). */
function toEpochDay(day: string): number {
  let n = epochDays.get(day);
  if (n === undefined) {
    n = Math.round(
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS,
    );
    if (epochDays.size > 50_000) epochDays.clear();
    epochDays.set(day, n);
  }
  return n;
}

const dayTexts = new Map<number, string>();

/** The `YYYY-MM-DD` day `n` days after 1970-01-01 (cached too: a week's plan adds days
 * to the same few dates for every person, and building a Date each time showed up). */
function fromEpochDay(n: number): string {
  let text = dayTexts.get(n);
  if (text === undefined) {
    const d = new Date(n * DAY_MS);
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    text = `${String(d.getUTCFullYear()).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
    if (dayTexts.size > 50_000) dayTexts.clear();
    dayTexts.set(n, text);
  }
  return text;
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  return n === 0 ? day : fromEpochDay(toEpochDay(day) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekday of a `YYYY-MM-DD` day. */
export function weekdayOf(day: string): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday first).
  return WEEKDAYS[(((toEpochDay(day) + 3) % 7) + 7) % 7] as Weekday;
}

/** The Monday that starts the ISO week holding `day`. */
export function weekStart(day: string): string {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

/** An instant that falls on `day` in the time zone (around midday there). */
export function instantOnLocalDay(day: string, timeZone: string): Date {
  const noonUtc = toEpochDay(day) * DAY_MS + 12 * 3_600_000;
  const drift = daysBetween(day, localDate(new Date(noonUtc), timeZone));
  return new Date(noonUtc - drift * 12 * 3_600_000);
}
