/**
 * Logging what happened with a person: when, in what form (with its energy cost), who
 * reached out, how it went, what you talked about, and whether it was a give or an ask.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import {
  ASK_LABELS,
  FORM_OPTIONS,
  GIVE_LABELS,
  INITIATOR_LABELS,
  OUTCOME_LABELS,
  splitList,
  stageName,
} from './format.ts';
import { type LogResult, useRefreshAll } from './people.api.ts';

type ExchangeChoice = 'neither' | 'give' | 'ask';

export function LogInteractionForm({
  person,
  today,
  onDone,
  onCancel,
}: {
  person: Person;
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [occurredOn, setOccurredOn] = useState(today);
  const [form, setForm] = useState<string>('message');
  const [initiatedBy, setInitiatedBy] = useState<keyof typeof INITIATOR_LABELS>('me');
  const [outcome, setOutcome] = useState('');
  const [topics, setTopics] = useState('');
  const [exchange, setExchange] = useState<ExchangeChoice>('neither');
  const [giveKind, setGiveKind] = useState<keyof typeof GIVE_LABELS>('help');
  const [askKind, setAskKind] = useState<keyof typeof ASK_LABELS>('advice');
  const [note, setNote] = useState('');
  const exchangeName = useId();
  const refresh = useRefreshAll();

  const log = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<LogResult>('/interactions', body),
    onSuccess: async (result) => {
      await refresh();
      const moved = result.promoted.find((p) => p.person.id === person.id);
      onDone(
        moved
          ? `Logged. ${person.name} moved up to “${stageName(moved.person.stage, moved.person.seniority)}”.`
          : 'Logged. It is in the timeline below.',
      );
    },
  });
  const error = log.error instanceof ApiError ? log.error : null;
  const fieldError = (field: string) => error?.forField(field);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    log.mutate({
      personIds: [person.id],
      form,
      occurredOn: occurredOn || undefined,
      initiatedBy,
      outcome: outcome || null,
      topics: splitList(topics),
      note: note.trim() || null,
      ...(exchange === 'give' ? { give: giveKind } : exchange === 'ask' ? { ask: askKind } : {}),
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="log-title">
      <h2 id="log-title">Log an interaction with {person.name}</h2>
      <div className="form-grid">
        <Field label="Date" error={fieldError('occurredOn')}>
          <input type="date" value={occurredOn} max={today} onChange={(e) => setOccurredOn(e.target.value)} />
        </Field>
        <Field label="Form" hint="The number is its energy cost" error={fieldError('form')}>
          <select value={form} onChange={(e) => setForm(e.target.value)}>
            {FORM_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} (energy {o.cost})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Who started it" error={fieldError('initiatedBy')}>
          <LabelSelect labels={INITIATOR_LABELS} value={initiatedBy} onChange={setInitiatedBy} />
        </Field>
        <Field label="How it went" error={fieldError('outcome')}>
          <LabelSelect labels={OUTCOME_LABELS} value={outcome} onChange={setOutcome} none="Rather not say" />
        </Field>
      </div>
      <Field
        label="Topics"
        hint="Separated by commas, e.g. the migration, her trip"
        error={fieldError('topics')}
      >
        <input value={topics} onChange={(e) => setTopics(e.target.value)} autoComplete="off" />
      </Field>
      <fieldset>
        <legend>Was it a give or an ask?</legend>
        <div className="radio-row">
          {(
            [
              ['neither', 'Neither'],
              ['give', 'A give (help, a link, an intro, congratulations)'],
              ['ask', 'An ask (a favour, advice, a referral)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={exchangeName}
                value={value}
                checked={exchange === value}
                onChange={() => setExchange(value)}
              />
              {label}
            </label>
          ))}
        </div>
        {exchange === 'give' ? (
          <Field label="What you gave" error={fieldError('give')}>
            <LabelSelect labels={GIVE_LABELS} value={giveKind} onChange={setGiveKind} />
          </Field>
        ) : null}
        {exchange === 'ask' ? (
          <Field label="What you asked" error={fieldError('ask')}>
            <LabelSelect labels={ASK_LABELS} value={askKind} onChange={setAskKind} />
          </Field>
        ) : null}
      </fieldset>
      <Field label="Note" error={fieldError('note')}>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {log.error ? <ErrorNote error={log.error} title="It could not be logged." /> : null}
      <FormActions submit="Log it" pending={log.isPending} pendingLabel="Logging…" onCancel={onCancel} />
    </form>
  );
}
