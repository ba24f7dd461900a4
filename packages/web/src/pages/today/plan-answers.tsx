/**
 * The three answers to a step of the plan, each opened in place on its card: done (logged
 * as an interaction, with how it went), snooze to a chosen day, or dismiss.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { PlanAction } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { ConfirmActions, FormActions } from '../../components/form-actions.tsx';
import { snoozeChoices } from './days.ts';
import { formLabel } from './plan-words.ts';
import { answerStep, type Outcome } from './today.api.ts';

export type Answer =
  | { kind: 'done'; action: PlanAction; interactionId: string }
  | { kind: 'snoozed'; action: PlanAction; until: string }
  | { kind: 'dismissed'; action: PlanAction };

interface AnswerFormProps {
  action: PlanAction;
  /** Closes the answer without sending it. */
  onCancel: () => void;
  onAnswered: (answer: Answer) => void;
}

const OUTCOME_LABELS: [Outcome, string][] = [
  ['great', 'Great'],
  ['good', 'Good'],
  ['ok', 'All right'],
  ['awkward', 'Awkward'],
];

export function DoneForm({ action, who, onCancel, onAnswered }: AnswerFormProps & { who: string }) {
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [topics, setTopics] = useState('');
  const [note, setNote] = useState('');
  const done = useMutation({
    mutationFn: () =>
      answerStep.done(action.handle, {
        outcome: outcome || null,
        topics: topics
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        note: note.trim() || null,
      }),
    onSuccess: (result) => onAnswered({ kind: 'done', action, interactionId: result.interactionId }),
  });
  const error = done.error instanceof ApiError ? done.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    done.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>
        Kindred will log this as a {formLabel(action.form).toLowerCase()} with {who}, today, using{' '}
        {action.energyCost} energy.
      </p>
      <Field label="How did it go?" error={error?.forField('outcome')}>
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
          <option value="">Rather not say</option>
          {OUTCOME_LABELS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Topics"
        hint="Optional. Separate them with commas, for example: marathon, Lisbon"
        error={error?.forField('topics')}
      >
        <input type="text" value={topics} onChange={(e) => setTopics(e.target.value)} autoComplete="off" />
      </Field>
      <Field
        label="Note"
        hint="Optional. Anything worth remembering next time."
        error={error?.forField('note')}
      >
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </Field>
      {done.error ? <ErrorNote error={done.error} /> : null}
      <FormActions submit="Log it" pending={done.isPending} pendingLabel="Logging…" onCancel={onCancel} />
    </form>
  );
}

export function SnoozeForm({ action, today, onCancel, onAnswered }: AnswerFormProps & { today: string }) {
  const choices = snoozeChoices(today);
  const [until, setUntil] = useState(choices[0]?.until ?? '');
  const name = useId();
  const snooze = useMutation({
    mutationFn: () => answerStep.snooze(action.handle, until),
    onSuccess: (result) => onAnswered({ kind: 'snoozed', action, until: result.until }),
  });
  const error = snooze.error instanceof ApiError ? snooze.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    snooze.mutate();
  };
  return (
    <form className="stack" onSubmit={submit}>
      <fieldset className="stack">
        <legend>Bring it back</legend>
        {choices.map((choice) => (
          <label key={choice.id} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.until}
              checked={until === choice.until}
              onChange={() => setUntil(choice.until)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
        {error?.forField('until') ? <p className="field-error">{error.forField('until')}</p> : null}
      </fieldset>
      {snooze.error ? <ErrorNote error={snooze.error} /> : null}
      <FormActions submit="Snooze" pending={snooze.isPending} pendingLabel="Snoozing…" onCancel={onCancel} />
    </form>
  );
}

export function DismissForm({ action, onCancel, onAnswered }: AnswerFormProps) {
  const dismiss = useMutation({
    mutationFn: () => answerStep.dismiss(action.handle),
    onSuccess: () => onAnswered({ kind: 'dismissed', action }),
  });
  return (
    <div className="stack">
      <p>Kindred won’t suggest this step again. Your notes about the person stay as they are.</p>
      {dismiss.error ? <ErrorNote error={dismiss.error} /> : null}
      <ConfirmActions
        confirm="Dismiss it"
        onConfirm={() => dismiss.mutate()}
        pending={dismiss.isPending}
        pendingLabel="Dismissing…"
        keep="Keep it"
        onKeep={onCancel}
      />
    </div>
  );
}
