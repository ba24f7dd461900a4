/**
 * Your people: search and filter (kept in the address, so Back and shared links work),
 * a page at a time, each with where the tie stands, when you were last in touch and
 * whether a check-in is due; and a short form to add someone with one detail.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { AddPersonForm } from './add-person-form.tsx';
import {
  daysBetween,
  duration,
  formatDay,
  relativeDay,
  STAGE_FILTER_OPTIONS,
  stageName,
  todayIn,
} from './format.ts';
import { type ChosenInterest, InterestPicker } from './interest-picker.tsx';
import { type ListedPerson, type PeopleFilters, peopleKey } from './people.api.ts';
import { useDebounced } from './use-debounced.ts';
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

function Filters({
  filters,
  setFilter,
}: {
  filters: PeopleFilters;
  setFilter: (key: string, value: string, replace?: boolean) => void;
}) {
  const [search, setSearch] = useState(filters.search);
  const [tag, setTag] = useState(filters.tag);
  const settledSearch = useDebounced(search, 300);
  const settledTag = useDebounced(tag, 300);
  const overdueId = useId();

  // Back and forward change the address: the boxes follow it.
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(() => setTag(filters.tag), [filters.tag]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text is written to the address
  useEffect(() => {
    if (settledSearch !== filters.search) setFilter('q', settledSearch.trim() ? settledSearch : '', true);
  }, [settledSearch]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  useEffect(() => {
    if (settledTag !== filters.tag) setFilter('tag', settledTag.trim(), true);
  }, [settledTag]);

  const interest: ChosenInterest[] = filters.interest
    ? [{ value: filters.interest, label: interestLabel(filters.interest) }]
    : [];
  const anyFilter = Boolean(
    filters.search || filters.stage || filters.tag || filters.interest || filters.overdue,
  );

  return (
    <search className="card people-filters" aria-label="Find people">
      <div className="filter-grid">
        <Field label="Search" hint="Part of a name, organisation, team or role">
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
        <Field label="Stage">
          <select value={filters.stage} onChange={(e) => setFilter('stage', e.target.value)}>
            <option value="">Any stage</option>
            {STAGE_FILTER_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tag">
          <input value={tag} onChange={(e) => setTag(e.target.value)} />
        </Field>
        <InterestPicker
          label="Interest"
          addLabel="Filter by this"
          chosen={interest}
          onChange={(next) => {
            const last = next[next.length - 1];
            setFilter('interest', last && last.value !== filters.interest ? last.value : '');
            if (last) rememberInterestLabel(last.value, last.label);
          }}
        />
      </div>
      <div className="row filter-foot">
        <label className="check" htmlFor={overdueId}>
          <input
            id={overdueId}
            type="checkbox"
            checked={filters.overdue}
            onChange={(e) => setFilter('overdue', e.target.checked ? '1' : '')}
          />
          Only people due a check-in
        </label>
        {anyFilter ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              setSearch('');
              setTag('');
              for (const key of ['q', 'stage', 'tag', 'interest', 'overdue']) setFilter(key, '');
            }}
          >
            Clear all filters
          </button>
        ) : null}
      </div>
    </search>
  );
}

// Labels of interests chosen in this tab, so a filter shows "Bouldering", not its key.
const interestLabels = new Map<string, string>();
function rememberInterestLabel(key: string, label: string) {
  interestLabels.set(key, label);
}
function interestLabel(key: string): string {
  const known = interestLabels.get(key);
  if (known) return known;
  const slug = key.startsWith('custom:') ? key.slice(7) : key;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
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
