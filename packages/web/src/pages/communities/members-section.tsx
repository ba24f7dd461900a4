/**
 * The member directory: each member's name, role and what they share, a link to their
 * profile, and for admins a way to change a role. The server refuses to leave a
 * community without an admin; that refusal is shown on the member's own row.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { Community, CommunityMember } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { Loading } from '../../components/loading.tsx';
import { ROLE_LABELS, type Role, useMembers } from './communities.api.ts';
import { SharedProfileView } from './shared-profile.tsx';

export function MembersSection({ community }: { community: Community }) {
  const members = useMembers(community.id);
  const account = useAccount();
  const rows = members.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="members-title" className="stack">
      <h2 id="members-title">Members</h2>
      <p className="muted">Each member shows only what they chose to share with everyone here.</p>
      {members.isPending ? <Loading what="Finding the members" /> : null}
      <ErrorNote error={members.error} title="The members could not be loaded." />
      {rows.length > 0 ? (
        <ul className="member-list">
          {rows.map((m) => (
            <MemberItem
              key={m.userId}
              member={m}
              community={community}
              isMe={m.userId === account.data?.id}
            />
          ))}
        </ul>
      ) : null}
      {members.hasNextPage ? (
        <button type="button" onClick={() => members.fetchNextPage()} disabled={members.isFetchingNextPage}>
          {members.isFetchingNextPage ? 'Loading more…' : 'Show more members'}
        </button>
      ) : null}
    </section>
  );
}

function MemberItem({
  member,
  community,
  isMe,
}: {
  member: CommunityMember;
  community: Community;
  isMe: boolean;
}) {
  const headingId = `member-${member.userId}`;
  return (
    <li className="card member-item">
      <div className="member-head">
        <h3 id={headingId}>
          {member.displayName}
          {isMe ? <span className="muted"> (you)</span> : null}
        </h3>
        <span className={member.role === 'admin' ? 'pill accent' : 'pill'}>{ROLE_LABELS[member.role]}</span>
      </div>
      <SharedProfileView
        profile={member.profile}
        empty={isMe ? 'You share nothing with everyone here yet.' : 'Shares nothing with everyone yet.'}
      />
      <div className="row member-actions">
        {isMe ? (
          <Link to={`/communities/${community.id}/profile`}>Edit your profile</Link>
        ) : (
          <Link to={`/communities/${community.id}/members/${member.userId}`}>
            Open {member.displayName}’s profile
          </Link>
        )}
      </div>
      {community.role === 'admin' ? <RoleChange community={community} member={member} isMe={isMe} /> : null}
    </li>
  );
}

function RoleChange({
  community,
  member,
  isMe,
}: {
  community: Community;
  member: CommunityMember;
  isMe: boolean;
}) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [said, setSaid] = useState('');
  const change = useMutation({
    mutationFn: () =>
      api.put<{ userId: string; role: Role }>(`/communities/${community.id}/members/${member.userId}`, {
        role,
      }),
    onSuccess: async (answer) => {
      setSaid(
        `${isMe ? 'You are' : `${member.displayName} is`} now ${answer.role === 'admin' ? 'an admin' : 'a member'}.`,
      );
      await queryClient.invalidateQueries({ queryKey: ['communities'] });
    },
  });
  const error = change.error instanceof ApiError ? change.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    change.mutate();
  };
  return (
    <form className="row align-end role-change" onSubmit={submit} noValidate>
      <Field label={isMe ? 'Your role' : `Role of ${member.displayName}`} error={error?.forField('role')}>
        <LabelSelect labels={ROLE_LABELS} value={role} onChange={setRole} />
      </Field>
      <button type="submit" disabled={change.isPending || role === member.role}>
        {change.isPending ? 'Changing…' : 'Change role'}
      </button>
      <p role="status" className="status-line">
        {said}
      </p>
      {change.error ? <ErrorNote error={change.error} /> : null}
    </form>
  );
}
