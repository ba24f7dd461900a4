/** Words for dates, stages and the kinds of things the People pages show. */
import type { InteractionForm } from '@kindred/core/energy/forms.ts';
import { FORM_INFO, INTERACTION_FORMS } from '@kindred/core/energy/forms.ts';
import { type Seniority, STAGES, type Stage, stageLabel } from '@kindred/core/ladder/stages.ts';
import { plural } from '../../text/plural.ts';

/** Today as YYYY-MM-DD in a time zone (the account's), or the browser's own. */
export function todayIn(timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return new Intl.DateTimeFormat('en-CA').format(new Date());
  }
}

const DAY = 86_400_000;
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "14 Mar 2026". */
export function formatDay(day: string): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? day : dateFormat.format(time);
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "in 2 months". */
export function relativeDay(day: string, today: string): string {
  const days = daysBetween(day, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  const span = duration(Math.abs(days));
  return days > 0 ? `${span} ago` : `in ${span}`;
}

/** "1 day", "3 weeks", "4 months". */
export function duration(days: number): string {
  if (days < 14) return plural(days, 'day', 'days');
  if (days < 60) return plural(Math.round(days / 7), 'week', 'weeks');
  if (days < 730) return plural(Math.round(days / 30.4), 'month', 'months');
  return plural(Math.round(days / 365.25), 'year', 'years');
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function stageName(stage: Stage, seniority?: Seniority | null): string {
  return stageLabel(stage, seniority ?? 'peer');
}

/** Stage choices for a filter, where the upper rungs have a word for each seniority. */
export const STAGE_FILTER_OPTIONS: { value: Stage; label: string }[] = STAGES.map((stage) => ({
  value: stage,
  label:
    stage === 'close'
      ? 'Friend, mentor or mentee'
      : stage === 'closest'
        ? 'Close friend, sponsor or protégé'
        : stageLabel(stage, 'peer'),
}));

export const FORM_OPTIONS = INTERACTION_FORMS.map((form) => ({
  value: form,
  label: FORM_INFO[form].label,
  cost: FORM_INFO[form].cost,
}));

export function formLabel(form: InteractionForm): string {
  return FORM_INFO[form]?.label ?? form;
}

export const INITIATOR_LABELS = {
  me: 'I reached out',
  them: 'They reached out',
  mutual: 'Both, or it just happened',
};
export const OUTCOME_LABELS = { great: 'Great', good: 'Good', ok: 'All right', awkward: 'Awkward' };
export const GIVE_LABELS = {
  help: 'Offered help',
  info: 'Shared something useful',
  intro: 'Made an introduction',
  congrats: 'Congratulated them',
};
export const ASK_LABELS = {
  favour: 'Asked a favour',
  advice: 'Asked for advice',
  input: 'Asked for their input',
  referral: 'Asked for a referral',
  story: 'Asked for their story',
  involvement: 'Asked them to get involved',
};
export const DETAIL_KIND_LABELS = {
  fact: 'Something they shared',
  win: 'A win to congratulate',
  need: 'Something they need',
  expertise: 'Something they know well',
};
export const CHANNEL_LABELS = { email: 'Email', phone: 'Phone', link: 'Link', chat: 'Chat', other: 'Other' };

/** Splits "design, london" into tags, dropping blanks and repeats. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
