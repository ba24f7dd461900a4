/**
 * Events: what is coming up and what has been, a short form to add one with the people
 * you expect there, and removing one (after a second, explicit yes).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { KindredEvent } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { ConfirmActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { relativeDay, shortDay, todayIn } from './dates.ts';
import { EventForm } from './event-form.tsx';
import { eventsKey, KIND_LABELS, useEvents } from './events.api.ts';
import './events.css';

export function EventsPage() {
  const account = useAccount();
  const events = useEvents();
  const today = todayIn(account.data?.timeZone);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const formId = useId();
  const noEvents = events.data?.length === 0;
  const formOpen = adding || noEvents;

  const upcoming = (events.data ?? []).filter((e) => e.startsOn >= today);
  const past = (events.data ?? []).filter((e) => e.startsOn < today).reverse();

  return (
    <div className="stack events-page">
      <PageHeader
        title="Events"
        lead="Choose a few events that fit what you care about, prepare for each, and note who you met afterwards."
        actions={
          noEvents ? null : (
            <button
              type="button"
              className={formOpen ? undefined : 'primary'}
              aria-expanded={formOpen}
              aria-controls={formId}
              onClick={() => setAdding((open) => !open)}
            >
              {formOpen ? 'Close the form' : 'Add an event'}
            </button>
          )
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {formOpen ? (
        <section id={formId} className="card" aria-labelledby={`${formId}-title`}>
          <h2 id={`${formId}-title`}>Add an event</h2>
          <EventForm
            today={today}
            autoFocus={adding}
            onCancel={noEvents ? undefined : () => setAdding(false)}
          />
        </section>
      ) : null}

      {events.isPending ? <Loading what="Finding your events" /> : null}
      {events.error ? <ErrorNote error={events.error} title="Your events could not be loaded." /> : null}

      {events.data && !noEvents ? (
        <>
          <section aria-labelledby="upcoming-title" className="stack">
            <h2 id="upcoming-title">Coming up</h2>
            {upcoming.length === 0 ? (
              <p className="muted">
                Nothing planned. A small meetup on a topic you enjoy is a gentle place to start.
              </p>
            ) : (
              <EventList events={upcoming} today={today} onDeleted={setAnnouncement} />
            )}
          </section>
          <section aria-labelledby="past-title" className="stack">
            <h2 id="past-title">Past events</h2>
            {past.length === 0 ? (
              <p className="muted">
                None yet. Once an event has passed, debrief it here while the memory is fresh.
              </p>
            ) : (
              <EventList events={past} today={today} onDeleted={setAnnouncement} />
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}

function EventList({
  events,
  today,
  onDeleted,
}: {
  events: KindredEvent[];
  today: string;
  onDeleted: (message: string) => void;
}) {
  return (
    <ul className="event-list">
      {events.map((event) => (
        <EventItem key={event.id} event={event} today={today} onDeleted={onDeleted} />
      ))}
    </ul>
  );
}

function EventItem({
  event,
  today,
  onDeleted,
}: {
  event: KindredEvent;
  today: string;
  onDeleted: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const remove = useMutation({
    mutationFn: () => api.delete(`/events/${event.id}`),
    onSuccess: async () => {
      onDeleted(`${event.name} was deleted.`);
      await queryClient.invalidateQueries({ queryKey: eventsKey });
    },
  });

  // Focus follows the question: onto "Keep it" when asked, back to Delete when kept.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const past = event.startsOn < today;
  const attendees = event.attendees.length;
  return (
    <li className="card event-item">
      <div className="event-item-main">
        <h3>
          <Link to={`/events/${event.id}`}>{event.name}</Link>
        </h3>
        <p className="muted event-meta">
          <time dateTime={event.startsOn}>{shortDay(event.startsOn)}</time> (
          {relativeDay(event.startsOn, today)}){event.location ? ` · ${event.location}` : ''}
        </p>
        <p className="row event-pills">
          <span className="pill">{KIND_LABELS[event.kind]}</span>
          <span className="pill">{attendees === 0 ? 'No expected attendees' : `${attendees} expected`}</span>
          {event.debriefedAt ? (
            <span className="pill accent">Debriefed</span>
          ) : past ? (
            <span className="pill warm">Ready to debrief</span>
          ) : null}
        </p>
      </div>
      <div className="event-item-actions">
        {confirming ? (
          <fieldset className="confirm">
            <legend>Delete {event.name}?</legend>
            <p>Its prep sheet goes; people you met there stay.</p>
            <ConfirmActions
              confirm="Delete event"
              onConfirm={() => remove.mutate()}
              pending={remove.isPending}
              pendingLabel="Deleting…"
              keep="Keep it"
              onKeep={() => setConfirming(false)}
              keepRef={keepRef}
            />
            <ErrorNote error={remove.error} />
          </fieldset>
        ) : (
          <div className="row">
            <Link className="button" to={`/events/${event.id}`}>
              {past ? (event.debriefedAt ? 'Open' : 'Debrief') : 'Prep sheet'}
              <span className="visually-hidden"> for {event.name}</span>
            </Link>
            <button type="button" ref={deleteRef} onClick={() => setConfirming(true)}>
              Delete<span className="visually-hidden"> {event.name}</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
