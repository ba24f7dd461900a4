/**
 * Adding someone in one short form: a name is all it needs; where you met, their
 * organisation, an email, tags, interests and one thing they told you are there when
 * you have them. The same person typed twice is merged by the server, never doubled.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { splitList } from './format.ts';
import { type ChosenInterest, InterestPicker } from './interest-picker.tsx';
import { type AddPersonBody, type AddPersonResult, useRefreshAll } from './people.api.ts';

const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function AddPersonForm({
  onAdded,
  onCancel,
}: {
  onAdded: (result: AddPersonResult) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [metWhere, setMetWhere] = useState('');
  const [metHow, setMetHow] = useState('');
  const [metOn, setMetOn] = useState('');
  const [email, setEmail] = useState('');
  const [tags, setTags] = useState('');
  const [interests, setInterests] = useState<ChosenInterest[]>([]);
  const [detail, setDetail] = useState('');
  const [happensOn, setHappensOn] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const refresh = useRefreshAll();

  useEffect(() => nameRef.current?.focus(), []);

  const add = useMutation({
    mutationFn: (body: AddPersonBody) => api.post<AddPersonResult>('/people', body),
    onSuccess: async (result) => {
      await refresh();
      onAdded(result);
    },
  });
  const error = add.error instanceof ApiError ? add.error : null;
  const fieldError = (field: string) => error?.forField(field);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setLocalError('Add a name: it is the one thing a person needs here.');
      nameRef.current?.focus();
      return;
    }
    setLocalError(null);
    const body: AddPersonBody = {
      name: name.trim(),
      organisation: orNull(organisation),
      role: orNull(role),
      metWhere: orNull(metWhere),
      metHow: orNull(metHow),
      metOn: orNull(metOn),
      tags: splitList(tags),
      interests: interests.map((i) => i.label),
    };
    if (email.trim()) body.channels = [{ kind: 'email', value: email.trim(), label: null }];
    if (detail.trim()) body.detail = { text: detail.trim(), happensOn: orNull(happensOn), followUpOn: null };
    add.mutate(body);
  };

  return (
    <form
      id="add-person"
      className="card stack add-person"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-person-title"
    >
      <h2 id="add-person-title">Add a person</h2>
      <p className="muted">Only the name is needed. Add the rest now or later, whichever is easier.</p>
      <div className="form-grid">
        <Field label="Name" error={localError ?? fieldError('name')}>
          <input
            ref={nameRef}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            required
          />
        </Field>
        <Field label="Organisation" error={fieldError('organisation')}>
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Role" error={fieldError('role')}>
          <input value={role} onChange={(e) => setRole(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Email" error={fieldError('value')}>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Where you met" hint="An event, a team, a place" error={fieldError('metWhere')}>
          <input value={metWhere} onChange={(e) => setMetWhere(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="How you met" hint="e.g. “Sam introduced us”" error={fieldError('metHow')}>
          <input value={metHow} onChange={(e) => setMetHow(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="When you met" error={fieldError('metOn')}>
          <input type="date" value={metOn} onChange={(e) => setMetOn(e.target.value)} />
        </Field>
        <Field label="Tags" hint="Separated by commas, e.g. design, London" error={fieldError('tags')}>
          <input value={tags} onChange={(e) => setTags(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      <InterestPicker
        label="Interests"
        hint="Fun activities or work topics; pick a suggestion or add your own words"
        chosen={interests}
        onChange={setInterests}
        error={fieldError('interests')}
      />
      <fieldset className="stack">
        <legend>One thing they told you</legend>
        <Field label="Detail" hint="e.g. “training for a half marathon”" error={fieldError('text')}>
          <input value={detail} onChange={(e) => setDetail(e.target.value)} autoComplete="off" />
        </Field>
        <Field
          label="When it happens"
          hint="If it has a date, Kindred reminds you to ask how it went"
          error={fieldError('happensOn')}
        >
          <input type="date" value={happensOn} onChange={(e) => setHappensOn(e.target.value)} />
        </Field>
      </fieldset>
      {error && error.details.length === 0 ? <ErrorNote error={error} /> : null}
      {error && error.details.length > 0 ? (
        <p className="note error" role="alert">
          {error.message}
        </p>
      ) : null}
      {add.error && !error ? <ErrorNote error={add.error} /> : null}
      <FormActions submit="Add person" pending={add.isPending} pendingLabel="Adding…" onCancel={onCancel} />
    </form>
  );
}
