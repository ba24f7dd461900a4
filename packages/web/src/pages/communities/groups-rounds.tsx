/**
 * Starting a group round (any member may; a community has at most one a day, and a
 * refusal is shown in full, with when the next one can start) and the figures of past
 * ones: counts only, never who answered what. Admins see every round; a member sees the
 * rounds they started.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Community } from '../../api/types.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { plural } from '../../text/plural.ts';
import {
  activitiesFrom,
  GROUP_SIZES,
  type GroupRoundSummary,
  groupRoundsKey,
  groupsKey,
  useGroupRounds,
} from './groups.api.ts';

const SIZE_LABELS = Object.fromEntries(GROUP_SIZES.map((s) => [s, `${s} people`])) as Record<
  (typeof GROUP_SIZES)[number],
  string
>;

export function StartGroupRound({ community }: { community: Community }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [activities, setActivities] = useState('');
  const [minSize, setMinSize] = useState<(typeof GROUP_SIZES)[number]>('4');
  const [maxSize, setMaxSize] = useState<(typeof GROUP_SIZES)[number]>('6');
  const start = useMutation({
    mutationFn: () =>
      api.post<GroupRoundSummary>(`/communities/${community.id}/group-rounds`, {
        ...(title.trim() ? { title: title.trim() } : {}),
        activities: activitiesFrom(activities),
        minSize: Number(minSize),
        maxSize: Number(maxSize),
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupsKey(community.id) }),
        queryClient.invalidateQueries({ queryKey: groupRoundsKey(community.id) }),
      ]),
  });
  const error = start.error instanceof ApiError ? start.error : null;
  // Only bad input belongs beside a field; "no group could form" and "one a day" are said in full below.
  const fieldError = (name: string) => (error?.code === 'invalid_input' ? error.forField(name) : undefined);
  const fieldErrors = ['title', 'activities', 'minSize', 'maxSize'].some((f) => fieldError(f));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="start-groups-title">
      <h3 id="start-groups-title">Start a group round</h3>
      <p className="muted small">
        Any member can start one. Kindred forms the groups at once, only from the members who chose
        “Small-group activity” in their profile here; each person placed sees their group here and says
        whether they are in. A community has at most one group round a day.
      </p>
      <div className="form-grid">
        <Field label="Title" hint="Optional, e.g. “Spring activity groups”." error={fieldError('title')}>
          <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field
          label="Activities on offer"
          hint="Optional; separate with commas. Leave blank for any interest people share."
          error={fieldError('activities')}
        >
          <input value={activities} onChange={(e) => setActivities(e.target.value)} />
        </Field>
        <Field label="Smallest group" error={fieldError('minSize')}>
          <LabelSelect labels={SIZE_LABELS} value={minSize} onChange={setMinSize} />
        </Field>
        <Field label="Largest group" error={fieldError('maxSize')}>
          <LabelSelect labels={SIZE_LABELS} value={maxSize} onChange={setMaxSize} />
        </Field>
      </div>
      {start.error && !fieldErrors ? <ErrorNote error={start.error} /> : null}
      <FormActions submit="Form groups" pending={start.isPending} pendingLabel="Forming groups…">
        <p role="status" className="status-line">
          {start.data ? startedWords(start.data) : ''}
        </p>
      </FormActions>
    </form>
  );
}

function startedWords(r: GroupRoundSummary): string {
  return `Formed ${plural(r.groups, 'group')} from ${plural(r.takingPart, 'member')} who chose group activities: ${plural(r.placed, 'person', 'people')} placed, ${r.unplaced} without a group this time.`;
}

export function GroupRoundsFigures({ community }: { community: Community }) {
  const rounds = useGroupRounds(community.id);
  const rows = rounds.data?.pages.flatMap((p) => p.items) ?? [];
  if (rows.length === 0) return <ErrorNote error={rounds.error} />;
  return (
    <div className="stack">
      <h3>{community.role === 'admin' ? 'Group rounds' : 'Group rounds you started'}</h3>
      <ErrorNote error={rounds.error} />
      <section
        className="table-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls on a phone, so it must be reachable by keyboard
        tabIndex={0}
        aria-label="Group rounds, as a table"
      >
        <DataTable<GroupRoundSummary>
          caption="Counts only: who answered what stays private."
          rowKey={(r) => r.id}
          rows={rows}
          columns={[
            { header: 'Round', cell: (r) => r.title },
            { header: 'Groups', cell: (r) => r.groups, num: true },
            { header: 'Placed', cell: (r) => r.placedNow, num: true },
            { header: 'No group', cell: (r) => r.unplaced, num: true },
            { header: 'In', cell: (r) => r.accepted, num: true },
            { header: 'Not this time', cell: (r) => r.declined, num: true },
            { header: 'Not answered', cell: (r) => r.pending, num: true },
          ]}
        />
      </section>
      {rounds.hasNextPage ? (
        <button type="button" onClick={() => rounds.fetchNextPage()} disabled={rounds.isFetchingNextPage}>
          Show earlier group rounds
        </button>
      ) : null}
    </div>
  );
}
