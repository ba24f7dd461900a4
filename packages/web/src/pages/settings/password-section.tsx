/** Changing the password; every other browser signed in as you is signed out. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { StatusNote } from './status-note.tsx';

export function PasswordSection() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: () => api.post('/account/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setAgain('');
      setSaid('Password changed. Any other browser signed in as you has been signed out.');
    },
  });
  const error = change.error instanceof ApiError ? change.error : null;
  const fieldShown = Boolean(error?.forField('currentPassword') || error?.forField('newPassword'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    if (newPassword !== again) {
      setMismatch('The two new passwords differ. Type the same one twice.');
      return;
    }
    setMismatch(null);
    change.mutate();
  };

  return (
    <section className="card stack settings-section" id="password" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Current password" error={error?.forField('currentPassword')}>
          <input
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <Field label="New password" hint="At least 10 characters." error={error?.forField('newPassword')}>
          <input
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
        </Field>
        <Field label="New password, again" error={mismatch ?? undefined}>
          <input
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </Field>
        {change.error && !fieldShown ? <ErrorNote error={change.error} /> : null}
        {change.error && fieldShown ? (
          <p className="note error" role="alert">
            {change.error.message}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="primary" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
          <StatusNote message={said} />
        </div>
      </form>
    </section>
  );
}
