/** Your week: the energy budget, how many steps a day, quiet and on-site days, the time zone. */
import type { Weekday } from '@kindred/core/time/local-date.ts';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { ENERGY_SENTENCE } from '../first-run/energy-words.ts';
import { BUDGET_PROBLEM, BudgetField, wholeNumber } from './budget-field.tsx';
import { longDate } from './format.ts';
import { type SettingsView, useSaveSettings } from './settings.api.ts';
import { StatusNote } from './status-note.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';
import { WeekdayCheckboxes } from './weekday-checkboxes.tsx';

export function WeekSection({ current }: { current: SettingsView }) {
  const s = current.settings;
  const [budget, setBudget] = useState(String(s.weeklyBudget));
  const [perDay, setPerDay] = useState(String(s.maxActionsPerDay));
  const [quietDays, setQuietDays] = useState<Weekday[]>(s.quietDays);
  const [onSiteWeekdays, setOnSiteWeekdays] = useState<Weekday[]>(s.onSiteWeekdays);
  const [onSiteDays, setOnSiteDays] = useState<string[]>(s.onSiteDays);
  const [newDay, setNewDay] = useState('');
  const [timeZone, setTimeZone] = useState(current.timeZone);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [said, setSaid] = useState<string | null>(null);
  const save = useSaveSettings();
  const error = save.error instanceof ApiError ? save.error : null;

  const addDay = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDay)) {
      setLocal({ newDay: 'Choose a date first, then add it.' });
      return;
    }
    setLocal({});
    setOnSiteDays((days) => [...new Set([...days, newDay])].sort());
    setNewDay('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    const weeklyBudget = wholeNumber(budget);
    const maxActionsPerDay = wholeNumber(perDay);
    const problems: Record<string, string> = {};
    if (weeklyBudget === null) problems.weeklyBudget = BUDGET_PROBLEM;
    if (maxActionsPerDay === null) problems.maxActionsPerDay = 'Give a whole number of steps, from 1 to 10.';
    setLocal(problems);
    if (weeklyBudget === null || maxActionsPerDay === null) return;
    save.mutate(
      { weeklyBudget, maxActionsPerDay, quietDays, onSiteWeekdays, onSiteDays, timeZone },
      { onSuccess: () => setSaid('Saved. Your plan now follows this week.') },
    );
  };

  return (
    <section className="card stack settings-section" id="week" aria-labelledby="week-heading">
      <h2 id="week-heading">Your week</h2>
      <p className="muted">{ENERGY_SENTENCE}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="settings-pair">
          <BudgetField
            hint="From 1 to 500. 20 suits most people."
            error={local.weeklyBudget ?? error?.forField('weeklyBudget')}
            value={budget}
            onChange={setBudget}
          />
          <Field
            label="Most steps in one day"
            hint="From 1 to 10; a small plan is easier to keep."
            error={local.maxActionsPerDay ?? error?.forField('maxActionsPerDay')}
          >
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              value={perDay}
              onChange={(e) => setPerDay(e.target.value)}
              className="short-number"
            />
          </Field>
        </div>
        <WeekdayCheckboxes
          legend="Quiet days"
          hint="Kindred plans nothing on these days."
          value={quietDays}
          onChange={setQuietDays}
          error={error?.forField('quietDays')}
        />
        <WeekdayCheckboxes
          legend="Days you are usually on site"
          hint="At the office or a venue: Kindred favours in-person hellos and coffees on these days."
          value={onSiteWeekdays}
          onChange={setOnSiteWeekdays}
          error={error?.forField('onSiteWeekdays')}
        />
        <fieldset className="field">
          <legend>Other days on site</legend>
          <span className="hint">
            A conference, a visit to another office: particular dates, not every week.
          </span>
          {onSiteDays.length ? (
            <ul className="plain-list">
              {onSiteDays.map((day) => (
                <li key={day} className="row">
                  <span>{longDate(day)}</span>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setOnSiteDays((days) => days.filter((d) => d !== day))}
                  >
                    Remove <span className="visually-hidden">{longDate(day)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None yet.</p>
          )}
          <div className="row align-end">
            <Field label="Date on site" error={local.newDay ?? error?.forField('onSiteDays')}>
              <input type="date" value={newDay} onChange={(e) => setNewDay(e.target.value)} />
            </Field>
            <button type="button" onClick={addDay}>
              Add this day
            </button>
          </div>
        </fieldset>
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={error?.forField('timeZone')} />
        {save.error ? <ErrorNote error={save.error} /> : null}
        <FormActions submit="Save your week" pending={save.isPending} pendingLabel="Saving…">
          <StatusNote message={said} />
        </FormActions>
      </form>
    </section>
  );
}
