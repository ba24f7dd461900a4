/**
 * Setting up a seating event, or changing one: its name and day, which members come
 * (ticked from the member list), extra guests by name, how many tables of how many seats,
 * and how many rounds. Saving plans the seats at once; a problem the server finds (tables
 * too small, a rule it cannot keep) is shown next to the control it concerns.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { useMembers } from '../communities/communities.api.ts';
import { rulesFromEvent, rulesToSetup, type SeatingRule, SeatingRules } from './seating-rules.tsx';
// The same roomy, wrapping checkboxes as the week's days in Settings.
import '../settings/weekday-checkboxes.css';
import {
  namesFrom,
  type SeatingEvent,
  type SeatingSetup,
  seatingEventKey,
  seatingEventsKey,
  seatingPath,
} from './seating.api.ts';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Names given by hand only: "Table 3" and "Round 2" are what the server calls unnamed ones. */
const givenNames = (names: string[], unnamed: string) =>
  names.every((n, i) => n === `${unnamed} ${i + 1}`) ? '' : names.join(', ');

export function SeatingForm({
  communityId,
  event,
  onCancel,
  onSaved,
}: {
  communityId: string;
  /** The event to change; a new one when absent. */
  event?: SeatingEvent;
  onCancel?: () => void;
  onSaved?: () => void;
}) {
  const members = useMembers(communityId);
  const rows = members.data?.pages.flatMap((p) => p.items) ?? [];
  const [title, setTitle] = useState(event?.title ?? '');
  const [date, setDate] = useState(event?.date ?? '');
  const [picked, setPicked] = useState<string[]>(
    event?.attendees.flatMap((a) => (a.userId ? [a.userId] : [])) ?? [],
  );
  const [guests, setGuests] = useState(
    event?.attendees
      .filter((a) => !a.userId)
      .map((a) => a.name)
      .join('\n') ?? '',
  );
  const [tableCount, setTableCount] = useState(String(event?.tables.length ?? 2));
  const [seats, setSeats] = useState(String(Math.max(...(event?.tables.map((t) => t.seats) ?? [4]))));
  const [tableNames, setTableNames] = useState(givenNames(event?.tables.map((t) => t.name) ?? [], 'Table'));
  const [rounds, setRounds] = useState(String(event?.rounds.length ?? 3));
  const [roundNames, setRoundNames] = useState(givenNames(event?.rounds.map((r) => r.name) ?? [], 'Round'));
  const [rules, setRules] = useState<SeatingRule[]>(event ? rulesFromEvent(event) : []);
  const groupId = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const save = useMutation({
    mutationFn: (setup: SeatingSetup) =>
      event
        ? api.put<SeatingEvent>(`${seatingPath(communityId)}/${event.id}`, setup)
        : api.post<SeatingEvent>(seatingPath(communityId), setup),
    onSuccess: async (saved) => {
      queryClient.setQueryData(seatingEventKey(communityId, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: seatingEventsKey(communityId), exact: true });
      if (event) onSaved?.();
      else navigate(`/communities/${communityId}/seating/${saved.id}`);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) =>
    error?.details.find((d) => (d.field ?? '').startsWith(field))?.message;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const names = namesFrom(tableNames, true);
    const count = whole(tableCount);
    save.mutate({
      title,
      date: date || null,
      userIds: picked,
      guests: namesFrom(guests),
      tables: Array.from({ length: Number.isNaN(count) ? 0 : count }, (_, i) => ({
        seats: whole(seats),
        name: names[i] ?? null,
      })),
      rounds: whole(rounds),
      roundNames: namesFrom(roundNames, true),
      ...rulesToSetup(rules),
    });
  };
  // Rules pick from who is coming: the members ticked, then the extra guests.
  const people = [
    ...rows.filter((m) => picked.includes(m.userId)).map((m) => ({ ref: m.userId, name: m.displayName })),
    ...namesFrom(guests).map((name) => ({ ref: name, name })),
  ];
  const toggle = (userId: string, on: boolean) =>
    setPicked((now) => (on ? [...now, userId] : now.filter((id) => id !== userId)));

  return (
    <form className="card stack seating-form" onSubmit={submit} aria-labelledby="seating-form-title">
      <h2 id="seating-form-title">{event ? 'Change the seating event' : 'Plan a seating event'}</h2>
      <Field label="Name" error={fieldError('title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
      </Field>
      <Field label="Date (optional)" error={fieldError('date')}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <fieldset className="field weekday-group" aria-describedby={`${groupId}-hint`}>
        <legend>Members who are coming</legend>
        <span className="hint" id={`${groupId}-hint`}>
          Names come from the member list; nothing else about anyone is used.
        </span>
        {members.isPending ? <Loading what="Finding the members" /> : null}
        <ErrorNote error={members.error} title="The members could not be loaded." />
        <div className="weekday-options">
          {rows.map((m) => (
            <label key={m.userId} className="check">
              <input
                type="checkbox"
                checked={picked.includes(m.userId)}
                onChange={(e) => toggle(m.userId, e.target.checked)}
              />
              {m.displayName}
            </label>
          ))}
        </div>
        {fieldError('userIds') ? <span className="field-error">{fieldError('userIds')}</span> : null}
      </fieldset>
      <Field
        label="Extra guests (optional)"
        hint="People who are not members, one name per line (a speaker, a partner)."
        error={fieldError('guests')}
      >
        <textarea rows={3} value={guests} onChange={(e) => setGuests(e.target.value)} />
      </Field>
      <div className="seating-numbers">
        <Field label="Tables" error={fieldError('tables')}>
          <input inputMode="numeric" value={tableCount} onChange={(e) => setTableCount(e.target.value)} />
        </Field>
        <Field label="Seats per table">
          <input inputMode="numeric" value={seats} onChange={(e) => setSeats(e.target.value)} />
        </Field>
        <Field
          label="Rounds"
          hint="Courses or sessions; people move between them."
          error={fieldError('rounds')}
        >
          <input inputMode="numeric" value={rounds} onChange={(e) => setRounds(e.target.value)} />
        </Field>
      </div>
      <Field label="Table names (optional)" hint="In order, separated by commas: Oak, Birch, Elm.">
        <input value={tableNames} onChange={(e) => setTableNames(e.target.value)} />
      </Field>
      <Field
        label="Round names (optional)"
        hint="In order, separated by commas: Starter, Main, Dessert."
        error={fieldError('roundNames')}
      >
        <input value={roundNames} onChange={(e) => setRoundNames(e.target.value)} />
      </Field>
      <SeatingRules
        people={people}
        rules={rules}
        onChange={setRules}
        error={fieldError('keepTogether') ?? fieldError('keepApart') ?? fieldError('constraints')}
      />
      {save.error ? <ErrorNote error={save.error} title="The seating could not be planned." /> : null}
      <FormActions
        submit={event ? 'Save and plan' : 'Plan the seating'}
        pending={save.isPending}
        pendingLabel="Planning…"
        {...(onCancel ? { onCancel } : {})}
      />
    </form>
  );
}
