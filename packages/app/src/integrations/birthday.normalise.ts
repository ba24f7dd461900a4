/**
 * Birthdays arrive in many spellings (`19850412`, `--0412`, Apple's `1604-04-12`
 * "no year" marker, ISO date-times). Kindred stores only `YYYY-MM-DD` or `--MM-DD`,
 * so every importer funnels through here and an unreadable value is simply dropped.
 */

/** Years address books use to mean "the year is unknown". */
const NO_YEAR = new Set(['1604', '0000']);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Normalises a birthday to `YYYY-MM-DD` or `--MM-DD`; undefined when the value is
 * not a day of a month (a year alone, free text like "circa 1800", 31 February).
 * `omitYear` is the value of Apple's `X-APPLE-OMIT-YEAR` parameter: a date in that
 * year has no year.
 */
export function normaliseBirthday(raw: string, omitYear?: string): string | undefined {
  const value = raw.trim();
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(value);
  if (full) {
    [, year, month, day] = full;
  } else {
    const yearless = /^--(\d{2})-?(\d{2})$/.exec(value);
    if (!yearless) return undefined;
    [, month, day] = yearless;
  }
  if (month === undefined || day === undefined) return undefined;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > (DAYS_IN_MONTH[m - 1] ?? 0)) return undefined;
  if (year === undefined || NO_YEAR.has(year) || year === omitYear?.trim()) return `--${month}-${day}`;
  // 29 February only exists in leap years; a dated one elsewhere is a typo we cannot fix.
  if (m === 2 && d === 29 && !isLeapYear(Number(year))) return undefined;
  return `${year}-${month}-${day}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
