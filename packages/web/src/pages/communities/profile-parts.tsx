/**
 * The pieces of the community profile form: a shareable part with its "who sees this"
 * choice beside it, a group of checkboxes over a label table, and the weekly
 * availability rows (add, change, remove; day, from, to).
 */
import type { ReactNode } from 'react';
import { Field } from '../../components/field.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { DAY_LABELS, VISIBILITY_LABELS, type Visibility, type Weekday } from './communities.api.ts';

/** One shareable part of the profile, with who may see it. */
export function SharePart({
  what,
  visibility,
  onVisibility,
  visibilityError,
  children,
}: {
  /** Lower case, as it reads after "Who sees your": "interests", "team". */
  what: string;
  visibility: Visibility;
  onVisibility: (level: Visibility) => void;
  visibilityError?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="share-part">
      <div className="share-part-main">{children}</div>
      <Field label={`Who sees your ${what}`} className="share-part-visibility" error={visibilityError}>
        <LabelSelect labels={VISIBILITY_LABELS} value={visibility} onChange={onVisibility} />
      </Field>
    </div>
  );
}

export function CheckGroup<V extends string>({
  legend,
  hint,
  labels,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  labels: Record<V, string>;
  chosen: V[];
  onChange: (next: V[]) => void;
  error?: string | undefined;
}) {
  const name = legend.toLowerCase().replaceAll(/\W+/g, '-');
  return (
    <fieldset className="field check-group" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint ? <span className="hint">{hint}</span> : null}
      <div className="row">
        {(Object.entries(labels) as [V, string][]).map(([value, label]) => (
          <label key={value} className="check">
            <input
              type="checkbox"
              name={name}
              checked={chosen.includes(value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, value] : chosen.filter((c) => c !== value))
              }
            />
            {label}
          </label>
        ))}
      </div>
      {error ? <span className="field-error">{error}</span> : null}
    </fieldset>
  );
}

export interface WindowRow {
  /** Only for React's list keys: rows have no identity of their own. */
  key: number;
  day: Weekday;
  start: string;
  end: string;
}

let nextKey = 1;
export const windowRow = (day: Weekday, start: string, end: string): WindowRow => ({
  key: nextKey++,
  day,
  start,
  end,
});

/** Weekly windows, in the member's own time zone. Errors come per row (`availability.2.end`). */
export function AvailabilityRows({
  rows,
  onChange,
  errorFor,
  timeZone,
}: {
  rows: WindowRow[];
  onChange: (next: WindowRow[]) => void;
  errorFor: (row: number, part: 'day' | 'start' | 'end') => string | undefined;
  timeZone: string;
}) {
  const set = (i: number, patch: Partial<WindowRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field availability">
      <legend>When you are usually free</legend>
      <span className="hint">
        Times in your time zone ({timeZone.replaceAll('_', ' ')}). Kindred proposes meeting times inside
        these.
      </span>
      {rows.length === 0 ? <p className="muted">No times yet.</p> : null}
      <ol className="window-list">
        {rows.map((row, i) => (
          <li key={row.key}>
            <fieldset className="window-row">
              <legend className="visually-hidden">Time {i + 1}</legend>
              <Field label="Day" error={errorFor(i, 'day')}>
                <LabelSelect labels={DAY_LABELS} value={row.day} onChange={(day) => set(i, { day })} />
              </Field>
              <Field label="From" error={errorFor(i, 'start')}>
                <input type="time" value={row.start} onChange={(e) => set(i, { start: e.target.value })} />
              </Field>
              <Field label="To" error={errorFor(i, 'end')}>
                <input type="time" value={row.end} onChange={(e) => set(i, { end: e.target.value })} />
              </Field>
              <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                Remove <span className="visually-hidden">time {i + 1}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            const last = rows.at(-1);
            onChange([...rows, windowRow(nextDay(last?.day), last?.start ?? '12:00', last?.end ?? '13:00')]);
          }}
        >
          Add a time
        </button>
      </div>
    </fieldset>
  );
}

const DAYS = Object.keys(DAY_LABELS) as Weekday[];
/** A new row starts on the day after the last one, which is what people add next. */
function nextDay(day: Weekday | undefined): Weekday {
  return day ? (DAYS[(DAYS.indexOf(day) + 1) % DAYS.length] as Weekday) : 'mon';
}
