/** Signing in, then back to the page that asked for it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { Account } from '../../api/types.ts';
import { accountKey, useSetup } from '../../app/session.ts';
import { EmailField, PasswordField } from '../../components/credential-fields.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';

/** Only a path of this app, never another site (an open redirect). */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const setup = useSetup();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.post<{ account: Account }>('/auth/signin', { email, password }),
    onSuccess: ({ account }) => {
      // Everything cached belonged to whoever was here before; start clean as this account.
      queryClient.clear();
      queryClient.setQueryData(accountKey, account);
      navigate(next, { replace: true });
    },
  });

  if (setup.data?.needsOwner) return <Navigate to="/welcome" replace />;
  const error = signIn.error instanceof ApiError ? signIn.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <main id="main" className="narrow">
      <PageHeader title="Sign in to Kindred" lead="Welcome back. Your notebook is where you left it." />
      <form className="card stack" onSubmit={submit} noValidate>
        <EmailField
          autoComplete="username"
          error={error?.forField('email')}
          value={email}
          onChange={setEmail}
          required
        />
        <PasswordField
          autoComplete="current-password"
          error={error?.forField('password')}
          value={password}
          onChange={setPassword}
          required
        />
        {signIn.error ? <ErrorNote error={signIn.error} /> : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
