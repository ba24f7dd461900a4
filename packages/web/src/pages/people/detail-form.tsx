/** Keeping something a person told you, with the day it is about and when to ask how it went. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Detail, Person } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { DETAIL_KIND_LABELS } from './format.ts';
import { useRefreshAll } from './people.api.ts';

export function DetailForm({
  person,
  onDone,
  onCancel,
}: {
  person: Person;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<keyof typeof DETAIL_KIND_LABELS>('fact');
  const [happensOn, setHappensOn] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [missing, setMissing] = useState(false);
  const refresh = useRefreshAll();
  const add = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<Detail>(`/people/${person.id}/details`, body),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const error = add.error instanceof ApiError ? add.error : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    add.mutate({ text: text.trim(), kind, happensOn: happensOn || null, followUpOn: followUpOn || null });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="detail-title">
      <h2 id="detail-title">Something {person.name} told you</h2>
      <Field
        label="Detail"
        hint="e.g. “presenting at the board on 14 March”"
        error={missing ? 'Write what they shared, in a few words.' : error?.forField('text')}
      >
        <input value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </Field>
      <div className="form-grid">
        <Field label="Kind" error={error?.forField('kind')}>
          <LabelSelect labels={DETAIL_KIND_LABELS} value={kind} onChange={setKind} />
        </Field>
        <Field label="When it happens" hint="If it has a date" error={error?.forField('happensOn')}>
          <input type="date" value={happensOn} onChange={(e) => setHappensOn(e.target.value)} />
        </Field>
        <Field
          label="Follow up on"
          hint="Left empty, Kindred picks the day after it happens"
          error={error?.forField('followUpOn')}
        >
          <input type="date" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
        </Field>
      </div>
      {add.error ? <ErrorNote error={add.error} title="The detail could not be kept." /> : null}
      <FormActions
        submit="Keep this detail"
        pending={add.isPending}
        pendingLabel="Keeping…"
        onCancel={onCancel}
      />
    </form>
  );
}
