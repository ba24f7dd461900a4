/** The plan as text: a day or a week of small steps, each with its reason and draft. */
import type { PlanView } from '@kindred/app';
import { FORM_INFO } from '@kindred/core';
import { plural } from './format.ts';

function dayHeading(day: string, today: string): string {
  const label = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return day === today ? `Today, ${label}` : label;
}

function indent(text: string, by = '     '): string {
  return text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : ''))
    .join('\n');
}

export function renderPlan(plan: PlanView, withDrafts: boolean): string[] {
  const lines: string[] = [];
  for (const e of plan.energy) {
    lines.push(
      `Energy for the week of ${e.weekStart}: ${e.budget} points; ${e.spent} spent${e.reserved ? `, ${e.reserved} for events` : ''}, ${e.planned} in this plan, ${e.left} left.`,
    );
  }
  if (plan.actions.length === 0) lines.push('', 'No steps for now.');
  let n = 0;
  for (const day of plan.days) {
    const actions = plan.actions.filter((a) => a.day === day);
    if (actions.length === 0) continue;
    lines.push('', `${dayHeading(day, plan.today)} — ${plural(actions.length, 'step')}`);
    for (const a of actions) {
      n++;
      lines.push(`  ${n}. ${a.title}  [${a.handle}]`);
      lines.push(`     ${FORM_INFO[a.form].label}, ${plural(a.energyCost, 'point')} of energy`);
      lines.push(indent(a.reason));
      if (withDrafts) {
        for (const d of a.drafts) {
          const to = a.drafts.length > 1 ? ` to ${plan.people[d.personId] ?? 'them'}` : '';
          lines.push(`     Draft${to} (${d.draft.channel.replace('_', ' ')}):`);
          if (d.draft.subject) lines.push(`       Subject: ${d.draft.subject}`);
          lines.push(indent(d.draft.body, '       '));
        }
      }
    }
  }
  if (plan.notes.length) lines.push('', ...plan.notes.map((note) => `· ${note}`));
  if (plan.actions.length) {
    lines.push(
      '',
      'When you have done one: kindred done ID. Not now: kindred snooze ID --until DAY, or kindred dismiss ID.',
    );
  }
  return lines;
}
