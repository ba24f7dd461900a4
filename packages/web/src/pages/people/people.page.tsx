/**
 * Your people: search and filter (kept in the address, so Back and shared links work),
 * a page at a time, each with where the tie stands, when you were last in touch and
 * whether a check-in is due; and a short form to add someone with one detail.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { AddPersonForm } from './add-person-form.tsx';
import { daysBetween, duration, formatDay, relativeDay, stageName, todayIn } from './format.ts';
import { type ListedPerson, type PeopleFilters, peopleKey } from './people.api.ts';
import { Filters } from './people-filters.tsx';
import './people.css';
import { plural } from '../../text/plural.ts';

const PAGE_SIZE = 25;

function filtersFrom(params: URLSearchParams): PeopleFilters {
  return {
    search: params.get('q') ?? '',
    stage: params.get('stage') ?? '',
    tag: params.get('tag') ?? '',
    interest: params.get('interest') ?? '',
    overdue: params.get('overdue') === '1',
  };
}

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string; merged: boolean } | null>(null);

  /** Changes one filter in the address; typing replaces the entry, a choice adds one. */
  const setFilter = (key: string, value: string, replace = false) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );
  };

  return (
    <>
      <PageHeader
        title="People"
        lead="The people you keep in touch with, and where each tie stands."
        actions={
          <button
            type="button"
            className="primary"
            aria-expanded={adding}
            aria-controls="add-person"
            onClick={() => setAdding((a) => !a)}
          >
            {adding ? 'Close the form' : 'Add a person'}
          </button>
        }
      />
      {added ? (
        <p className="note" role="status">
          {added.merged
            ? `${added.name} was already here, so what you typed was added to their entry. `
            : `${added.name} is in your people now. `}
          <Link to={`/people/${added.id}`}>Open {added.name}’s page</Link>
        </p>
      ) : null}
      {adding ? (
        <AddPersonForm
          onAdded={(result) => {
            setAdded({ id: result.person.id, name: result.person.name, merged: result.mergedInto });
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      <Filters filters={filters} setFilter={setFilter} />
      <PeopleList filters={filters} onAdd={() => setAdding(true)} />
    </>
  );
}

function PeopleList({ filters, onAdd }: { filters: PeopleFilters; onAdd: () => void }) {
  const account = useAccount();
  const today = todayIn(account.data?.timeZone);
  const query = useInfiniteQuery({
    queryKey: [...peopleKey, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<Page<ListedPerson>>('/people', {
        limit: PAGE_SIZE,
        cursor: pageParam,
        search: filters.search.trim(),
        stage: filters.stage,
        tag: filters.tag,
        interest: filters.interest,
        overdue: filters.overdue ? 'true' : undefined,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  if (query.isPending) return <Loading what="Finding your people" />;
  if (!query.data) return <ErrorNote error={query.error} title="The list could not be loaded." />;
  const people = query.data.pages.flatMap((p) => p.items);
  const filtered = Boolean(
    filters.search || filters.stage || filters.tag || filters.interest || filters.overdue,
  );

  if (people.length === 0) {
    return (
      <section className="card empty" aria-labelledby="people-empty">
        {filtered ? (
          <>
            <h2 id="people-empty">Nobody matches these filters</h2>
            <p className="muted">
              {filters.overdue
                ? 'Nobody is due a check-in right now with these filters. That is a good place to be.'
                : 'Try fewer filters, or a shorter part of the name.'}
            </p>
          </>
        ) : (
          <>
            <h2 id="people-empty">No one here yet</h2>
            <p className="muted">
              Start with one person you would like to know a little better: a colleague from another team,
              someone you met at an event. A name and one thing they told you is plenty.
            </p>
            <button type="button" className="primary" onClick={onAdd}>
              Add your first person
            </button>
          </>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="people-results">
      <h2 id="people-results" className="visually-hidden">
        Results
      </h2>
      <p className="muted" aria-live="polite">
        {query.hasNextPage
          ? `Showing the first ${people.length}.`
          : `${plural(people.length, 'person', 'people')}${filtered ? ' match' : ''}.`}
      </p>
      <ul className="people-list">
        {people.map((person) => (
          <PersonRow key={person.id} person={person} today={today} />
        ))}
      </ul>
      {query.hasNextPage ? (
        <p>
          <button type="button" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading more…' : 'Show more'}
          </button>
        </p>
      ) : null}
      {query.isFetchNextPageError ? (
        <ErrorNote error={query.error} title="More people could not be loaded." />
      ) : null}
    </section>
  );
}

function PersonRow({ person, today }: { person: ListedPerson; today: string }) {
  const work = [person.role, person.organisation].filter(Boolean).join(' at ');
  return (
    <li className="card person-row">
      <div className="person-row-main">
        <Link to={`/people/${person.id}`} className="person-name">
          {person.name}
        </Link>
        {work ? <span className="muted">{work}</span> : null}
      </div>
      <div className="row person-row-facts">
        <span className="pill">
          <span className="visually-hidden">Stage: </span>
          {stageName(person.stage, person.seniority)}
        </span>
        <span className="muted">
          {person.lastContactOn ? (
            <>
              Last in touch{' '}
              <time dateTime={person.lastContactOn} title={formatDay(person.lastContactOn)}>
                {relativeDay(person.lastContactOn, today)}
              </time>
            </>
          ) : person.metOn ? (
            <>
              Met{' '}
              <time dateTime={person.metOn} title={formatDay(person.metOn)}>
                {relativeDay(person.metOn, today)}
              </time>
              , nothing logged since
            </>
          ) : (
            'No contact logged yet'
          )}
        </span>
        {person.overdue && person.checkInDueOn ? (
          <DueMarker dueOn={person.checkInDueOn} today={today} />
        ) : null}
        {person.doNotContactUntil && person.doNotContactUntil > today ? (
          <span className="pill">Resting until {formatDay(person.doNotContactUntil)}</span>
        ) : null}
      </div>
    </li>
  );
}

function DueMarker({ dueOn, today }: { dueOn: string; today: string }) {
  const late = daysBetween(dueOn, today);
  return (
    <span className="pill warm due">
      <span aria-hidden="true">● </span>
      {late <= 0 ? 'Check-in due today' : `Check-in overdue by ${duration(late)}`}
    </span>
  );
}
