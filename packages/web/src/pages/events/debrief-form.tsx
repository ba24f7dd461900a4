/**
 * The debrief: who you met, one detail each, in rows you can add and remove. They join
 * your people (or the detail goes to someone you already keep), and the plan picks up a
 * follow-up for each; the result says which and links to every person.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type Ref, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { KindredEvent, Plan } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { plural } from '../../text/plural.ts';
import { shortDay } from './dates.ts';
import { type DebriefResult, eventKey, eventsKey, type MetPerson } from './events.api.ts';

interface Row {
  key: number;
  name: string;
  organisation: string;
  detail: string;
}

interface Outcome {
  result: DebriefResult;
  followUps: Plan['actions'];
  planError: unknown;
}

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, name: '', organisation: '', detail: '' });

export function DebriefForm({ event }: { event: KindredEvent }) {
  const queryClient = useQueryClient();
  const listId = useId();
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(), emptyRow()]);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLElement>(null);

  const debrief = useMutation({
    mutationFn: async (met: MetPerson[]): Promise<Outcome> => {
      const result = await api.post<DebriefResult>(`/events/${event.id}/debrief`, { met });
      // The follow-ups are the plan's to schedule; show the ones it now holds for these people.
      const ids = new Set(result.people.map((p) => p.id));
      try {
        const plan = await api.get<Plan>('/plan', { horizon: 'week' });
        return {
          result,
          followUps: plan.actions.filter((a) => a.personIds.some((id) => ids.has(id))),
          planError: null,
        };
      } catch (planError) {
        return { result, followUps: [], planError };
      }
    },
    onSuccess: async (done) => {
      setOutcome(done);
      setRows([emptyRow()]);
      queryClient.setQueryData(eventKey(event.id), done.result.event);
      await queryClient.invalidateQueries({ queryKey: eventsKey });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['plan'] });
      requestAnimationFrame(() => resultRef.current?.focus());
    },
  });

  const update = (key: number, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  function addRow() {
    const row = emptyRow();
    setRows((all) => [...all, row]);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>(`#met-${row.key}-name`)?.focus(),
    );
  }

  function removeRow(index: number) {
    setRows((all) => all.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const names = formRef.current?.querySelectorAll<HTMLInputElement>('input[data-role="met-name"]');
      const target = names?.[Math.min(index, (names?.length ?? 1) - 1)];
      (target ?? formRef.current?.querySelector<HTMLButtonElement>('button[data-role="add-row"]'))?.focus();
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<number, string> = {};
    const filled = rows.filter((r) => r.name.trim() || r.organisation.trim() || r.detail.trim());
    for (const r of filled) {
      if (!r.name.trim()) errors[r.key] = 'Add their name, or clear this row.';
    }
    if (filled.length === 0 && rows[0]) errors[rows[0].key] = 'Add at least one person you met.';
    setRowErrors(errors);
    const firstBad = Object.keys(errors)[0];
    if (firstBad) {
      formRef.current?.querySelector<HTMLInputElement>(`#met-${firstBad}-name`)?.focus();
      return;
    }
    debrief.mutate(
      filled.map((r) => ({
        name: r.name.trim(),
        organisation: r.organisation.trim() || null,
        detail: r.detail.trim() || null,
      })),
    );
  }

  const serverError = debrief.error instanceof ApiError ? debrief.error : null;
  // The server names rows as met.<index>.<field>; count only the rows that were sent.
  const sentRows = rows.filter((r) => r.name.trim() || r.organisation.trim() || r.detail.trim());
  const serverRowError = (row: Row, field: string) => {
    const index = sentRows.indexOf(row);
    return index >= 0 ? serverError?.forField(`met.${index}.${field}`) : undefined;
  };

  return (
    <div className="stack">
      {outcome ? <DebriefOutcome outcome={outcome} ref={resultRef} /> : null}
      <form ref={formRef} className="stack debrief-form" onSubmit={submit} noValidate>
        <p className="muted">
          One row for each person you met: their name and one thing they told you. The detail is what you will
          ask about next time.
        </p>
        <datalist id={listId}>
          {event.attendees.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
        <ol className="met-rows">
          {rows.map((row, index) => {
            const nameError = rowErrors[row.key] ?? serverRowError(row, 'name');
            const detailError = serverRowError(row, 'detail');
            const orgError = serverRowError(row, 'organisation');
            return (
              <li key={row.key} className="met-row">
                <fieldset>
                  <legend>Person {index + 1}</legend>
                  <div className="met-fields">
                    <Field id={`met-${row.key}-name`} label="Name" error={nameError}>
                      <input
                        data-role="met-name"
                        value={row.name}
                        list={listId}
                        autoComplete="off"
                        maxLength={200}
                        onChange={(e) => update(row.key, { name: e.target.value })}
                      />
                    </Field>
                    <Field id={`met-${row.key}-org`} label="Organisation (optional)" error={orgError}>
                      <input
                        value={row.organisation}
                        maxLength={200}
                        onChange={(e) => update(row.key, { organisation: e.target.value })}
                      />
                    </Field>
                    <Field
                      id={`met-${row.key}-detail`}
                      className="met-detail"
                      label="One detail"
                      error={detailError}
                    >
                      <input
                        value={row.detail}
                        maxLength={2000}
                        placeholder="e.g. hiring a data lead in spring"
                        onChange={(e) => update(row.key, { detail: e.target.value })}
                      />
                    </Field>
                    {rows.length > 1 ? (
                      <button type="button" className="remove-row" onClick={() => removeRow(index)}>
                        Remove<span className="visually-hidden"> person {index + 1}</span>
                      </button>
                    ) : null}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="row">
          <button type="button" data-role="add-row" onClick={addRow}>
            Add another person
          </button>
          <button type="submit" className="primary" disabled={debrief.isPending}>
            {debrief.isPending ? 'Saving…' : 'Save the debrief'}
          </button>
        </div>
        <ErrorNote error={debrief.error} title="The debrief was not saved." />
      </form>
    </div>
  );
}

function DebriefOutcome({ outcome, ref }: { outcome: Outcome; ref: Ref<HTMLElement> }) {
  const { result, followUps, planError } = outcome;
  const created = result.people.filter((p) => !p.mergedInto);
  const updated = result.people.filter((p) => p.mergedInto);
  const scheduled = new Set(followUps.flatMap((a) => a.personIds));
  const waiting = result.people.filter((p) => !scheduled.has(p.id));
  return (
    <section
      className="note debrief-outcome stack"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="debrief-done-title"
    >
      <h3 id="debrief-done-title">
        Noted {plural(result.people.length, 'person', 'people')} from {result.event.name}
      </h3>
      <PeopleLinks label="New to your people" people={created} />
      <PeopleLinks label="Already known: the detail was added" people={updated} />
      <div>
        <p className="label">Follow-ups</p>
        {followUps.length > 0 ? (
          <ul>
            {followUps.map((a) => (
              <li key={a.key}>
                <time dateTime={a.day}>{shortDay(a.day)}</time>: {a.title}
              </li>
            ))}
          </ul>
        ) : null}
        {planError ? (
          <p>Your plan could not be read just now; the follow-ups are there on the Today page.</p>
        ) : waiting.length > 0 ? (
          <p>
            {followUps.length > 0 ? 'For ' : 'A short follow-up for '}
            {waiting.map((p) => p.name).join(', ')}
            {followUps.length > 0
              ? ', a follow-up joins your plan as soon as your energy budget has room.'
              : ' joins your plan within two days, as your energy budget allows.'}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** A labelled list of people, each a link to their page; nothing when there is no one. */
function PeopleLinks({ label, people }: { label: string; people: { id: string; name: string }[] }) {
  if (people.length === 0) return null;
  return (
    <div>
      <p className="label">{label}</p>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            <Link to={`/people/${p.id}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
