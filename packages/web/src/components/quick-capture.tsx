/**
 * Quick capture: one line about someone ("met Sam at the design review, training for a
 * marathon") becomes a person with a detail, or a new detail for someone already in
 * the notebook. The line is read by core's parser; a name that fits several people asks
 * which one is meant; what was saved is confirmed with a link and can be undone.
 */
import { parseQuickCapture } from '@kindred/core/people/quick-capture.ts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Page, Person } from '../api/types.ts';
import { ErrorNote } from './error-note.tsx';
import { Field } from './field.tsx';
import { FormActions } from './form-actions.tsx';
import { Confirmation, ReadingPreview } from './quick-capture.parts.tsx';
import {
  addToKnown,
  type Candidate,
  type Choosing,
  createPerson,
  describe,
  otherOrganisation,
  peopleNamed,
  type Saved,
} from './quick-capture.save.ts';
import './quick-capture.css';

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
