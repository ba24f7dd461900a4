/** Changing who a person is and how to reach them: fields left empty are cleared. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { CHANNEL_LABELS } from './format.ts';
import { type ChosenInterest, InterestPicker } from './interest-picker.tsx';
import { useRefreshAll } from './people.api.ts';

type ChannelKind = keyof typeof CHANNEL_LABELS;
interface ChannelRow {
  kind: ChannelKind;
  value: string;
  label: string;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function EditPersonForm({
  person,
  onDone,
  onCancel,
}: {
  person: Person;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(person.name);
  const [organisation, setOrganisation] = useState(person.organisation ?? '');
  const [team, setTeam] = useState(person.team ?? '');
  const [role, setRole] = useState(person.role ?? '');
  const [seniority, setSeniority] = useState(person.seniority ?? '');
  const [metWhere, setMetWhere] = useState(person.metWhere ?? '');
  const [metHow, setMetHow] = useState(person.metHow ?? '');
  const [metOn, setMetOn] = useState(person.metOn ?? '');
  const [tags, setTags] = useState(person.tags.join(', '));
  const [interests, setInterests] = useState<ChosenInterest[]>(
    person.interests.map((i) => ({ value: i.key, label: i.label })),
  );
  const [channels, setChannels] = useState<ChannelRow[]>(
    person.channels.map((c) => ({ kind: c.kind, value: c.value, label: c.label ?? '' })),
  );
  const [notes, setNotes] = useState(person.notes ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const refresh = useRefreshAll();
  useEffect(() => nameRef.current?.focus(), []);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch<Person>(`/people/${person.id}`, body),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.forField(field);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    setNameMissing(false);
    save.mutate({
      name: name.trim(),
      organisation: orNull(organisation),
      team: orNull(team),
      role: orNull(role),
      seniority: seniority || null,
      metWhere: orNull(metWhere),
      metHow: orNull(metHow),
      metOn: metOn || null,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      interests: interests.map((i) => i.label),
      channels: channels
        .filter((c) => c.value.trim())
        .map((c) => ({ kind: c.kind, value: c.value.trim(), label: orNull(c.label) })),
      notes: notes.trim() ? notes : null,
    });
  };

  const setChannel = (index: number, change: Partial<ChannelRow>) =>
    setChannels((list) => list.map((c, i) => (i === index ? { ...c, ...change } : c)));

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">Edit {person.name}</h2>
      <div className="form-grid">
        <Field label="Name" error={nameMissing ? 'A person needs a name.' : fieldError('name')}>
          <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Organisation" error={fieldError('organisation')}>
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Team" error={fieldError('team')}>
          <input value={team} onChange={(e) => setTeam(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Role" error={fieldError('role')}>
          <input value={role} onChange={(e) => setRole(e.target.value)} autoComplete="off" />
        </Field>
        <Field
          label="Seniority"
          hint="Relative to you; it names the ladder’s upper rungs"
          error={fieldError('seniority')}
        >
          <select value={seniority} onChange={(e) => setSeniority(e.target.value)}>
            <option value="">Not set</option>
            <option value="peer">A peer</option>
            <option value="senior">More senior than you</option>
            <option value="junior">More junior than you</option>
          </select>
        </Field>
        <Field label="Where you met" error={fieldError('metWhere')}>
          <input value={metWhere} onChange={(e) => setMetWhere(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="How you met" error={fieldError('metHow')}>
          <input value={metHow} onChange={(e) => setMetHow(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="When you met" error={fieldError('metOn')}>
          <input type="date" value={metOn} onChange={(e) => setMetOn(e.target.value)} />
        </Field>
      </div>
      <Field label="Tags" hint="Separated by commas" error={fieldError('tags')}>
        <input value={tags} onChange={(e) => setTags(e.target.value)} autoComplete="off" />
      </Field>
      <InterestPicker
        label="Interests"
        chosen={interests}
        onChange={setInterests}
        error={fieldError('interests')}
      />
      <fieldset className="stack">
        <legend>Channels</legend>
        {channels.length === 0 ? <p className="muted">None yet.</p> : null}
        {channels.map((c, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own until saved
          <div key={index} className="row channel-row">
            <Field label={`Channel ${index + 1}: kind`}>
              <LabelSelect
                labels={CHANNEL_LABELS}
                value={c.kind}
                onChange={(kind: ChannelKind) => setChannel(index, { kind })}
              />
            </Field>
            <Field
              label={`Channel ${index + 1}: address or number`}
              error={fieldError(`channels.${index}.value`)}
            >
              <input
                value={c.value}
                onChange={(e) => setChannel(index, { value: e.target.value })}
                autoComplete="off"
              />
            </Field>
            <Field label={`Channel ${index + 1}: label`} hint="e.g. work">
              <input
                value={c.label}
                onChange={(e) => setChannel(index, { label: e.target.value })}
                autoComplete="off"
              />
            </Field>
            <button
              type="button"
              aria-label={`Remove channel ${index + 1}`}
              onClick={() => setChannels((list) => list.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            onClick={() => setChannels((list) => [...list, { kind: 'email', value: '', label: '' }])}
          >
            Add a channel
          </button>
        </p>
      </fieldset>
      <Field label="Notes" error={fieldError('notes')}>
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={5} />
      </Field>
      {save.error ? <ErrorNote error={save.error} title="The changes could not be saved." /> : null}
      <FormActions
        submit="Save changes"
        pending={save.isPending}
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
