/**
 * Where an invite link lands (/join/<secret>). Signed in, it asks once and joins, then
 * opens the community, which suggests filling the profile. Signed out, it explains and
 * offers an account (where this Kindred takes new ones) or signing in, which comes back
 * here. A link that was used, withdrawn or has run out says so kindly, with what to do.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { useAccount, useSetup } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import './join.css';
import { JoinSignUp } from './join-sign-up.tsx';

/** The answers meaning "this link will never work": nothing to retry, ask for another. */
const DEAD_LINK = new Set(['invite_expired', 'invite_used', 'invite_revoked', 'invite_not_found']);

export function JoinPage() {
  const { secret = '' } = useParams();
  const account = useAccount();
  const setup = useSetup();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const join = useMutation({
    mutationFn: () =>
      api.post<{ community: Community; joined: boolean }>('/invites/accept', { token: secret }),
    onSuccess: async ({ community, joined }) => {
      await queryClient.invalidateQueries({ queryKey: ['communities'] });
      navigate(`/communities/${community.id}`, { replace: true, state: joined ? { joined: true } : {} });
    },
  });
  const here = `/join/${encodeURIComponent(secret)}`;
  const dead = join.error instanceof ApiError && DEAD_LINK.has(join.error.code) ? join.error : null;

  let body: ReactNode;
  if (account.isPending) body = <Loading what="Opening your invite" />;
  else if (account.error) body = <ErrorNote error={account.error} />;
  else if (dead) body = <DeadLink error={dead} signedIn={Boolean(account.data)} />;
  else if (account.data) {
    body = (
      <div className="card stack">
        <p>
          You are signed in as <strong>{account.data.displayName}</strong>. Joining shows the other members
          your name; you choose what else they see when you fill your profile there.
        </p>
        <ErrorNote error={join.error} title="You have not joined yet." />
        <div className="row">
          <button type="button" className="primary" onClick={() => join.mutate()} disabled={join.isPending}>
            {join.isPending ? 'Joining…' : 'Join this community'}
          </button>
          <Link to="/">Not now</Link>
        </div>
      </div>
    );
  } else {
    body = (
      <div className="stack">
        <p>
          To join, you need an account on this Kindred. It is a private notebook for the people you meet, and
          the community part only ever shows what you choose to share.
        </p>
        {setup.data?.signUpOpen ? (
          <JoinSignUp onSignedUp={() => join.mutate()} joining={join.isPending} />
        ) : setup.data ? (
          <p className="muted">
            This Kindred does not take new accounts on its own. If you do not have one, ask whoever runs it to
            make one for you, then open this link again.
          </p>
        ) : null}
        <section className="card stack" aria-labelledby="have-account-title">
          <h2 id="have-account-title">Already have an account?</h2>
          <p>Sign in, and you will come straight back to this invite.</p>
          <p>
            <Link className="button" to={`/signin?next=${encodeURIComponent(here)}`}>
              Sign in to join
            </Link>
          </p>
        </section>
        <ErrorNote error={join.error} />
      </div>
    );
  }

  return (
    <main id="main" className="narrow join-page">
      <PageHeader
        title={dead ? 'This invite link no longer works' : 'You are invited to a community'}
        lead={
          dead
            ? undefined
            : 'Someone has invited you to a community on Kindred, where members meet one another for unhurried one-to-one chats.'
        }
      />
      {body}
    </main>
  );
}

function DeadLink({ error, signedIn }: { error: ApiError; signedIn: boolean }) {
  return (
    <div className="card stack dead-link">
      <p>{error.message}</p>
      <p className="muted">
        Nothing is wrong on your side: invite links work once and for a limited time. A fresh link from the
        person who invited you will work just the same.
      </p>
      {signedIn ? (
        <p>
          <Link to="/communities">Your communities</Link>
        </p>
      ) : null}
    </div>
  );
}
