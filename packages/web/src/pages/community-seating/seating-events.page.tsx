/**
 * A community's seating events (/communities/:id/seating). Admins see every event and
 * plan a new one here; a member sees the events they attend and opens their own
 * schedule. A community you are not in reads as not found, exactly as the API answers.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { plural } from '../../text/plural.ts';
import { useCommunity } from '../communities/communities.api.ts';
import { CommunityCrumbs } from '../communities/community-parts.tsx';
import { useSeatingEvents } from './seating.api.ts';
import './seating.css';
import { SeatingForm } from './seating-form.tsx';

export function SeatingEventsPage() {
  const { id = '' } = useParams();
  const community = useCommunity(id);
  const events = useSeatingEvents(id);
  const [planning, setPlanning] = useState(false);

  if (community.isPending) return <Loading what="Opening the community" />;
  if (community.error) {
    const missing = community.error instanceof ApiError && community.error.status === 404;
    return (
      <div className="stack">
        <PageHeader title={missing ? 'Community not found' : 'Seating'} />
        <ErrorNote error={community.error} />
        <p>
          <Link to="/communities">Back to your communities</Link>
        </p>
      </div>
    );
  }
  const c = community.data;
  const admin = c.role === 'admin';
  const rows = events.data?.items ?? [];
  return (
    <div className="stack seating-page">
      <CommunityCrumbs id={c.id} name={c.name} />
      <PageHeader
        title={`Seating at ${c.name}`}
        lead={
          admin
            ? 'Plan who sits where at a dinner or event, so everyone meets as many new people as the rounds allow.'
            : 'The events you are seated at, and where you sit in each round.'
        }
        actions={
          admin && !planning ? (
            <button type="button" className="primary" onClick={() => setPlanning(true)}>
              Plan a seating event
            </button>
          ) : null
        }
      />
      {planning ? <SeatingForm communityId={c.id} onCancel={() => setPlanning(false)} /> : null}
      <section aria-labelledby="seating-list-title" className="stack">
        <h2 id="seating-list-title">{admin ? 'Seating events' : 'Where you are seated'}</h2>
        {events.isPending ? <Loading what="Finding the seating events" /> : null}
        <ErrorNote error={events.error} title="The seating events could not be loaded." />
        {events.data && rows.length === 0 ? (
          <p className="muted">
            {admin ? 'No seating events yet.' : 'You are not seated at any event here yet.'}
          </p>
        ) : null}
        {rows.length > 0 ? (
          <ul className="seating-list">
            {rows.map((e) => (
              <li key={e.id} className="card">
                <h3>
                  <Link to={`/communities/${c.id}/seating/${e.id}`}>{e.title}</Link>
                </h3>
                <p className="muted">
                  {e.date ? `${e.date} · ` : ''}
                  {plural(e.attendeeCount, 'guest')} · {plural(e.tableCount, 'table')} ·{' '}
                  {plural(e.rounds, 'round')}
                  {e.attending ? ' · you are coming' : ''}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
