/**
 * Proposed times for a match: a few half-hour-aligned slots that fall inside every
 * participant's weekly availability, each read on that participant's own clocks, so a
 * Lisbon morning and a New York afternoon can meet. Pure: the earliest start, the
 * horizon and the zones all come in the request; Intl supplies the zone offsets, which
 * keeps the answer right across daylight-saving changes without a time-zone library.
 */
import { isValidTimeZone, WEEKDAYS, type Weekday } from '../time/local-date.ts';
import { zoneOffset } from '../time/zone-offset.ts';

export { WEEKDAYS, type Weekday };

/** A weekly window in the member's own time zone; end after start, 'HH:MM' 24h; '24:00' allowed as end. */
export interface AvailabilityWindow {
  day: Weekday;
  start: string;
  end: string;
}

export interface MeetingParticipant {
  /** IANA zone, e.g. `Europe/Lisbon`. */
  timeZone: string;
  /** Empty means "not filled in yet": see {@link DEFAULT_AVAILABILITY}. */
  windows: readonly AvailabilityWindow[];
}

export interface MeetingTimesRequest {
  participants: readonly MeetingParticipant[]; // 2 or 3
  /** Earliest start (epoch ms): usually the round's time plus a day's notice. */
  from: number;
  /** How many days from `from` to search (e.g. 14). */
  days: number;
  durationMinutes: number; // e.g. 30
  count: number; // how many to propose, e.g. 3
  /**
   * The zone whose calendar days "one proposal per day" counts in. Defaults to the first
   * participant's zone.
   */
  dayTimeZone?: string;
}

/** ISO UTC instants, e.g. `2026-12-08T14:00:00.000Z`. */
export interface ProposedTime {
  start: string;
  end: string;
}

/**
 * What a member who has not filled in availability is taken to have: weekdays 09:00–17:00
 * in their own zone. It lets the first rounds propose times before profiles are complete.
 */
export const DEFAULT_AVAILABILITY: readonly AvailabilityWindow[] = WEEKDAYS.slice(0, 5).map((day) => ({
  day,
  start: '09:00',
  end: '17:00',
}));

const MINUTE = 60_000;
const HALF_HOUR = 30 * MINUTE;
const DAY = 86_400_000;
const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;

const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Minutes since midnight for `HH:MM` (00:00–24:00), or null. */
function minutesOf(text: string): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * What is wrong with a window, in words a member can act on, or null when it is fine.
 * Exported so a profile form can refuse exactly what this module would.
 */
export function availabilityWindowProblem(window: AvailabilityWindow): string | null {
  if (!(WEEKDAYS as readonly string[]).includes(window.day)) {
    return `day must be one of ${WEEKDAYS.join(', ')}, not "${window.day}"`;
  }
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === null || start === DAY_MINUTES) {
    return `start must be a time written HH:MM between 00:00 and 23:59, not "${window.start}"`;
  }
  if (end === null) return `end must be a time written HH:MM between 00:01 and 24:00, not "${window.end}"`;
  if (end <= start) return `end (${window.end}) must be after start (${window.start})`;
  return null;
}

type Range = readonly [from: number, to: number];

/**
 * A participant's windows as minute ranges of a Monday-first week, merged where they
 * touch, so Friday 22:00–24:00 plus Saturday 00:00–01:00 holds a slot across midnight.
 * A range running into Monday from Sunday is stretched past the week's end.
 */
function weeklyRanges(windows: readonly AvailabilityWindow[]): Range[] {
  const raw = windows
    .map((w): Range => {
      const base = WEEKDAYS.indexOf(w.day) * DAY_MINUTES;
      return [base + (minutesOf(w.start) as number), base + (minutesOf(w.end) as number)];
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [from, to] of raw) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (first && last && first[0] === 0 && last[1] === WEEK_MINUTES) last[1] = WEEK_MINUTES + first[1];
  return merged;
}

/** One participant, ready to be asked "is this slot yours?" many times in one request. */
interface Calendar {
  timeZone: string;
  ranges: Range[];
  offsets: Map<number, number>;
}

function offsetIn(calendar: Calendar, instant: number): number {
  let o = calendar.offsets.get(instant);
  if (o === undefined) {
    o = zoneOffset(instant, calendar.timeZone);
    calendar.offsets.set(instant, o);
  }
  return o;
}

/** Minute of the Monday-first week that a wall-clock time (ms, as if UTC) falls on. */
function weekMinute(wall: number): number {
  const epochDay = Math.floor(wall / DAY);
  const weekday = (((epochDay + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return weekday * DAY_MINUTES + Math.floor((wall - epochDay * DAY) / MINUTE);
}

function holds(calendar: Calendar, start: number, duration: number): boolean {
  const offset = offsetIn(calendar, start);
  // A slot the clocks change during (a night hour, twice a year) is skipped rather than
  // reasoned about: its wall-clock times jump, and a nicer slot is never far away.
  if (offsetIn(calendar, start + duration - 1) !== offset) return false;
  const from = weekMinute(start + offset);
  const to = from + duration / MINUTE;
  return calendar.ranges.some(([a, b]) => a <= from && to <= b);
}

function checkZone(timeZone: string, whose: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(
      `${whose} has an unknown time zone "${timeZone}"; use an IANA name such as Europe/Lisbon`,
    );
  }
}

function calendarOf(participant: MeetingParticipant, index: number): Calendar {
  checkZone(participant.timeZone, `participant ${index + 1}`);
  for (const window of participant.windows) {
    const problem = availabilityWindowProblem(window);
    if (problem) {
      throw new RangeError(
        `participant ${index + 1} has an availability window that cannot be read (${window.day} ${window.start}–${window.end}): ${problem}`,
      );
    }
  }
  const windows = participant.windows.length ? participant.windows : DEFAULT_AVAILABILITY;
  return { timeZone: participant.timeZone, ranges: weeklyRanges(windows), offsets: new Map() };
}

/**
 * Up to `count` slots of `durationMinutes`, each inside an availability window of every
 * participant on that participant's own clocks (a participant without windows counts as
 * {@link DEFAULT_AVAILABILITY}: weekdays 09:00–17:00 local). Slots start on a UTC half hour
 * at or after `from` and end within `days` days of it. One slot per calendar day (in
 * `dayTimeZone`, else the first participant's zone), earliest day first and the earliest
 * slot of each day; only when there are fewer such days than `count` does a day get a
 * second slot, half an hour or more clear of the first. Slots the clocks change during
 * are skipped. Sorted by start; fewer than `count`, or none, when the overlap is small.
 * Same request, same answer.
 *
 * @throws RangeError for an unknown time zone or a window that cannot be read
 *   ({@link availabilityWindowProblem} says why).
 */
export function proposeMeetingTimes(request: MeetingTimesRequest): ProposedTime[] {
  const calendars = request.participants.map(calendarOf);
  const dayZone = request.dayTimeZone ?? request.participants[0]?.timeZone;
  const count = Math.floor(request.count);
  const duration = Math.round(request.durationMinutes) * MINUTE;
  if (!dayZone || count < 1 || duration <= 0 || !(request.days > 0)) return [];
  if (request.dayTimeZone) checkZone(request.dayTimeZone, 'dayTimeZone');
  const days: Calendar = { timeZone: dayZone, ranges: [], offsets: new Map() };

  const horizon = request.from + request.days * DAY;
  // Proposals keep half an hour clear of each other, also across midnight.
  const apart = duration + HALF_HOUR;
  const chosen: number[] = [];
  const clear = (start: number) => chosen.every((s) => Math.abs(s - start) >= apart);
  const taken = new Set<number>();
  const fits: number[] = [];
  // Walking forward, the first clear fit of each day is that day's pick; once `count`
  // days have one, nothing later can change the answer.
  for (
    let start = Math.ceil(request.from / HALF_HOUR) * HALF_HOUR;
    start + duration <= horizon;
    start += HALF_HOUR
  ) {
    if (!calendars.every((c) => holds(c, start, duration))) continue;
    fits.push(start);
    const day = Math.floor((start + offsetIn(days, start)) / DAY);
    if (!taken.has(day) && clear(start)) {
      taken.add(day);
      chosen.push(start);
      if (chosen.length === count) break;
    }
  }
  // Fewer days than proposals wanted: add the earliest clear fits on days already used.
  for (const start of fits) {
    if (chosen.length === count) break;
    if (clear(start)) chosen.push(start);
  }
  return chosen
    .sort((a, b) => a - b)
    .map((s) => ({ start: new Date(s).toISOString(), end: new Date(s + duration).toISOString() }));
}
