/**
 * The People list's filters: a search box (debounced), stage, tag, interest and "due a
 * check-in", each kept in the address by the page.
 */
import { useEffect, useId, useState } from 'react';
import { Field } from '../../components/field.tsx';
import { STAGE_FILTER_OPTIONS } from './format.ts';
import { type ChosenInterest, InterestPicker } from './interest-picker.tsx';
import type { PeopleFilters } from './people.api.ts';
import { useDebounced } from './use-debounced.ts';

export function Filters({
  filters,
  setFilter,
}: {
  filters: PeopleFilters;
  setFilter: (key: string, value: string, replace?: boolean) => void;
}) {
  const [search, setSearch] = useState(filters.search);
  const [tag, setTag] = useState(filters.tag);
  // Ticked at once, not when the address has caught up: a navigation can take a moment,
  // and a box that does not respond to a click reads as broken.
  const [overdue, setOverdue] = useState(filters.overdue);
  const settledSearch = useDebounced(search, 300);
  const settledTag = useDebounced(tag, 300);
  const overdueId = useId();

  // Back and forward change the address: the boxes follow it.
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(() => setTag(filters.tag), [filters.tag]);
  useEffect(() => setOverdue(filters.overdue), [filters.overdue]);
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
            checked={overdue}
            onChange={(e) => {
              setOverdue(e.target.checked);
              setFilter('overdue', e.target.checked ? '1' : '');
            }}
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
              setOverdue(false);
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
