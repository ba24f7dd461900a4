/**
 * One event: its details and expected attendees, the printable prep sheet, and after
 * the day, the debrief that turns the people you met into people you keep.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { EventPrep, KindredEvent } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { longDay, relativeDay, todayIn } from './dates.ts';
import { DebriefForm } from './debrief-form.tsx';
import { KIND_LABELS, prepKey, useEvent } from './events.api.ts';
import { PrepSheet } from './prep-sheet.tsx';
import './events.css';

export function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);

  if (event.isPending) return <Loading what="Opening the event" />;
  if (event.error) {
    const missing = event.error instanceof ApiError && event.error.status === 404;
    return (
      <div className="stack">
        <PageHeader title={missing ? 'No such event' : 'Event'} />
        {missing ? (
          <p>
            This event is not among yours; it may have been deleted.{' '}
            <Link to="/events">See all your events</Link>.
          </p>
        ) : (
          <ErrorNote error={event.error} title="The event could not be loaded." />
        )}
      </div>
    );
  }
  return <EventView event={event.data} />;
}

function EventView({ event }: { event: KindredEvent }) {
  const account = useAccount();
  const location = useLocation();
  const today = todayIn(account.data?.timeZone);
  const justAdded = Boolean((location.state as { added?: boolean } | null)?.added);
  const prep = useQuery({
    queryKey: prepKey(event.id),
    queryFn: () => api.get<EventPrep>(`/events/${event.id}/prep`),
  });
  const debriefOpen = event.startsOn <= today;

  return (
    <div className="stack event-page">
      <p className="no-print back-link">
        <Link to="/events">← All events</Link>
      </p>
      <PageHeader
        title={event.name}
        lead={
          <>
            <time dateTime={event.startsOn}>{longDay(event.startsOn)}</time> (
            {relativeDay(event.startsOn, today)}) · {KIND_LABELS[event.kind]}
            {event.location ? ` · ${event.location}` : ''}
          </>
        }
        actions={
          prep.data ? (
            <button type="button" className="primary" onClick={() => window.print()}>
              Print the prep sheet
            </button>
          ) : null
        }
      />
      {justAdded ? (
        <p className="note no-print" role="status">
          {debriefOpen
            ? 'Added. Note who you met while it is fresh; the prep sheet is below.'
            : 'Added. Here is your prep sheet: print it, or keep it open on your phone.'}
        </p>
      ) : null}

      <section className="card no-print event-details" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <dl className="details-list">
          <dt>When</dt>
          <dd>{longDay(event.startsOn)}</dd>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[event.kind]}</dd>
          {event.location ? (
            <>
              <dt>Where</dt>
              <dd>{event.location}</dd>
            </>
          ) : null}
          <dt>Energy</dt>
          <dd>{event.energyCost} points</dd>
          {event.goal ? (
            <>
              <dt>Your goal</dt>
              <dd>{event.goal}</dd>
            </>
          ) : null}
          {event.debriefedAt ? (
            <>
              <dt>Debriefed</dt>
              <dd>{longDay(event.debriefedAt.slice(0, 10))}</dd>
            </>
          ) : null}
        </dl>
        <h3>Expected attendees</h3>
        {event.attendees.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <ul className="attendee-list">
            {event.attendees.map((a) => (
              <li key={a.id}>
                {a.personId ? <Link to={`/people/${a.personId}`}>{a.name}</Link> : a.name}
                {a.organisation ? ` · ${a.organisation}` : ''}
                {a.role ? ` · ${a.role}` : ''}
                {a.personId ? <span className="pill accent">You know them</span> : null}
                {a.interests.length ? (
                  <span className="muted"> — {a.interests.map((i) => i.label).join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {debriefOpen ? <DebriefSection event={event} /> : null}

      <section className="card prep-card">
        {prep.isPending ? <Loading what="Preparing your prep sheet" /> : null}
        {prep.error ? <ErrorNote error={prep.error} title="The prep sheet could not be made." /> : null}
        {prep.data ? <PrepSheet prep={prep.data} /> : null}
      </section>

      {debriefOpen ? null : (
        <section className="card no-print" aria-labelledby="debrief-title">
          <h2 id="debrief-title">Debrief</h2>
          <p className="muted">
            After the event (from {longDay(event.startsOn)}), come back here to note who you met, with one
            detail each. Kindred then schedules a short follow-up to each.
          </p>
        </section>
      )}
    </div>
  );
}

/** Placed above the prep sheet once the day has come, and kept there, so its result stays put. */
function DebriefSection({ event }: { event: KindredEvent }) {
  return (
    <section className="card no-print debrief" aria-labelledby="debrief-title">
      <h2 id="debrief-title">Debrief</h2>
      {event.debriefedAt ? (
        <p className="muted">Debriefed already. Remembered someone else? Add them here.</p>
      ) : (
        <p>Who did you meet? Note them within two days, while the memory is fresh.</p>
      )}
      <DebriefForm event={event} />
    </section>
  );
}
