/** A week's days as a group of checkboxes, named by its legend, with a hint and an error. */
import type { Weekday } from '@kindred/core/time/local-date.ts';
import { useId } from 'react';
import './weekday-checkboxes.css';
import { WEEKDAY_NAMES } from './week-options.ts';

interface WeekdayCheckboxesProps {
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
}

export function WeekdayCheckboxes({ legend, hint, error, value, onChange }: WeekdayCheckboxesProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const toggle = (day: Weekday, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(day);
    else next.delete(day);
    // Keep the week's order, whatever order they were ticked in.
    onChange(WEEKDAY_NAMES.map((w) => w.day).filter((d) => next.has(d)));
  };
  return (
    <fieldset className="field weekday-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <div className="weekday-options">
        {WEEKDAY_NAMES.map(({ day, name }) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={value.includes(day)}
              onChange={(e) => toggle(day, e.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            {name}
          </label>
        ))}
      </div>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
