/** Step 1: the owner account. On success the browser is signed in as it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';
import { accountKey } from '../../app/session.ts';
import { EmailField, PasswordField } from '../../components/credential-fields.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { browserTimeZone } from '../settings/week-options.ts';
import { StepProgress } from './step-progress.tsx';

export function AccountStep({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signUp = useMutation({
    mutationFn: () =>
      api.post<{ account: Account }>('/auth/signup', {
        displayName,
        email,
        password,
        timeZone: browserTimeZone(),
      }),
    onSuccess: ({ account }) => {
      onDone();
      // Nothing cached (a signed-out account, "needs an owner") holds any longer.
      queryClient.clear();
      queryClient.setQueryData(accountKey, account);
    },
  });
  const error = signUp.error instanceof ApiError ? signUp.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  return (
    <>
      <StepProgress step={1} />
      <PageHeader
        title="Welcome to Kindred"
        lead="A quiet notebook for the people you meet: it remembers what they told you and suggests a few small, kind next steps each week. Three short steps and you are in."
      />
      <form className="card stack" onSubmit={submit} noValidate aria-labelledby="account-step-heading">
        <h2 id="account-step-heading">Create your account</h2>
        <p className="muted">What you write down stays on this Kindred server, private to your account.</p>
        <Field
          label="Your name"
          hint="How Kindred greets you and signs your drafts."
          error={error?.forField('displayName')}
        >
          <input
            type="text"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            required
          />
        </Field>
        <EmailField
          hint="You sign in with it; the weekly email goes here if you ask for it."
          error={error?.forField('email')}
          value={email}
          onChange={setEmail}
          required
        />
        <PasswordField
          hint="At least 10 characters. A short sentence is easy to remember."
          error={error?.forField('password')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          required
        />
        {signUp.error ? <ErrorNote error={signUp.error} /> : null}
        <FormActions
          className="step-actions"
          submit="Create account and continue"
          pending={signUp.isPending}
          pendingLabel="Creating your account…"
        />
      </form>
    </>
  );
}
