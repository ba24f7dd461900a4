/**
 * Personal API tokens for your own scripts. The secret is shown once, when made; the
 * list shows names and dates only. Revoking asks first, since scripts stop at once.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { ApiToken, Page } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { ConfirmActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { CopyField } from './copy-field.tsx';
import { focusOnMount } from './focus-on-mount.ts';
import { longDate } from './format.ts';
import { StatusNote } from './status-note.tsx';

const tokensKey = ['tokens'] as const;

export function TokensSection() {
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: () => api.get<Page<ApiToken>>('/tokens', { limit: 100 }),
  });
  const [name, setName] = useState('');
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<{ token: ApiToken; secret: string }>('/tokens', { name }),
    onSuccess: ({ token, secret }) => {
      setMade({ name: token.name, secret });
      setName('');
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    create.mutate();
  };

  return (
    <section className="card stack settings-section" id="tokens" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p className="muted">
        For your own scripts and tools: a token lets them read and change your Kindred data through the API,
        as you. Send it as <code>Authorization: Bearer …</code>. Make one per script, so you can revoke one
        without the others.
      </p>
      <form className="row align-end" onSubmit={submit} noValidate>
        <Field label="Token name" hint="What will use it, e.g. backup script" error={error?.forField('name')}>
          <input
            type="text"
            autoComplete="off"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Making it…' : 'Make a token'}
        </button>
      </form>
      {create.error && !error?.forField('name') ? <ErrorNote error={create.error} /> : null}
      {made ? (
        <div className="note stack secret-note">
          <p>
            <strong>Your new token “{made.name}”.</strong> Copy it now and keep it somewhere safe: Kindred
            keeps only a fingerprint of it and cannot show it again. If you lose it, revoke it and make
            another.
          </p>
          <CopyField label="New token secret" value={made.secret} />
          <button type="button" onClick={() => setMade(null)}>
            I have copied it
          </button>
        </div>
      ) : null}
      <StatusNote message={said} />
      {tokens.data ? (
        tokens.data.items.length ? (
          <ul className="plain-list token-list">
            {tokens.data.items.map((token) => (
              <TokenItem
                key={token.id}
                token={token}
                onRevoked={() => setSaid(`“${token.name}” was revoked.`)}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">No tokens yet.</p>
        )
      ) : tokens.error ? (
        <ErrorNote error={tokens.error} />
      ) : (
        <Loading what="Reading your tokens" />
      )}
    </section>
  );
}

function TokenItem({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const revoke = useMutation({
    mutationFn: () => api.delete(`/tokens/${encodeURIComponent(token.id)}`),
    onSuccess: () => {
      onRevoked();
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });
  return (
    <li className="token-item">
      <div>
        <strong>{token.name}</strong>
        <p className="muted small">
          Made {longDate(token.createdAt)} ·{' '}
          {token.lastUsedOn ? `last used ${longDate(token.lastUsedOn)}` : 'not used yet'}
        </p>
      </div>
      {asking ? (
        <div className="confirm">
          <p>Revoke “{token.name}”? Anything using it stops working at once.</p>
          <ConfirmActions
            confirm="Yes, revoke it"
            onConfirm={() => revoke.mutate()}
            pending={revoke.isPending}
            keep="Keep it"
            onKeep={() => setAsking(false)}
            keepRef={focusOnMount}
          />
          {revoke.error ? <ErrorNote error={revoke.error} /> : null}
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Revoke <span className="visually-hidden">{token.name}</span>
        </button>
      )}
    </li>
  );
}
