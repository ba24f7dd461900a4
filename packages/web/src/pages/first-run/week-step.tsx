/** Step 2: how much social energy a week holds, the days kept free, and the time zone. */
import type { Weekday } from '@kindred/core/time/local-date.ts';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { BUDGET_PROBLEM, BudgetField, wholeNumber } from '../settings/budget-field.tsx';
import { type SettingsView, useSaveSettings, useSettings } from '../settings/settings.api.ts';
import { TimeZoneSelect } from '../settings/time-zone-select.tsx';
import { browserTimeZone } from '../settings/week-options.ts';
import { WeekdayCheckboxes } from '../settings/weekday-checkboxes.tsx';
import { ENERGY_SENTENCE } from './energy-words.ts';
import { StepProgress } from './step-progress.tsx';

export function WeekStep({ onDone }: { onDone: () => void }) {
  const settings = useSettings();
  return (
    <>
      <StepProgress step={2} />
      <PageHeader title="Welcome to Kindred" />
      <section className="card stack" aria-labelledby="week-step-heading">
        <h2 id="week-step-heading">Your week</h2>
        {settings.data ? (
          <WeekForm current={settings.data} onDone={onDone} />
        ) : settings.error ? (
          <ErrorNote error={settings.error} />
        ) : (
          <Loading what="Reading your settings" />
        )}
      </section>
    </>
  );
}

function WeekForm({ current, onDone }: { current: SettingsView; onDone: () => void }) {
  const [budget, setBudget] = useState(String(current.settings.weeklyBudget));
  const [quietDays, setQuietDays] = useState<Weekday[]>(current.settings.quietDays);
  const [timeZone, setTimeZone] = useState(current.timeZone || browserTimeZone());
  const [budgetProblem, setBudgetProblem] = useState<string | null>(null);
  const save = useSaveSettings();
  const error = save.error instanceof ApiError ? save.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weeklyBudget = wholeNumber(budget);
    if (weeklyBudget === null) {
      setBudgetProblem(BUDGET_PROBLEM);
      return;
    }
    setBudgetProblem(null);
    save.mutate({ weeklyBudget, quietDays, timeZone }, { onSuccess: onDone });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{ENERGY_SENTENCE}</p>
      <BudgetField
        hint="20 suits most people; lower it for a quiet season, raise it when you feel like seeing people."
        error={budgetProblem ?? error?.forField('weeklyBudget')}
        value={budget}
        onChange={setBudget}
      />
      <WeekdayCheckboxes
        legend="Quiet days"
        hint="Kindred plans nothing on these days."
        value={quietDays}
        onChange={setQuietDays}
        error={error?.forField('quietDays')}
      />
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={error?.forField('timeZone')} />
      {save.error ? <ErrorNote error={save.error} /> : null}
      <FormActions
        className="step-actions"
        submit="Save and continue"
        pending={save.isPending}
        pendingLabel="Saving…"
      >
        <button type="button" className="link" onClick={onDone}>
          Skip for now
        </button>
      </FormActions>
    </form>
  );
}
