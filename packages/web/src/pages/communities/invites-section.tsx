/**
 * Invites (admins): make a link, optionally emailed, shown once with a copy button
 * (Kindred keeps only a fingerprint of it); the list of invites with whether each is
 * still open; withdrawing an open one after a second yes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Community, CommunityInvite } from '../../api/types.ts';
import { useSetup } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { ConfirmActions, FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { Loading } from '../../components/loading.tsx';
import { CopyField } from '../settings/copy-field.tsx';
import { focusOnMount } from '../settings/focus-on-mount.ts';
import { longDate } from '../settings/format.ts';
import { invitesKey, ROLE_LABELS, type Role, useInvites } from './communities.api.ts';

const STATUS_LABELS: Record<CommunityInvite['status'], string> = {
  open: 'Open',
  used: 'Used',
  expired: 'Expired',
  revoked: 'Withdrawn',
};

interface Made {
  url: string;
  emailedTo: string | null;
}

export function InvitesSection({ community }: { community: Community }) {
  const invites = useInvites(community.id, true);
  const rows = invites.data?.pages.flatMap((p) => p.items) ?? [];
  const [made, setMade] = useState<Made | null>(null);
  const [said, setSaid] = useState('');
  return (
    <section aria-labelledby="invites-title" className="card stack">
      <h2 id="invites-title">Invites</h2>
      <p className="muted">
        Each link lets one person join {community.name}. Whoever opens it signs in or makes an account, then
        joins with one button.
      </p>
      <InviteForm
        community={community}
        onMade={(m) => {
          setSaid('');
          setMade(m);
        }}
      />
      {made ? (
        <div className="note stack secret-note">
          <p>
            <strong>Your invite link.</strong> Copy it now: it is shown only this once, and it works for one
            person.
            {made.emailedTo ? ` It was also emailed to ${made.emailedTo}.` : ''}
          </p>
          <CopyField label="Invite link" value={made.url} />
          <button type="button" onClick={() => setMade(null)}>
            I have copied it
          </button>
        </div>
      ) : null}
      <p role="status" className="status-line">
        {said}
      </p>
      <h3>Links made so far</h3>
      {invites.isPending ? <Loading what="Reading the invites" /> : null}
      <ErrorNote error={invites.error} />
      {invites.data && rows.length === 0 ? <p className="muted">None yet.</p> : null}
      {rows.length > 0 ? (
        <ul className="invite-list">
          {rows.map((invite) => (
            <InviteItem key={invite.id} community={community} invite={invite} onWithdrawn={setSaid} />
          ))}
        </ul>
      ) : null}
      {invites.hasNextPage ? (
        <button type="button" onClick={() => invites.fetchNextPage()} disabled={invites.isFetchingNextPage}>
          Show more invites
        </button>
      ) : null}
    </section>
  );
}

function InviteForm({ community, onMade }: { community: Community; onMade: (made: Made) => void }) {
  const queryClient = useQueryClient();
  const setup = useSetup();
  const canEmail = setup.data?.emailConfigured === true;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [days, setDays] = useState('7');
  const create = useMutation({
    mutationFn: () =>
      api.post<{ invite: CommunityInvite; url: string; emailedTo: string | null }>(
        `/communities/${community.id}/invites`,
        { email: email.trim() || null, role, expiresInDays: Number(days) },
      ),
    onSuccess: async ({ url, emailedTo }) => {
      onMade({ url, emailedTo });
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: invitesKey(community.id) });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const fieldErrors = ['email', 'role', 'expiresInDays'].some((f) => error?.forField(f));
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Make an invite link">
      <div className="form-grid">
        {canEmail ? (
          <Field
            label="Email it to (optional)"
            hint="Leave empty to share the link yourself."
            error={error?.forField('email')}
          >
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
          </Field>
        ) : null}
        <Field label="Joins as" error={error?.forField('role')}>
          <LabelSelect labels={ROLE_LABELS} value={role} onChange={setRole} />
        </Field>
        <Field label="Works for (days)" hint="From 1 to 30." error={error?.forField('expiresInDays')}>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </Field>
      </div>
      {setup.data && !canEmail ? (
        <p className="muted small">This Kindred cannot send email, so share the link yourself.</p>
      ) : null}
      {create.error && !fieldErrors ? <ErrorNote error={create.error} /> : null}
      <FormActions submit="Make an invite link" pending={create.isPending} pendingLabel="Making it…" />
    </form>
  );
}

function InviteItem({
  community,
  invite,
  onWithdrawn,
}: {
  community: Community;
  invite: CommunityInvite;
  onWithdrawn: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const who = invite.email ?? 'a shared link';
  const withdraw = useMutation({
    mutationFn: () => api.delete<CommunityInvite>(`/communities/${community.id}/invites/${invite.id}`),
    onSuccess: async () => {
      onWithdrawn(`The invite for ${who} was withdrawn; its link no longer works.`);
      await queryClient.invalidateQueries({ queryKey: invitesKey(community.id) });
    },
  });
  const when =
    invite.status === 'used' && invite.usedAt
      ? `used ${longDate(invite.usedAt)}`
      : invite.status === 'revoked' && invite.revokedAt
        ? `withdrawn ${longDate(invite.revokedAt)}`
        : invite.status === 'expired'
          ? `expired ${longDate(invite.expiresAt)}`
          : `works until ${longDate(invite.expiresAt)}`;
  return (
    <li className="invite-item">
      <div>
        <strong>{invite.email ?? 'Shared link'}</strong>{' '}
        <span className={invite.status === 'open' ? 'pill accent' : 'pill'}>
          {STATUS_LABELS[invite.status]}
        </span>
        <p className="muted small">
          As {ROLE_LABELS[invite.role].toLowerCase()} · made {longDate(invite.createdAt)} · {when}
        </p>
      </div>
      {invite.status !== 'open' ? null : asking ? (
        <div className="confirm">
          <p>Withdraw the invite for {who}? Its link stops working at once.</p>
          <ConfirmActions
            confirm="Withdraw it"
            onConfirm={() => withdraw.mutate()}
            pending={withdraw.isPending}
            pendingLabel="Withdrawing…"
            keep="Keep it"
            onKeep={() => setAsking(false)}
            keepRef={focusOnMount}
          />
          <ErrorNote error={withdraw.error} />
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Withdraw <span className="visually-hidden">the invite for {who}</span>
        </button>
      )}
    </li>
  );
}
