/** Changing the password; every other browser signed in as you is signed out. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { PasswordField } from '../../components/credential-fields.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { FormActions } from '../../components/form-actions.tsx';
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
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          error={error?.forField('currentPassword')}
          value={currentPassword}
          onChange={setCurrent}
        />
        <PasswordField
          label="New password"
          hint="At least 10 characters."
          autoComplete="new-password"
          error={error?.forField('newPassword')}
          value={newPassword}
          onChange={setNew}
        />
        <PasswordField
          label="New password, again"
          autoComplete="new-password"
          error={mismatch ?? undefined}
          value={again}
          onChange={setAgain}
        />
        {change.error && !fieldShown ? <ErrorNote error={change.error} /> : null}
        {change.error && fieldShown ? (
          <p className="note error" role="alert">
            {change.error.message}
          </p>
        ) : null}
        <FormActions submit="Change password" pending={change.isPending} pendingLabel="Changing…">
          <StatusNote message={said} />
        </FormActions>
      </form>
    </section>
  );
}
