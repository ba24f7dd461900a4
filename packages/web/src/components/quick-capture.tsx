/**
 * Quick capture: one line about someone ("met Sam at the design review, training for a
 * marathon") becomes a person with a detail, or a new detail for someone already in
 * the notebook. The line is read by core's parser; a name that fits several people asks
 * which one is meant; what was saved is confirmed with a link and can be undone.
 */
import { parseQuickCapture, type QuickCapture as Reading } from '@kindred/core/people/quick-capture.ts';
import { foldText } from '@kindred/core/text/fold.ts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import type { Detail, Page, Person } from '../api/types.ts';
import { ErrorNote } from './error-note.tsx';
import { Field } from './field.tsx';
import { FormActions } from './form-actions.tsx';
import './quick-capture.css';

type Candidate = Pick<Person, 'id' | 'name' | 'organisation' | 'metWhere' | 'role'>;

type PersonFields = 'organisation' | 'metWhere' | 'metHow';

/** What a capture changed, so it can be said and undone. */
interface Saved {
  person: { id: string; name: string };
  detail: Detail | null;
  /** A new entry (undo removes the person), not an addition to someone known. */
  created: boolean;
  /** Empty fields of a known person that the capture filled (undo clears them again). */
  filled: PersonFields[];
  /** Kindred will suggest a note after the meeting (a new person met today). */
  followUp: boolean;
  undone?: boolean;
}

interface Choosing {
  reading: Reading;
  candidates: Candidate[];
}

/** People whose name is the one written: exactly, or else containing all its words. */
export function peopleNamed(name: string, people: Candidate[]): Candidate[] {
  const wanted = foldText(name);
  const exact = people.filter((p) => foldText(p.name) === wanted);
  if (exact.length > 0) return exact;
  const words = wanted.split(' ').filter(Boolean);
  return people.filter((p) => {
    const theirs = foldText(p.name).split(' ');
    return words.length > 0 && words.every((w) => theirs.includes(w));
  });
}

/** Whether a known person plainly is someone else: the line names another organisation. */
function otherOrganisation(reading: Reading, person: Candidate): boolean {
  return Boolean(
    reading.organisation &&
      person.organisation &&
      foldText(reading.organisation) !== foldText(person.organisation),
  );
}

function describe(person: Candidate): string {
  const parts = [person.role, person.organisation, person.metWhere ? `met at ${person.metWhere}` : null];
  return parts.filter(Boolean).join(' · ');
}

async function addToKnown(person: Candidate & Partial<Person>, reading: Reading): Promise<Saved> {
  const changes: Partial<Record<PersonFields, string>> = {};
  if (reading.organisation && !person.organisation) changes.organisation = reading.organisation;
  if (reading.metAt && !person.metWhere) changes.metWhere = reading.metAt;
  if (reading.metHow && !person.metHow) changes.metHow = reading.metHow;
  const filled = Object.keys(changes) as PersonFields[];
  if (filled.length > 0) await api.patch<Person>(`/people/${person.id}`, changes);
  const detail = reading.detail
    ? await api.post<Detail>(`/people/${person.id}/details`, { text: reading.detail })
    : null;
  return { person: { id: person.id, name: person.name }, detail, created: false, filled, followUp: false };
}

async function createPerson(reading: Reading): Promise<Saved> {
  const result = await api.post<{ person: Person; mergedInto: boolean; detail: Detail | null }>('/people', {
    name: reading.name,
    ...(reading.organisation ? { organisation: reading.organisation } : {}),
    ...(reading.metAt ? { metWhere: reading.metAt } : {}),
    ...(reading.metHow ? { metHow: reading.metHow } : {}),
    ...(reading.detail ? { detail: { text: reading.detail } } : {}),
  });
  return {
    person: { id: result.person.id, name: result.person.name },
    detail: result.detail,
    created: !result.mergedInto,
    filled: [],
    followUp: !result.mergedInto && Boolean(reading.metAt || reading.metHow),
  };
}

function ReadingPreview({ reading }: { reading: Reading }) {
  const rows: [string, string | undefined][] = [
    ['Name', reading.name],
    ['How you met', reading.metHow],
    ['Where', reading.metAt],
    ['Organisation', reading.organisation],
    ['What they told you', reading.detail],
  ];
  return (
    <dl className="capture-reading">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function QuickCapture({ label = 'Quick capture' }: { label?: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [choosing, setChoosing] = useState<Choosing | null>(null);
  const [choice, setChoice] = useState<string>('');
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  const choiceName = useId();
  const reading = text.trim() ? parseQuickCapture(text) : null;

  useEffect(() => {
    if (choosing) firstChoiceRef.current?.focus();
  }, [choosing]);

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['plan'] }),
    ]);
  };

  /** Saves, unless the work answers null: then a choice is waiting and nothing is saved yet. */
  const run = async (work: () => Promise<Saved | null>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (!result) return;
      setSaved(result);
      setChoosing(null);
      setText('');
      await refresh();
      inputRef.current?.focus();
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError) setNameError(failure.forField('name'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    setNameError(undefined);
    setError(null);
    const line = parseQuickCapture(text);
    if (!line.name) {
      setNameError('Write who it is about first, for example “Sam Lee: moving to Lisbon in May”.');
      inputRef.current?.focus();
      return;
    }
    void run(async () => {
      const found = await api.get<Page<Candidate & Partial<Person>>>('/people', {
        search: line.name,
        limit: 20,
      });
      const matches = peopleNamed(line.name, found.items);
      const only = matches[0];
      if (matches.length === 1 && only && !otherOrganisation(line, only)) return addToKnown(only, line);
      if (matches.length === 0) return createPerson(line);
      // Several could be meant (or one who seems to work elsewhere): ask, and save nothing yet.
      setChoice(only?.id ?? 'new');
      setChoosing({ reading: line, candidates: matches });
      return null;
    });
  };

  const confirmChoice = (event: FormEvent) => {
    event.preventDefault();
    if (!choosing || busy) return;
    const { reading: line, candidates } = choosing;
    const person = candidates.find((c) => c.id === choice);
    void run(() => (person ? addToKnown(person, line) : createPerson(line)));
  };

  const undo = async () => {
    if (!saved || saved.undone) return;
    setBusy(true);
    setError(null);
    try {
      if (saved.created) {
        await api.delete(`/people/${saved.person.id}`);
      } else {
        if (saved.detail) await api.delete(`/details/${saved.detail.id}`);
        if (saved.filled.length > 0) {
          await api.patch(
            `/people/${saved.person.id}`,
            Object.fromEntries(saved.filled.map((f) => [f, null])),
          );
        }
      }
      setSaved({ ...saved, undone: true });
      await refresh();
      inputRef.current?.focus();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack quick-capture">
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={label}
          hint="One line about someone you met, for example: met Sam at the design review, training for a marathon"
          error={nameError}
        >
          <input
            ref={inputRef}
            type="text"
            value={text}
            autoComplete="off"
            enterKeyHint="done"
            maxLength={2400}
            onChange={(e) => {
              setText(e.target.value);
              setNameError(undefined);
              setChoosing(null);
            }}
            disabled={Boolean(choosing)}
          />
        </Field>
        {reading && !choosing ? <ReadingPreview reading={reading} /> : null}
        {choosing ? null : (
          <FormActions submit="Save" pending={busy} pendingLabel="Saving…" disabled={!text.trim()} />
        )}
      </form>

      {choosing ? (
        <form className="stack" onSubmit={confirmChoice}>
          <fieldset className="stack">
            <legend>More than one entry could be “{choosing.reading.name}”. Who is this about?</legend>
            {choosing.candidates.map((c, i) => (
              <label key={c.id} className="choice">
                <input
                  ref={i === 0 ? firstChoiceRef : undefined}
                  type="radio"
                  name={choiceName}
                  value={c.id}
                  checked={choice === c.id}
                  onChange={() => setChoice(c.id)}
                />
                <span>
                  {c.name}
                  {describe(c) ? <span className="muted"> · {describe(c)}</span> : null}
                </span>
              </label>
            ))}
            <label className="choice">
              <input
                type="radio"
                name={choiceName}
                value="new"
                checked={choice === 'new'}
                onChange={() => setChoice('new')}
              />
              <span>Someone new called {choosing.reading.name}</span>
            </label>
          </fieldset>
          <FormActions
            submit="Save"
            pending={busy}
            pendingLabel="Saving…"
            onCancel={() => {
              setChoosing(null);
              setTimeout(() => inputRef.current?.focus());
            }}
          />
        </form>
      ) : null}

      {error && !nameError ? <ErrorNote error={error} /> : null}

      <div role="status" aria-live="polite">
        {saved ? <Confirmation saved={saved} onUndo={undo} busy={busy} /> : null}
      </div>
    </div>
  );
}

function Confirmation({ saved, onUndo, busy }: { saved: Saved; onUndo: () => void; busy: boolean }) {
  const { person, detail } = saved;
  if (saved.undone) {
    return (
      <p className="note">
        {saved.created
          ? `Undone: ${person.name} is no longer in your notebook.`
          : `Undone: ${person.name}’s entry is as it was before.`}
      </p>
    );
  }
  const nothingNew = !saved.created && !detail && saved.filled.length === 0;
  let message: string;
  if (nothingNew) message = `${person.name} is already in your notebook; there was nothing new to add.`;
  else if (saved.created)
    message = detail
      ? `Added ${person.name}, with what they told you: “${detail.text}”.`
      : `Added ${person.name} to your notebook.`;
  else
    message = detail
      ? `Noted for ${person.name}: “${detail.text}”.`
      : `Updated ${person.name}: ${saved.filled.map(fieldName).join(' and ')}.`;
  return (
    <div className="note stack">
      <p>
        {message}
        {saved.followUp ? ' Kindred will suggest a short note while the meeting is fresh.' : ''}
      </p>
      <div className="row">
        <Link to={`/people/${person.id}`}>Open {person.name}’s page</Link>
        {nothingNew ? null : (
          <button type="button" className="link" onClick={onUndo} disabled={busy}>
            Undo
          </button>
        )}
      </div>
    </div>
  );
}

function fieldName(field: PersonFields): string {
  return { organisation: 'organisation', metWhere: 'where you met', metHow: 'how you met' }[field];
}
