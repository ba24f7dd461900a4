/**
 * "Activity groups" on a community's page: the small groups you were placed in, each
 * around an activity everyone in it listed, with who else is in it and what they share,
 * and your answer (I'm in, or not this time: no reason asked, and the others only see how
 * many are in). Only members who chose small-group activities take part. Any member can
 * start a group round, at most one a day per community (the server refuses sooner ones and
 * says from when); the figures of rounds (counts only) show to admins, and to a member for
 * the rounds they started.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { plural } from '../../text/plural.ts';
import { type Group, type GroupAnswer, groupsKey, useMyGroups } from './groups.api.ts';
import { GroupRoundsFigures, StartGroupRound } from './groups-rounds.tsx';
import './groups.css';
import { SharedProfileView } from './shared-profile.tsx';

export function GroupsSection({ community }: { community: Community }) {
  const groups = useMyGroups(community.id);
  const rows = groups.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="groups-title" className="stack groups-section">
      <h2 id="groups-title">Activity groups</h2>
      <p className="muted">
        Small groups of four to eight around one activity everyone in the group enjoys. Only members who chose
        “Small-group activity” among the formats in their profile take part, and not while they are on a
        break; nobody else is placed in a group or emailed about one.
      </p>
      {groups.isPending ? <Loading what="Finding your groups" /> : null}
      <ErrorNote error={groups.error} title="Your groups could not be loaded." />
      {groups.data && rows.length === 0 ? (
        <p className="muted">
          You are not in a group yet. When someone starts a group round and you are placed, your group shows
          up here.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="group-list">
          {rows.map((g) => (
            <GroupItem key={g.id} group={g} />
          ))}
        </ul>
      ) : null}
      {groups.hasNextPage ? (
        <button type="button" onClick={() => groups.fetchNextPage()} disabled={groups.isFetchingNextPage}>
          Show earlier groups
        </button>
      ) : null}
      <StartGroupRound community={community} />
      <GroupRoundsFigures community={community} />
    </section>
  );
}

function GroupItem({ group }: { group: Group }) {
  const headingId = `group-${group.id}`;
  return (
    <li className="card stack group-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.activity.label} group</h3>
      <p className="muted small">{group.roundTitle}</p>
      <p>
        <strong>Why: </strong>
        {group.reason}
      </p>
      <p className="group-count">{inSoFar(group)}</p>
      {group.members.length > 0 ? (
        <ul className="group-members" aria-label="Who else is in the group">
          {group.members.map((m) => (
            <li key={m.userId}>
              <details>
                <summary>{m.displayName}</summary>
                <SharedProfileView profile={m.profile} empty="They share nothing more with you here." />
              </details>
              {m.email ? (
                <p className="small">
                  In too: write to them at <a href={`mailto:${m.email}`}>{m.email}</a>.
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Everyone else has since left the community.</p>
      )}
      <GroupAnswerButtons group={group} />
    </li>
  );
}

/** "2 of 5 people are in so far.": how many said yes, never who did not. */
function inSoFar(group: Group): string {
  const verb = group.accepted === 1 ? 'is' : 'are';
  return `${group.accepted} of ${plural(group.size, 'person', 'people')} ${verb} in so far.`;
}

const ANSWERS: { value: GroupAnswer; label: string; said: string }[] = [
  {
    value: 'accepted',
    label: "I'm in",
    said: 'You are in. Others who are in can now write to you, and you to them.',
  },
  {
    value: 'declined',
    label: 'Not this time',
    said: 'Not this time. Nobody is told; the others only see how many are in.',
  },
];

function GroupAnswerButtons({ group }: { group: Group }) {
  const id = useId();
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: (response: GroupAnswer) =>
      api.post<Group>(`/communities/${group.communityId}/groups/${group.id}/respond`, { response }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsKey(group.communityId) }),
  });
  const current = ANSWERS.find((a) => a.value === group.myResponse);
  return (
    <div className="stack">
      <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
        <legend>{group.myResponse === 'pending' ? 'Would you like to join?' : 'Your answer'}</legend>
        <div className="row">
          {ANSWERS.map((a) => (
            <button
              key={a.value}
              type="button"
              className={a.value === 'accepted' && group.myResponse === 'pending' ? 'primary' : undefined}
              aria-pressed={group.myResponse === a.value}
              disabled={answer.isPending}
              onClick={() => answer.mutate(a.value)}
            >
              {a.label}
            </button>
          ))}
        </div>
      </fieldset>
      <p id={`${id}-hint`} className="muted small">
        Saying no needs no reason. You can change your answer later.
      </p>
      <p role="status" className="status-line">
        {current?.said ?? ''}
      </p>
      <ErrorNote error={answer.error} />
    </div>
  );
}
