/**
 * Wall clocks in a time zone, without a time-zone library: Intl knows every zone's
 * offset at any instant, which is all it takes to turn "Tuesday 09:00 in Lisbon" into
 * an instant and back, across daylight-saving changes.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Offsets already worked out, per zone and quarter hour. Since 1980 every zone's offset
 * is a whole number of quarter hours and changes on a quarter hour, so one answer holds
 * for the whole quarter. A round proposes times for thousands of pairs over the same
 * fortnight: without this, asking Intl costs more than the pairing itself.
 */
const QUARTER_HOUR = 900_000;
const SINCE = Date.UTC(1980, 0, 1);
const CACHE_LIMIT = 200_000;
const cache = new Map<string, number>();

/** How far the zone's clocks are ahead of UTC at an instant (epoch ms), in ms. */
export function zoneOffset(instant: number, timeZone: string): number {
  if (instant < SINCE) return askIntl(instant, timeZone);
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = askIntl(quarter * QUARTER_HOUR, timeZone);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, offset);
  }
  return offset;
}

function askIntl(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (epoch ms) when the zone's clocks show `minutes` past midnight on `day`
 * (YYYY-MM-DD). A time skipped by a spring-forward change resolves to the same wall
 * time on the later offset (02:30 becomes 03:30); a time shown twice in autumn resolves
 * to its first showing.
 */
export function wallTimeToInstant(day: string, minutes: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  const before = wall - zoneOffset(wall - 86_400_000, timeZone);
  const guess = wall - zoneOffset(wall, timeZone);
  // Two candidates cover both sides of a change; the earlier one that reads back right wins.
  for (const candidate of [Math.min(before, guess), Math.max(before, guess)]) {
    if (candidate + zoneOffset(candidate, timeZone) === wall) return candidate;
  }
  return Math.max(before, guess);
}
