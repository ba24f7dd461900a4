/**
 * Making an account from an invite link: name, email, password (the time zone is the
 * browser's). Once made, the browser is signed in as it and the invite is used at once,
 * since joining is what the person came for.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';
import { accountKey } from '../../app/session.ts';
import { EmailField, PasswordField } from '../../components/credential-fields.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { browserTimeZone } from '../settings/week-options.ts';

export function JoinSignUp({ onSignedUp, joining }: { onSignedUp: () => void; joining: boolean }) {
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signUp = useMutation({
    mutationFn: () =>
      api.post<{ account: Account }>('/auth/signup', {
        displayName: displayName.trim(),
        email,
        password,
        timeZone: browserTimeZone(),
      }),
    onSuccess: ({ account }) => {
      // Whatever was cached belonged to nobody signed in; start clean as this account.
      queryClient.clear();
      queryClient.setQueryData(accountKey, account);
      onSignedUp();
    },
  });
  const error = signUp.error instanceof ApiError ? signUp.error : null;
  const fieldErrors = ['displayName', 'email', 'password'].some((f) => error?.forField(f));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="join-sign-up-title">
      <h2 id="join-sign-up-title">New here? Make an account</h2>
      <Field
        label="Your name"
        hint="What the other members see, e.g. “Sam Lee”."
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
        hint="You sign in with it. Other members do not see it."
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
      {signUp.error && !fieldErrors ? <ErrorNote error={signUp.error} /> : null}
      <FormActions
        submit="Make my account and join"
        pending={signUp.isPending || joining}
        pendingLabel={joining ? 'Joining…' : 'Making your account…'}
      />
    </form>
  );
}
