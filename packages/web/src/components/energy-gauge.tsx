/**
 * The week's energy as a gauge: a meter with its meaning in words beside it ("9 of 20
 * energy left this week"), so nothing is said by colour or length alone.
 */
import { useId } from 'react';
import type { Plan } from '../api/types.ts';
import './energy-gauge.css';
import { plural } from '../text/plural.ts';

/** One week's energy, as the plan gives it. */
export type EnergyWeek = Plan['energy'][number];

/** What the week's energy has gone to, in words. */
export function energyBreakdown(week: EnergyWeek, plannedLabel = 'in this plan'): string {
  const parts = [`${week.spent} spent on contacts so far`];
  if (week.reserved > 0) parts.push(`${week.reserved} kept for events`);
  parts.push(`${week.planned} ${plannedLabel}`);
  return parts.join(' · ');
}

export function EnergyGauge({
  week,
  label = 'this week',
  plannedLabel,
}: {
  week: EnergyWeek;
  /** Which week it is, in words: "this week", "the week of 16 March". */
  label?: string;
  plannedLabel?: string;
}) {
  const id = useId();
  const budget = Math.max(0, week.budget);
  const left = Math.max(0, Math.min(budget, week.left));
  const over = week.left < 0 ? -week.left : 0;
  const text =
    budget === 0
      ? `No energy budget is set for ${label}`
      : over > 0
        ? `No energy left ${label}: ${plural(over, 'point')} over your budget of ${budget}`
        : `${left} of ${budget} energy left ${label}`;
  return (
    <div className="energy-gauge">
      <label className="energy-gauge-label" htmlFor={`${id}-meter`}>
        {text}
      </label>
      <meter
        id={`${id}-meter`}
        className="energy-gauge-meter"
        aria-describedby={`${id}-detail`}
        min={0}
        max={Math.max(1, budget)}
        value={left}
      />
      <p className="muted energy-gauge-detail" id={`${id}-detail`}>
        {energyBreakdown(week, plannedLabel)}.
      </p>
    </div>
  );
}
