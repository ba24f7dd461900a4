/**
 * Finds the day a detail talks about ("her daughter starts school Monday", "presenting
 * at the board on 14 March", "back from leave tomorrow"), so a detail typed in one line
 * still gets its follow-up. Only a named day counts: a bare month ("in May") or a time
 * ("ran it in 3:40") is too vague to ask about on a particular day.
 */
import * as chrono from 'chrono-node';
import { parseDay } from './parse-day.ts';

/** The first day the text names, read in whichever direction is nearer to today; or null. */
export function dayMentioned(text: string, today: string): string | null {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const reference = new Date(y, m - 1, d, 12, 0, 0);
  for (const found of chrono.en.GB.parse(text, reference)) {
    if (!found.start.isCertain('day') && !found.start.isCertain('weekday')) continue;
    const phrase = found.text.replace(/^on\s+/i, '').trim();
    try {
      return parseDay(phrase, today, 'detail', 'nearest');
    } catch {
      // Shaped like a date but not a real one: not a day to follow up on.
    }
  }
  return null;
}
