/** Small text renderings shared by commands. */
import type { Person } from '@kindred/core';
import { stageLabel } from '@kindred/core';

export function personLine(p: Person): string {
  const where = [p.role, p.organisation].filter(Boolean).join(' at ');
  return `${p.name}${where ? ` — ${where}` : ''}  [${stageLabel(p.stage, p.seniority)}]  ${p.id}`;
}

/** "14 Mar 2026" for a YYYY-MM-DD day; "14 Mar" for a year-less one. */
export function prettyDay(day: string | null): string {
  if (!day) return '';
  const yearless = day.startsWith('--');
  const iso = yearless ? `2000-${day.slice(2)}` : day;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(yearless ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
