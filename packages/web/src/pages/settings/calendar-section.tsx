/**
 * The private calendar link: your plan's steps and your events, in the calendar app you
 * already use. The link is a secret, shown only when made; a new one replaces the old.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { ConfirmActions } from '../../components/form-actions.tsx';
import { Loading } from '../../components/loading.tsx';
import { CopyField } from './copy-field.tsx';
import { focusOnMount } from './focus-on-mount.ts';
import { longDate } from './format.ts';
import { StatusNote } from './status-note.tsx';

const feedKey = ['calendar-feed'] as const;

interface FeedStatus {
  active: boolean;
  createdAt: string | null;
}

export function CalendarSection() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: feedKey, queryFn: () => api.get<FeedStatus>('/calendar-feed') });
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: () => api.post<{ url: string; createdAt: string }>('/calendar-feed'),
    onSuccess: (feed) => {
      setUrl(feed.url);
      setSaid(null);
      queryClient.setQueryData<FeedStatus>(feedKey, { active: true, createdAt: feed.createdAt });
    },
  });
  const turnOff = useMutation({
    mutationFn: () => api.delete('/calendar-feed'),
    onSuccess: () => {
      setUrl(null);
      setAsking(false);
      setSaid('The calendar link is off. Calendars subscribed to it will stop updating.');
      queryClient.setQueryData<FeedStatus>(feedKey, { active: false, createdAt: null });
    },
  });
  const active = status.data?.active ?? false;

  return (
    <section className="card stack settings-section" id="calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar feed</h2>
      <p className="muted">
        See your plan’s steps and your events in the calendar you already use (Google Calendar, Apple
        Calendar, Outlook): add this private link there as a subscription, “from URL”. Your calendar app
        checks it now and then; Kindred never writes to your calendar. Anyone with the link can read it, so
        keep it to yourself.
      </p>
      {status.error ? <ErrorNote error={status.error} /> : null}
      {status.isPending ? <Loading what="Checking your calendar link" /> : null}
      {url ? (
        <div className="note stack secret-note">
          <CopyField
            label="Your private calendar link"
            hint="Shown only now. If you lose it, make a new one."
            value={url}
          />
        </div>
      ) : active && status.data?.createdAt ? (
        <p>
          Your calendar link is on (made {longDate(status.data.createdAt)}). For your privacy it is shown only
          when it is made; if you need it again, make a new one, and the old one stops working.
        </p>
      ) : status.data ? (
        <p>There is no calendar link yet.</p>
      ) : null}
      {make.error ? <ErrorNote error={make.error} /> : null}
      {status.data ? (
        <div className="row">
          <button
            type="button"
            className={active ? undefined : 'primary'}
            onClick={() => make.mutate()}
            disabled={make.isPending}
          >
            {make.isPending ? 'Making it…' : active ? 'Make a new link' : 'Make my calendar link'}
          </button>
          {active && !asking ? (
            <button type="button" onClick={() => setAsking(true)}>
              Turn the link off
            </button>
          ) : null}
        </div>
      ) : null}
      {asking ? (
        <div className="confirm">
          <p>Turn the link off? Calendars subscribed to it stop showing your plan.</p>
          <ConfirmActions
            confirm="Yes, turn it off"
            onConfirm={() => turnOff.mutate()}
            pending={turnOff.isPending}
            keep="Keep it on"
            onKeep={() => setAsking(false)}
            keepRef={focusOnMount}
          />
          {turnOff.error ? <ErrorNote error={turnOff.error} /> : null}
        </div>
      ) : null}
      <StatusNote message={said} />
    </section>
  );
}
