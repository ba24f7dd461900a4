/**
 * One person: where the tie stands on the ladder (and where Kindred thinks it stands),
 * the next step, the timeline of what happened and what they told you, the give/ask
 * balance, what they enjoy, their boundaries, and the actions that keep all of it true.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { PersonOverview } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { BoundariesForm } from './boundaries-form.tsx';
import { ConfirmButton } from './confirm-button.tsx';
import { DetailForm } from './detail-form.tsx';
import { EditPersonForm } from './edit-person-form.tsx';
import { times, todayIn } from './format.ts';
import { LogInteractionForm } from './log-interaction-form.tsx';
import { personKey, usePersonOverview, useRefreshAll } from './people.api.ts';
import { PersonFacts } from './person-facts.tsx';
import { PersonLadder } from './person-ladder.tsx';
import { PersonTimeline } from './person-timeline.tsx';
import './people.css';

export function PersonPage() {
  const { id = '' } = useParams();
  const overview = usePersonOverview(id);
  if (overview.isPending) return <Loading what="Opening their page" />;
  if (overview.error) {
    if (overview.error instanceof ApiError && overview.error.status === 404) return <PersonNotFound />;
    return (
      <>
        <PageHeader title="Person" />
        <ErrorNote error={overview.error} title="Their page could not be loaded." />
        <p>
          <Link to="/people">Back to your people</Link>
        </p>
      </>
    );
  }
  return <PersonView overview={overview.data} />;
}

function PersonNotFound() {
  return (
    <>
      <PageHeader
        title="We could not find this person"
        lead="They may have been removed, or the link is not quite right. Nothing else has changed."
      />
      <p>
        <Link to="/people">Back to your people</Link>
      </p>
    </>
  );
}

type Panel = 'log' | 'detail' | 'edit' | null;

function PersonView({ overview }: { overview: PersonOverview }) {
  const { person } = overview;
  const account = useAccount();
  const today = todayIn(account.data?.timeZone);
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const navigate = useNavigate();
  const refresh = useRefreshAll();
  const queryClient = useQueryClient();

  const remove = useMutation({
    mutationFn: () => api.delete(`/people/${person.id}`),
    onSuccess: () => {
      // Leave first, so the page does not flash "not found" for the person just deleted.
      navigate('/people', { replace: true });
      queryClient.removeQueries({ queryKey: personKey(person.id) });
      void refresh();
    },
  });

  const toggle = (next: Panel) => {
    setNotice(null);
    setPanel((p) => (p === next ? null : next));
  };
  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };
  const work = [person.role, person.team, person.organisation].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        title={person.name}
        lead={work || undefined}
        actions={
          <>
            <button type="button" aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>
              Edit details
            </button>
            <ConfirmButton
              label="Delete"
              accessibleLabel={`Delete ${person.name}`}
              className=""
              question={`Delete ${person.name} with everything you noted about them? This cannot be undone.`}
              confirmLabel="Yes, delete"
              busy={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          </>
        }
      />
      <p className="muted no-print">
        <Link to="/people">← All people</Link>
      </p>
      {remove.error ? <ErrorNote error={remove.error} title="They could not be deleted." /> : null}
      {panel === 'edit' ? (
        <EditPersonForm
          person={person}
          onDone={() => done('Your changes are saved.')}
          onCancel={() => setPanel(null)}
        />
      ) : null}

      <div className="row no-print person-actions">
        <button
          type="button"
          className="primary"
          aria-expanded={panel === 'log'}
          onClick={() => toggle('log')}
        >
          Log an interaction
        </button>
        <button type="button" aria-expanded={panel === 'detail'} onClick={() => toggle('detail')}>
          Add a detail
        </button>
      </div>
      {notice ? (
        <p className="note" role="status">
          {notice}
        </p>
      ) : null}
      {panel === 'log' ? (
        <LogInteractionForm
          person={person}
          today={today}
          onDone={(message) => done(message)}
          onCancel={() => setPanel(null)}
        />
      ) : null}
      {panel === 'detail' ? (
        <DetailForm
          person={person}
          onDone={() => done('Kept. It is in the timeline below.')}
          onCancel={() => setPanel(null)}
        />
      ) : null}

      <div className="person-grid">
        <div className="stack">
          <PersonLadder overview={overview} />
          <Balance overview={overview} />
          <PersonTimeline overview={overview} today={today} />
        </div>
        <div className="stack">
          <PersonFacts person={person} />
          <BoundariesForm person={person} today={today} />
        </div>
      </div>
    </>
  );
}

function Balance({ overview }: { overview: PersonOverview }) {
  const { gives, asks } = overview.balance;
  const name = overview.person.name.split(' ')[0] ?? overview.person.name;
  let words: string;
  if (gives === 0 && asks === 0)
    words = 'In the last six months you have neither given nor asked anything yet.';
  else if (gives === 0) words = `In the last six months you have asked ${times(asks)} and not given yet.`;
  else if (asks === 0)
    words = `In the last six months you have given ${times(gives)} and not asked anything.`;
  else words = `In the last six months you have given ${times(gives)} and asked ${times(asks)}.`;
  const tilted = asks >= 2 && asks - gives >= 2;
  return (
    <section className="card" aria-labelledby="balance-title">
      <h2 id="balance-title">Give and ask</h2>
      <p>{words}</p>
      <dl className="facts">
        <dt>Gives</dt>
        <dd>{gives}</dd>
        <dt>Asks</dt>
        <dd>{asks}</dd>
      </dl>
      {tilted ? (
        <p className="note">
          The balance leans towards asking. Something small for {name} would even it out: a useful link, a
          congratulation, an offer of help.
        </p>
      ) : null}
    </section>
  );
}
