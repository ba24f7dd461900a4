/**
 * Reads the days people type ("2026-03-14", "14 March", "tomorrow", "next friday",
 * "in 3 weeks") relative to today in their own zone. Natural language is chrono's job;
 * we only pin the reference day and check the result is a real date.
 */
import { addDays, daysBetween, isIsoDay } from '@kindred/core';
import * as chrono from 'chrono-node';
import { AppError } from '../errors/app-error.ts';

const RELATIVE = /^([+-]\d+)\s*([dwm])$/i;

/**
 * @param today the user's local `YYYY-MM-DD`
 * @param field named in the error, e.g. `--follow-up`
 * @param direction whether an ambiguous day ("friday", "14 March") means the next one,
 *   the last one, or whichever is nearer (for things people tell you about, past or coming)
 */
export function parseDay(
  text: string,
  today: string,
  field: string,
  direction: 'future' | 'past' | 'nearest' = 'future',
): string {
  if (direction === 'nearest') {
    const ahead = parseDay(text, today, field, 'future');
    const behind = parseDay(text, today, field, 'past');
    return Math.abs(daysBetween(today, ahead)) <= Math.abs(daysBetween(today, behind)) ? ahead : behind;
  }
  const trimmed = text.trim();
  if (isIsoDay(trimmed)) return trimmed;
  // Shaped like a date but not one (2026-02-30, 2026-13-03): say so, rather than let the
  // natural-language reader guess at a different day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    throw new AppError(
      'invalid_input',
      `${field}: "${text}" is not a real date. Check the month and the day.`,
      [{ field, message: `"${text}" is not a real date` }],
    );
  }
  const rel = RELATIVE.exec(trimmed);
  if (rel) {
    const n = Number(rel[1]);
    const unit = (rel[2] as string).toLowerCase();
    return addDays(today, unit === 'd' ? n : unit === 'w' ? n * 7 : n * 30);
  }
  // Noon of the local day keeps chrono clear of any midnight edge in the machine's zone.
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const reference = new Date(y, m - 1, d, 12, 0, 0);
  const results = chrono.en.GB.parse(trimmed, reference, { forwardDate: direction === 'future' });
  const first = results[0];
  if (first && first.text.trim().length >= trimmed.replace(/[.,]$/, '').length - 1) {
    const s = first.start;
    let year = s.get('year') ?? y;
    const month = s.get('month') ?? m;
    const day = s.get('day') ?? d;
    if (direction === 'past' && !s.isCertain('year')) {
      const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (candidate > today) year -= 1;
    }
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isIsoDay(iso)) return iso;
  }
  throw new AppError(
    'invalid_input',
    `${field}: "${text}" is not a day I can read. Use a date like 2026-03-14, "14 March", "tomorrow", "next friday" or "+3d".`,
    [{ field, message: `"${text}" is not a date` }],
  );
}
