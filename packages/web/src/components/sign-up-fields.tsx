/**
 * Making an account: the name, email and password fields and the call that signs the
 * browser in as the new account. The first run (the owner) and an invite link (a new
 * member) both use it, each in its own form with its own words and button.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Account } from '../api/types.ts';
import { accountKey } from '../app/session.ts';
import { browserTimeZone } from '../pages/settings/week-options.ts';
import { EmailField, PasswordField } from './credential-fields.tsx';
import { Field } from './field.tsx';

export function useSignUp(onSignedUp: () => void) {
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
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
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return {
    values: { displayName, email, password },
    set: { displayName: setDisplayName, email: setEmail, password: setPassword },
    mutation,
    error,
    /** Whether the error belongs to one of the fields (shown there) rather than the form. */
    onAField: ['displayName', 'email', 'password'].some((f) => error?.forField(f)),
    submit: (event: FormEvent) => {
      event.preventDefault();
      mutation.mutate();
    },
  };
}

export function SignUpFields({
  form,
  nameHint,
  emailHint,
}: {
  form: ReturnType<typeof useSignUp>;
  nameHint: string;
  emailHint: string;
}) {
  return (
    <>
      <Field label="Your name" hint={nameHint} error={form.error?.forField('displayName')}>
        <input
          type="text"
          autoComplete="name"
          value={form.values.displayName}
          onChange={(e) => form.set.displayName(e.target.value)}
          required
        />
      </Field>
      <EmailField
        hint={emailHint}
        error={form.error?.forField('email')}
        value={form.values.email}
        onChange={form.set.email}
        required
      />
      <PasswordField
        hint="At least 10 characters. A short sentence is easy to remember."
        error={form.error?.forField('password')}
        autoComplete="new-password"
        value={form.values.password}
        onChange={form.set.password}
        required
      />
    </>
  );
}
