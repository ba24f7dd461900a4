/**
 * One seating event (/communities/:id/seating/:eventId). An admin sees the plan round by
 * round, how many new pairs meet, a warning when a member has left since it was planned,
 * and opens the printable place cards in a new tab, changes the setup, plans again or
 * deletes. A member who attends sees only their own schedule: their table each round and
 * who sits with them.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { ConfirmActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { plural } from '../../text/plural.ts';
import { useCommunity } from '../communities/communities.api.ts';
import {
  placeCardsUrl,
  type SeatingEvent,
  seatingEventKey,
  seatingEventsKey,
  seatingPath,
  useMySchedule,
  useSeatingEvent,
} from './seating.api.ts';
import './seating.css';
import { SeatingForm } from './seating-form.tsx';

export function SeatingEventPage() {
  const { id = '', eventId = '' } = useParams();
  const community = useCommunity(id);
  const admin = community.data?.role === 'admin';
  const event = useSeatingEvent(id, eventId, admin);
  const schedule = useMySchedule(id, eventId, community.data !== undefined && !admin);

  if (community.isPending || (admin ? event.isPending : schedule.isPending)) {
    return <Loading what="Opening the seating plan" />;
  }
  const error = community.error ?? (admin ? event.error : schedule.error);
  if (error || !community.data) {
    return (
      <div className="stack">
        <PageHeader title="Seating event not found" />
        <ErrorNote error={error} />
        <p>
          <Link to={`/communities/${id}/seating`}>Back to the seating events</Link>
        </p>
      </div>
    );
  }
  const crumbs = (
    <nav aria-label="Breadcrumb" className="crumbs no-print">
      <Link to="/communities">Communities</Link> /{' '}
      <Link to={`/communities/${id}`}>{community.data.name}</Link> /{' '}
      <Link to={`/communities/${id}/seating`}>Seating</Link>
    </nav>
  );
  if (!admin && schedule.data) {
    const s = schedule.data;
    return (
      <div className="stack seating-page">
        {crumbs}
        <PageHeader title={s.title} lead={s.date ? `On ${s.date}` : 'Your seats, round by round'} />
        {s.needsReplan ? (
          <p className="note">Someone has left since this plan was made; the hosts may still move seats.</p>
        ) : null}
        <section aria-labelledby="my-seats-title" className="stack">
          <h2 id="my-seats-title">Your seats</h2>
          <ol className="seating-schedule">
            {s.rounds.map((r) => (
              <li key={r.round} className="card">
                <h3>{r.name}</h3>
                <p>
                  <strong>{r.tableName ?? 'No seat this round'}</strong>
                </p>
                {r.with.length > 0 ? <p className="muted">With {r.with.join(', ')}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    );
  }
  return event.data ? <AdminView communityId={id} event={event.data} crumbs={crumbs} /> : null;
}

function AdminView({
  communityId,
  event,
  crumbs,
}: {
  communityId: string;
  event: SeatingEvent;
  crumbs: React.ReactNode;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const path = `${seatingPath(communityId)}/${event.id}`;
  const replan = useMutation({
    mutationFn: () => api.post<SeatingEvent>(`${path}/replan`),
    onSuccess: (fresh) => queryClient.setQueryData(seatingEventKey(communityId, event.id), fresh),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(path),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: seatingEventsKey(communityId) });
      navigate(`/communities/${communityId}/seating`);
    },
  });
  const { plan } = event;
  const s = plan.stats;
  return (
    <div className="stack seating-page">
      {crumbs}
      <PageHeader
        title={event.title}
        lead={`${event.date ? `${event.date} · ` : ''}${plural(s.guests, 'guest')} · ${plural(s.tables, 'table')} · ${plural(s.rounds, 'round')}`}
        actions={
          <a
            className="button primary"
            href={placeCardsUrl(communityId, event.id)}
            target="_blank"
            rel="noopener"
          >
            Open the place cards
          </a>
        }
      />
      {plan.needsReplan ? (
        <p className="note" role="status">
          {plural(plan.departedSincePlanned, 'member has', 'members have')} left the community since this plan
          was made; their seats show empty. Plan again before printing.
        </p>
      ) : null}
      <section aria-labelledby="seating-stats-title" className="card stack">
        <h2 id="seating-stats-title">How well people mix</h2>
        <p>
          {s.distinctPairs} of {s.possiblePairs} possible pairs share a table at least once.{' '}
          {s.repeats === 0
            ? 'Nobody sits with the same person twice.'
            : `${plural(s.repeats, 'time')} two people share a table again (no plan for these numbers can do with fewer than ${s.repeatsLowerBound}).`}
        </p>
        <p className="muted">{s.bound}</p>
        <div className="row no-print">
          <button type="button" onClick={() => setEditing(true)} disabled={editing}>
            Change the setup
          </button>
          <button type="button" onClick={() => replan.mutate()} disabled={replan.isPending}>
            {replan.isPending ? 'Planning…' : 'Plan again'}
          </button>
          {confirming ? null : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete this event
            </button>
          )}
        </div>
        {confirming ? (
          <ConfirmActions
            confirm="Delete event"
            onConfirm={() => remove.mutate()}
            pending={remove.isPending}
            pendingLabel="Deleting…"
            keep="Keep it"
            onKeep={() => setConfirming(false)}
          />
        ) : null}
        <ErrorNote error={replan.error ?? remove.error} />
      </section>
      {editing ? (
        <SeatingForm
          communityId={communityId}
          event={event}
          onCancel={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
      {plan.rounds.map((round) => (
        <section key={round.round} aria-labelledby={`round-${round.round}`} className="stack">
          <h2 id={`round-${round.round}`}>{round.name}</h2>
          <ul className="seating-tables">
            {round.tables.map((table) => (
              <li key={table.table} className="card">
                <h3>{table.name}</h3>
                <ul className="seating-guests">
                  {table.guests.map((g) => (
                    <li key={g.ref}>{g.name}</li>
                  ))}
                </ul>
                {table.seats > table.guests.length ? (
                  <p className="muted">{plural(table.seats - table.guests.length, 'empty seat')}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
