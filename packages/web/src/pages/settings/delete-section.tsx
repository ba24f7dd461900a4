/**
 * The danger zone: deleting the account and everything in it, confirmed with the
 * password. Afterwards this browser is signed out and lands on the first-run page.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { accountKey } from '../../app/session.ts';
import { PasswordField } from '../../components/credential-fields.tsx';
import { ErrorNote } from '../../components/error-note.tsx';

export function DeleteSection() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: () => api.post('/account/delete', { password }),
    onSuccess: () => {
      navigate('/welcome', { replace: true });
      // Everything cached belonged to the account that is gone.
      queryClient.clear();
      queryClient.setQueryData(accountKey, null);
    },
  });
  const error = remove.error instanceof ApiError ? remove.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!sure) {
      setProblem('Tick the box to say you understand this cannot be undone.');
      return;
    }
    setProblem(null);
    remove.mutate();
  };

  return (
    <section className="card stack settings-section danger-zone" id="delete" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        This deletes your account and everything in it, at once and for good: the people, what they told you,
        your plans, events, tokens and calendar link. There is no undo. To keep a copy, first{' '}
        <Link to="/import">export your data</Link>.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <PasswordField
          label="Your password, to confirm"
          autoComplete="current-password"
          error={error?.forField('password')}
          value={password}
          onChange={setPassword}
        />
        <div className="field">
          <label className="check-line">
            <input
              type="checkbox"
              checked={sure}
              onChange={(e) => setSure(e.target.checked)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'delete-sure-error' : undefined}
            />
            I understand that everything is deleted and cannot be brought back.
          </label>
          {problem ? (
            <span className="field-error" id="delete-sure-error">
              {problem}
            </span>
          ) : null}
        </div>
        {remove.error && !error?.forField('password') ? <ErrorNote error={remove.error} /> : null}
        {error?.forField('password') ? (
          <p className="note error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div>
          <button type="submit" className="danger" disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete my account and everything in it'}
          </button>
        </div>
      </form>
    </section>
  );
}
