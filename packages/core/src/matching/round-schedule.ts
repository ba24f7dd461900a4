/**
 * When a community's next pairing round runs: on a weekday at an hour of the
 * community's own clock, every week, every other week or about monthly. Pure: the
 * instants come in, so a schedule can be tested across a daylight-saving change.
 */
import { addDays, localDate, WEEKDAYS, type Weekday, weekdayOf } from '../time/local-date.ts';
import { wallTimeToInstant } from '../time/zone-offset.ts';

export const ROUND_CADENCES = ['weekly', 'fortnightly', 'monthly', 'off'] as const;
export type RoundCadence = (typeof ROUND_CADENCES)[number];

export interface RoundSchedule {
  cadence: RoundCadence;
  weekday: Weekday;
  /** 0–23 on the community's clock. */
  hour: number;
  timeZone: string;
}

/** The least time between two scheduled rounds, in days, for each cadence. */
const MIN_GAP_DAYS: Record<Exclude<RoundCadence, 'off'>, number> = {
  weekly: 1,
  fortnightly: 13,
  monthly: 27,
};

/**
 * The first scheduled time strictly after `after` (epoch ms) and, when a round has run,
 * at least the cadence's gap after `lastRoundAt`; null while rounds are off.
 */
export function nextRoundAt(
  schedule: RoundSchedule,
  after: number,
  lastRoundAt: number | null,
): number | null {
  if (schedule.cadence === 'off') return null;
  const earliest = Math.max(
    after + 1,
    lastRoundAt === null ? 0 : lastRoundAt + MIN_GAP_DAYS[schedule.cadence] * 86_400_000,
  );
  const startDay = localDate(new Date(earliest), schedule.timeZone);
  const shift = (WEEKDAYS.indexOf(schedule.weekday) - WEEKDAYS.indexOf(weekdayOf(startDay)) + 7) % 7;
  let day = addDays(startDay, shift);
  for (;;) {
    const at = wallTimeToInstant(day, schedule.hour * 60, schedule.timeZone);
    if (at >= earliest) return at;
    day = addDays(day, 7);
  }
}
