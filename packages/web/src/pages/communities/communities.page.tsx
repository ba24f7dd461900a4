/**
 * Communities: the ones you are in (your role, how many members), and a short form to
 * start one, of which you become the first admin. Joining one happens through an invite
 * link, so that is explained here rather than offered as a search.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { plural } from '../../text/plural.ts';
import { communitiesKey, useCommunities } from './communities.api.ts';
import './communities.css';

export function CommunitiesPage() {
  const communities = useCommunities();
  const location = useLocation();
  // A page that sent you here (after leaving or deleting a community) says what happened.
  const said = (location.state as { said?: string } | null)?.said ?? '';
  const items = communities.data?.items ?? [];
  return (
    <div className="stack communities-page">
      <PageHeader
        title="Communities"
        lead="Groups you belong to, where Kindred pairs members for one-to-one chats and plans who sits with whom."
      />
      <p role="status" className="status-line">
        {said}
      </p>
      <section aria-labelledby="yours-title" className="stack">
        <h2 id="yours-title">Yours</h2>
        {communities.isPending ? <Loading what="Finding your communities" /> : null}
        <ErrorNote error={communities.error} title="Your communities could not be loaded." />
        {communities.data && items.length === 0 ? (
          <p className="muted">
            You are not in a community yet. Someone who runs one can send you an invite link; opening it
            brings you in. Or start one below.
          </p>
        ) : null}
        {items.length > 0 ? (
          <ul className="community-list">
            {items.map((c) => (
              <CommunityItem key={c.id} community={c} />
            ))}
          </ul>
        ) : null}
      </section>
      <StartCommunity />
    </div>
  );
}

function CommunityItem({ community }: { community: Community }) {
  return (
    <li className="card community-item">
      <h3>
        <Link to={`/communities/${community.id}`}>{community.name}</Link>
      </h3>
      {community.description ? <p className="muted">{community.description}</p> : null}
      <p className="row">
        <span className={community.role === 'admin' ? 'pill accent' : 'pill'}>
          {community.role === 'admin' ? 'You are an admin' : 'You are a member'}
        </span>
        <span className="pill">{plural(community.memberCount, 'member')}</span>
      </p>
    </li>
  );
}

function StartCommunity() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const create = useMutation({
    mutationFn: () =>
      api.post<Community>('/communities', { name: name.trim(), description: description.trim() || null }),
    onSuccess: async (community) => {
      await queryClient.invalidateQueries({ queryKey: communitiesKey });
      navigate(`/communities/${community.id}`, { state: { started: true } });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      nameRef.current?.focus();
      return;
    }
    setMissing(false);
    create.mutate();
  };
  const nameError = missing ? 'Give it a name, e.g. “Lisbon office”.' : error?.forField('name');
  return (
    <section aria-labelledby="start-title" className="card stack">
      <h2 id="start-title">Start a community</h2>
      <p className="muted">
        For a team, an office or an association. You become its first admin and can invite people with a link.
        Each member chooses what of their profile the others see.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={nameError}>
          <input
            ref={nameRef}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={120}
            autoComplete="off"
            required
          />
        </Field>
        <Field
          label="What it is for (optional)"
          hint="A line or two members see, e.g. “Monthly coffees across the Lisbon office.”"
          error={error?.forField('description')}
        >
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
        </Field>
        {create.error && !nameError && !error?.forField('description') ? (
          <ErrorNote error={create.error} />
        ) : null}
        <FormActions submit="Start the community" pending={create.isPending} pendingLabel="Starting it…" />
      </form>
    </section>
  );
}
