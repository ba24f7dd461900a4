/**
 * One step of the plan as a card: what to do and why, what it costs, whom it is with,
 * the drafted message (copied or edited in place), and the three answers: done (logged
 * as an interaction, with how it went), snooze to a chosen day, or dismiss.
 */
import { FORM_INFO } from '@kindred/core/energy/forms.ts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, Fragment, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { PlanAction } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { snoozeChoices } from './days.ts';
import { answerStep, type Outcome } from './today.api.ts';

export type Answer =
  | { kind: 'done'; action: PlanAction; interactionId: string }
  | { kind: 'snoozed'; action: PlanAction; until: string }
  | { kind: 'dismissed'; action: PlanAction };

/** Edits to drafts, kept by the page so they outlive a switch between today and the week. */
export interface DraftEdits {
  get(key: string): string | undefined;
  set(key: string, value: string | undefined): void;
}

type Mode = 'idle' | 'done' | 'snooze' | 'dismiss';

const OUTCOME_LABELS: [Outcome, string][] = [
  ['great', 'Great'],
  ['good', 'Good'],
  ['ok', 'All right'],
  ['awkward', 'Awkward'],
];

export function formLabel(form: PlanAction['form']): string {
  return FORM_INFO[form]?.label ?? form;
}

function names(action: PlanAction, people: Record<string, string>): string {
  const list = action.personIds.map((id) => people[id] ?? 'someone');
  return list.length <= 1 ? (list[0] ?? 'someone') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard access (an address that is not secure), select the text instead.
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand?.('copy') ?? false;
  }
}

function DraftBox({
  action,
  index,
  personName,
  edits,
}: {
  action: PlanAction;
  index: number;
  personName: string;
  edits: DraftEdits;
}) {
  const entry = action.drafts[index];
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  if (!entry) return null;
  const { draft } = entry;
  const bodyKey = `${action.key}|${entry.personId}|body`;
  const subjectKey = `${action.key}|${entry.personId}|subject`;
  const body = edits.get(bodyKey) ?? draft.body;
  const subject = edits.get(subjectKey) ?? draft.subject ?? '';
  const edited = edits.get(bodyKey) !== undefined || edits.get(subjectKey) !== undefined;
  const what =
    draft.channel === 'email'
      ? `Draft email to ${personName}`
      : draft.channel === 'in_person'
        ? `What you could say to ${personName}`
        : `Draft message to ${personName}`;

  const copy = async () => {
    const ok = await copyText(body, textareaRef.current);
    setSaid(
      ok
        ? `Copied the draft for ${personName}. Paste it wherever you write to them.`
        : 'Your browser would not let Kindred copy. The draft is selected: copy it with Ctrl+C or ⌘C.',
    );
  };

  return (
    <div className="draft stack">
      {draft.subject !== null ? (
        <Field label={`Subject of the email to ${personName}`}>
          <input
            type="text"
            value={subject}
            onChange={(e) => edits.set(subjectKey, e.target.value)}
            autoComplete="off"
          />
        </Field>
      ) : null}
      <Field
        label={what}
        hint={edited ? 'Your edits stay while this page is open.' : 'Edit it to sound like you, then copy.'}
      >
        <textarea
          ref={textareaRef}
          value={body}
          rows={Math.min(10, Math.max(4, body.split('\n').length + 1))}
          onChange={(e) => edits.set(bodyKey, e.target.value)}
        />
      </Field>
      <div className="row">
        <button type="button" onClick={copy} aria-label={`Copy draft for ${personName}`}>
          Copy draft
        </button>
        {edited ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              edits.set(bodyKey, undefined);
              edits.set(subjectKey, undefined);
              setSaid('Kindred’s draft is back.');
            }}
          >
            Restore Kindred’s draft
          </button>
        ) : null}
        <span className="muted copy-said" role="status" aria-live="polite">
          {said}
        </span>
      </div>
    </div>
  );
}

export function PlanCard({
  action,
  people,
  today,
  level,
  edits,
  onAnswered,
}: {
  action: PlanAction;
  people: Record<string, string>;
  today: string;
  level: 3 | 4;
  edits: DraftEdits;
  onAnswered: (answer: Answer) => void;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const who = names(action, people);
  const panelRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const snoozeRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  // The answer that was opened, so Cancel can put focus back on its button.
  const openedFrom = useRef<Mode>('idle');

  useEffect(() => {
    if (mode !== 'idle') {
      panelRef.current?.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
      return;
    }
    const back = { done: doneRef, snooze: snoozeRef, dismiss: dismissRef, idle: null }[openedFrom.current];
    back?.current?.focus();
    openedFrom.current = 'idle';
  }, [mode]);

  const open = (next: Mode) => setMode(next);
  const close = () => {
    openedFrom.current = mode;
    setMode('idle');
  };

  return (
    <article className="card stack plan-card" aria-labelledby={titleId}>
      <Heading id={titleId}>{action.title}</Heading>
      <ul className="plan-card-facts" aria-label="About this step">
        <li>
          With{' '}
          {action.personIds.map((id, i) => (
            <Fragment key={id}>
              {i > 0 ? (i === action.personIds.length - 1 ? ' and ' : ', ') : null}
              <Link to={`/people/${id}`}>{people[id] ?? 'this person'}</Link>
            </Fragment>
          ))}
        </li>
        <li className="pill">{formLabel(action.form)}</li>
        <li className="pill warm">Costs {action.energyCost} energy</li>
      </ul>
      <p>
        <span className="plan-card-why">Why: </span>
        {action.reason}
      </p>
      {action.drafts.map((d, i) => (
        <DraftBox
          key={d.personId}
          action={action}
          index={i}
          personName={people[d.personId] ?? 'them'}
          edits={edits}
        />
      ))}

      {mode === 'idle' ? (
        <div className="row plan-card-answers">
          <button
            ref={doneRef}
            type="button"
            className="primary"
            aria-label={`Done: ${action.title}`}
            onClick={() => open('done')}
          >
            Done
          </button>
          <button
            ref={snoozeRef}
            type="button"
            aria-label={`Snooze: ${action.title}`}
            onClick={() => open('snooze')}
          >
            Snooze
          </button>
          <button
            ref={dismissRef}
            type="button"
            aria-label={`Dismiss: ${action.title}`}
            onClick={() => open('dismiss')}
          >
            Dismiss
          </button>
        </div>
      ) : (
        <div ref={panelRef} className="plan-card-panel">
          {mode === 'done' ? (
            <DoneForm action={action} who={who} onCancel={close} onAnswered={onAnswered} />
          ) : null}
          {mode === 'snooze' ? (
            <SnoozeForm action={action} today={today} onCancel={close} onAnswered={onAnswered} />
          ) : null}
          {mode === 'dismiss' ? (
            <DismissForm action={action} onCancel={close} onAnswered={onAnswered} />
          ) : null}
        </div>
      )}
    </article>
  );
}

function DoneForm({
  action,
  who,
  onCancel,
  onAnswered,
}: {
  action: PlanAction;
  who: string;
  onCancel: () => void;
  onAnswered: (answer: Answer) => void;
}) {
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
      <div className="row">
        <button type="submit" className="primary" disabled={done.isPending}>
          {done.isPending ? 'Logging…' : 'Log it'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function SnoozeForm({
  action,
  today,
  onCancel,
  onAnswered,
}: {
  action: PlanAction;
  today: string;
  onCancel: () => void;
  onAnswered: (answer: Answer) => void;
}) {
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
      <div className="row">
        <button type="submit" className="primary" disabled={snooze.isPending}>
          {snooze.isPending ? 'Snoozing…' : 'Snooze'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DismissForm({
  action,
  onCancel,
  onAnswered,
}: {
  action: PlanAction;
  onCancel: () => void;
  onAnswered: (answer: Answer) => void;
}) {
  const dismiss = useMutation({
    mutationFn: () => answerStep.dismiss(action.handle),
    onSuccess: () => onAnswered({ kind: 'dismissed', action }),
  });
  return (
    <div className="stack">
      <p>Kindred won’t suggest this step again. Your notes about the person stay as they are.</p>
      {dismiss.error ? <ErrorNote error={dismiss.error} /> : null}
      <div className="row">
        <button
          type="button"
          className="danger"
          onClick={() => dismiss.mutate()}
          disabled={dismiss.isPending}
        >
          {dismiss.isPending ? 'Dismissing…' : 'Dismiss it'}
        </button>
        <button type="button" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}
