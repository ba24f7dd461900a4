/**
 * A person's boundaries and preferences, kept by the plan: how they like to be reached,
 * whether they prefer async, a day before which Kindred proposes nothing, and how often
 * to check in when the stage's usual rhythm does not fit.
 */

import { CADENCE_DAYS } from '@kindred/core/ladder/cadence.ts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { CHANNEL_LABELS, formatDay } from './format.ts';
import { useRefreshAll } from './people.api.ts';

export function BoundariesForm({ person, today }: { person: Person; today: string }) {
  const [preferredChannel, setPreferredChannel] = useState(person.preferredChannel ?? '');
  const [prefersAsync, setPrefersAsync] = useState(person.prefersAsync);
  const [until, setUntil] = useState(person.doNotContactUntil ?? '');
  const [cadence, setCadence] = useState(person.cadenceDays === null ? '' : String(person.cadenceDays));
  const [cadenceProblem, setCadenceProblem] = useState<string | null>(null);
  const asyncId = useId();
  const refresh = useRefreshAll();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch<Person>(`/people/${person.id}`, body),
    onSuccess: () => refresh(),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const usual = CADENCE_DAYS[person.stage];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const days = cadence.trim() === '' ? null : Number(cadence);
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > 730)) {
      setCadenceProblem(
        'Write a whole number of days from 1 to 730, or leave it empty for the usual rhythm.',
      );
      return;
    }
    setCadenceProblem(null);
    save.mutate({
      preferredChannel: preferredChannel || null,
      prefersAsync,
      doNotContactUntil: until || null,
      cadenceDays: days,
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">Boundaries and preferences</h2>
      {person.doNotContactUntil && person.doNotContactUntil > today ? (
        <p className="note">
          Kindred will not propose contacting {person.name} before {formatDay(person.doNotContactUntil)}.
        </p>
      ) : null}
      <Field label="Preferred channel" error={error?.forField('preferredChannel')}>
        <LabelSelect
          labels={CHANNEL_LABELS}
          value={preferredChannel}
          onChange={setPreferredChannel}
          none="No preference"
        />
      </Field>
      <label className="check" htmlFor={asyncId}>
        <input
          id={asyncId}
          type="checkbox"
          checked={prefersAsync}
          onChange={(e) => setPrefersAsync(e.target.checked)}
        />
        Prefers async (messages over calls and meetings)
      </label>
      <Field
        label="Do not contact until"
        hint="Kindred proposes nothing with them before this day"
        error={error?.forField('doNotContactUntil')}
      >
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </Field>
      <Field
        label="Check in every (days)"
        hint={
          usual
            ? `Left empty: about every ${usual} days, the usual rhythm at this stage`
            : 'Left empty: no regular check-in until you have met'
        }
        error={cadenceProblem ?? error?.forField('cadenceDays')}
      >
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={730}
          value={cadence}
          onChange={(e) => setCadence(e.target.value)}
        />
      </Field>
      {save.error ? <ErrorNote error={save.error} title="The preferences could not be saved." /> : null}
      {save.isSuccess ? (
        <p className="muted" role="status">
          Saved.
        </p>
      ) : null}
      <FormActions submit="Save preferences" pending={save.isPending} pendingLabel="Saving…" />
    </form>
  );
}
