/**
 * Adding an event: name, day, kind, place, goal, and the people you expect there, typed
 * one per line or pasted (or loaded) as a CSV. What Kindred read from the list is shown
 * as you type, so a mistyped line is caught before it is saved.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { KindredEvent } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { plural } from '../../text/plural.ts';
import { parseAttendees } from './attendees.parse.ts';
import { EVENT_KINDS, type EventInput, type EventKind, eventsKey, KIND_LABELS } from './events.api.ts';

const ATTENDEE_HINT =
  'One person per line: “Sam Lee | Acme | climbing; jazz” (name, organisation, interests) or “Sam Lee (Acme)”. ' +
  'Or paste a CSV whose first line names the columns: name, organisation, role, interests.';

export function EventForm({
  today,
  autoFocus,
  onCancel,
}: {
  today: string;
  autoFocus?: boolean;
  onCancel?: (() => void) | undefined;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [kind, setKind] = useState<EventKind>('meetup');
  const [location, setLocation] = useState('');
  const [goal, setGoal] = useState('');
  const [attendeeText, setAttendeeText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const attendeesRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) nameRef.current?.focus();
  }, [autoFocus]);

  const parsed = useMemo(() => parseAttendees(attendeeText), [attendeeText]);

  const create = useMutation({
    mutationFn: (input: EventInput) => api.post<KindredEvent>('/events', input),
    onSuccess: async (event) => {
      await queryClient.invalidateQueries({ queryKey: eventsKey });
      navigate(`/events/${event.id}`, { state: { added: true } });
    },
  });

  const serverError = create.error instanceof ApiError ? create.error : null;
  const errorFor = (field: string) =>
    (localError?.field === field ? localError.message : undefined) ?? serverError?.forField(field);
  const attendeesError =
    errorFor('attendees') ??
    serverError?.details.find((d) => d.field?.startsWith('attendees'))?.message ??
    (parsed.problems.length > 0
      ? parsed.problems.map((p) => `Line ${p.line} ${p.message}`).join(' ')
      : undefined);

  function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    if (!name.trim()) {
      setLocalError({ field: 'name', message: 'Give the event a name, e.g. “Rust meetup”.' });
      nameRef.current?.focus();
      return;
    }
    if (!startsOn) {
      setLocalError({ field: 'startsOn', message: 'Choose the day it happens.' });
      dateRef.current?.focus();
      return;
    }
    if (parsed.problems.length > 0) {
      attendeesRef.current?.focus();
      return;
    }
    create.mutate({
      name: name.trim(),
      startsOn,
      kind,
      location: location.trim() || null,
      goal: goal.trim() || null,
      attendees: parsed.attendees,
    });
  }

  async function loadCsv(file: File | undefined) {
    if (!file) return;
    try {
      const text = await file.text();
      setAttendeeText(text);
      const read = parseAttendees(text);
      setFileNote(
        `Read ${file.name}: ${plural(read.attendees.length, 'person', 'people')}${
          read.problems.length ? `, ${read.problems.length} line(s) to fix` : ''
        }.`,
      );
    } catch (error) {
      setFileNote(
        `${file.name} could not be read (${(error as Error).message}). Try saving it again as CSV.`,
      );
    }
  }

  return (
    <form className="stack event-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Name" error={errorFor('name')}>
          <input
            ref={nameRef}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            autoComplete="off"
            required
          />
        </Field>
        <Field label="Date" error={errorFor('startsOn')}>
          <input
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
            required
            ref={dateRef}
          />
        </Field>
        <Field label="Kind" error={errorFor('kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Where (optional)" error={errorFor('location')}>
          <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />
        </Field>
      </div>
      <Field
        label="Your goal (optional)"
        hint="Something modest, e.g. “two meaningful conversations”. Left empty, Kindred suggests one that fits your energy."
        error={errorFor('goal')}
      >
        <input value={goal} onChange={(e) => setGoal(e.target.value)} maxLength={300} />
      </Field>
      <Field label="Expected attendees (optional)" hint={ATTENDEE_HINT} error={attendeesError}>
        <textarea
          value={attendeeText}
          onChange={(e) => {
            setAttendeeText(e.target.value);
            setFileNote('');
          }}
          rows={6}
          spellCheck={false}
          ref={attendeesRef}
        />
      </Field>
      <div className="row attendee-tools">
        <label className="button file-button">
          Load a CSV file…
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            className="visually-hidden"
            onChange={(e) => {
              void loadCsv(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <span className="muted" aria-live="polite">
          {fileNote}
        </span>
      </div>
      <AttendeePreview names={parsed.attendees} as={parsed.as} />
      <ErrorNote error={create.error && !serverError?.details.length ? create.error : null} />
      {serverError && serverError.details.length > 0 ? (
        <p className="note error" role="alert">
          {serverError.message}
        </p>
      ) : null}
      <FormActions submit="Add event" pending={create.isPending} pendingLabel="Adding…" onCancel={onCancel}>
        {startsOn && startsOn < today ? (
          <span className="muted">This day has passed: you can debrief it straight away.</span>
        ) : null}
      </FormActions>
    </form>
  );
}

function AttendeePreview({
  names,
  as,
}: {
  names: ReturnType<typeof parseAttendees>['attendees'];
  as: string;
}) {
  if (names.length === 0) return null;
  const shown = names.slice(0, 12);
  return (
    <div className="attendee-preview" aria-live="polite">
      <p className="muted">
        {plural(names.length, 'person', 'people')} expected
        {as === 'csv' ? ' (read as a CSV with a header line)' : ''}:
      </p>
      <ul>
        {shown.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same name may well appear twice
          <li key={`${a.name}-${i}`}>
            <strong>{a.name}</strong>
            {a.organisation ? ` · ${a.organisation}` : ''}
            {a.role ? ` · ${a.role}` : ''}
            {a.interests.length ? <span className="muted"> — {a.interests.join(', ')}</span> : null}
          </li>
        ))}
      </ul>
      {names.length > shown.length ? <p className="muted">…and {names.length - shown.length} more.</p> : null}
    </div>
  );
}
