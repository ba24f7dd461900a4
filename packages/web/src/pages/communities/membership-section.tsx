/**
 * Leaving a community, and (admins) deleting it, each after a second, explicit yes asked
 * in place. The only admin cannot leave: the server says so and what to do instead, and
 * that answer is shown right under the question.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { ConfirmActions } from '../../components/form-actions.tsx';
import { focusOnMount } from '../settings/focus-on-mount.ts';
import { communitiesKey } from './communities.api.ts';

export function LeaveSection({ community }: { community: Community }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const leave = useMutation({
    mutationFn: () =>
      api.post<{ left: true; communityDeleted: boolean }>(`/communities/${community.id}/leave`),
    onSuccess: async ({ communityDeleted }) => {
      queryClient.removeQueries({ queryKey: ['communities', community.id] });
      await queryClient.invalidateQueries({ queryKey: communitiesKey });
      navigate('/communities', {
        state: {
          said: communityDeleted
            ? `You left ${community.name}. You were its last member, so it is gone.`
            : `You left ${community.name}. Your profile there went with you.`,
        },
      });
    },
  });
  return (
    <section aria-labelledby="leave-title" className="card stack">
      <h2 id="leave-title">Leave {community.name}</h2>
      <p className="muted">
        Your profile here is removed and you are no longer paired. Your own notebook (people, notes, plans)
        stays as it is.
      </p>
      {asking ? (
        <fieldset className="confirm">
          <legend>Leave {community.name}?</legend>
          <ConfirmActions
            confirm="Yes, leave"
            onConfirm={() => leave.mutate()}
            pending={leave.isPending}
            pendingLabel="Leaving…"
            keep="Stay"
            onKeep={() => {
              leave.reset();
              setAsking(false);
            }}
            keepRef={focusOnMount}
          />
          <ErrorNote error={leave.error} title="You are still a member." />
        </fieldset>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setAsking(true)}>
            Leave this community
          </button>
        </div>
      )}
    </section>
  );
}

export function DeleteCommunitySection({ community }: { community: Community }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.delete(`/communities/${community.id}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['communities', community.id] });
      await queryClient.invalidateQueries({ queryKey: communitiesKey });
      navigate('/communities', { state: { said: `${community.name} was deleted.` } });
    },
  });
  return (
    <section aria-labelledby="delete-title" className="card stack">
      <h2 id="delete-title">Delete {community.name}</h2>
      <p className="muted">
        For when it has run its course: every membership, profile and invite here goes. Members’ own notebooks
        are not touched.
      </p>
      {asking ? (
        <fieldset className="confirm">
          <legend>Delete {community.name} for everyone?</legend>
          <p>This cannot be undone.</p>
          <ConfirmActions
            confirm="Delete the community"
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
            pendingLabel="Deleting…"
            keep="Keep it"
            onKeep={() => setAsking(false)}
            keepRef={focusOnMount}
          />
          <ErrorNote error={remove.error} />
        </fieldset>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setAsking(true)}>
            Delete this community
          </button>
        </div>
      )}
    </section>
  );
}
