/** Words for the Insights page: dates, months, stages and counts, as a person reads them. */
import type { Insights } from './insights.api.ts';

export type StageKey = Insights['stages']['now'][number]['stage'];

/** The ladder's rungs; the top two read differently with peers and seniors, so both are named. */
export const STAGE_NAMES: Record<StageKey, string> = {
  stranger: 'Stranger',
  first_contact: 'First contact',
  repeat_contact: 'Hi again',
  asking: 'Asking their input',
  sharing: 'Sharing your path',
  close: 'Friend or mentor',
  closest: 'Close friend or sponsor',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const asDate = (day: string) => new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);

/** "Mon 2 Mar 2026" for a `YYYY-MM-DD` local day. */
export const formatDay = (day: string) => dayFormat.format(asDate(day));
/** "2 Mar". */
export const formatShortDay = (day: string) => shortDayFormat.format(asDate(day));
/** "Mar 2026" for a `YYYY-MM` month. */
export const formatMonth = (month: string) => monthFormat.format(asDate(month));
/** "March 2026". */
export const formatLongMonth = (month: string) => longMonthFormat.format(asDate(month));

export { plural } from '../../text/plural.ts';
