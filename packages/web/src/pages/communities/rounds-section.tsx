/**
 * Pairing rounds, for admins: when they run and by which rules, running one now, and past
 * rounds with their figures (counts only, never who said what). Pairs kept apart live in
 * their own part (kept-apart.tsx).
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
import { Loading } from '../../components/loading.tsx';
import { plural } from '../../text/plural.ts';
import { DAY_LABELS, type Weekday } from './communities.api.ts';
import { ZoneSelect } from './community-parts.tsx';
import { KeptApart } from './kept-apart.tsx';
import {
  CADENCE_LABELS,
  type Cadence,
  instant,
  type RoundOutcome,
  type RoundRules,
  type RoundSummary,
  roundsKey,
  rulesKey,
  useRoundRules,
  useRounds,
} from './matches.api.ts';

const HOURS = Object.fromEntries(
  Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, '0')}:00`]),
) as Record<string, string>;

export function RoundsSection({ community }: { community: Community }) {
  const rules = useRoundRules(community.id);
  return (
    <section aria-labelledby="rounds-title" className="card stack">
      <h2 id="rounds-title">Pairing rounds</h2>
      <p className="muted">
        Each round pairs every member who is not taking a break (a trio when numbers are odd), favouring
        shared interests and people who have not met.
      </p>
      {rules.isPending ? <Loading what="Reading the rules" /> : null}
      <ErrorNote error={rules.error} />
      {rules.data ? <RulesForm community={community} rules={rules.data} /> : null}
      <RunNow community={community} />
      <PastRounds community={community} timeZone={rules.data?.timeZone ?? 'UTC'} />
      <KeptApart community={community} />
    </section>
  );
}

function RulesForm({ community, rules }: { community: Community; rules: RoundRules }) {
  const queryClient = useQueryClient();
  const [cadence, setCadence] = useState<Cadence>(rules.cadence);
  const [weekday, setWeekday] = useState<Weekday>(rules.weekday);
  const [hour, setHour] = useState(String(rules.hour));
  const [timeZone, setTimeZone] = useState(rules.timeZone);
  const [crossTeamOnly, setCrossTeamOnly] = useState(rules.crossTeamOnly);
  const [repeat, setRepeat] = useState(String(rules.repeatWindowDays));
  const save = useMutation({
    mutationFn: () =>
      api.put<RoundRules>(`/communities/${community.id}/rounds/rules`, {
        cadence,
        weekday,
        hour: Number(hour),
        timeZone,
        crossTeamOnly,
        repeatWindowDays: Number(repeat),
      }),
    onSuccess: (saved) => queryClient.setQueryData(rulesKey(community.id), saved),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldErrors = error?.details.some((d) => d.field) ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="rules-title">
      <h3 id="rules-title">When rounds run</h3>
      <div className="form-grid">
        <Field label="How often" error={error?.forField('cadence')}>
          <LabelSelect labels={CADENCE_LABELS} value={cadence} onChange={setCadence} />
        </Field>
        <Field label="On" error={error?.forField('weekday')}>
          <LabelSelect labels={DAY_LABELS} value={weekday} onChange={setWeekday} />
        </Field>
        <Field label="At" error={error?.forField('hour')}>
          <LabelSelect labels={HOURS} value={hour} onChange={setHour} />
        </Field>
        <ZoneSelect
          label="On the clock of"
          value={timeZone}
          onChange={setTimeZone}
          error={error?.forField('timeZone')}
        />
        <Field
          label="Not again within (days)"
          hint="Two people are not paired again this soon. 0 allows it."
          error={error?.forField('repeatWindowDays')}
        >
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={730}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={crossTeamOnly} onChange={(e) => setCrossTeamOnly(e.target.checked)} />
        Only pair people from different teams
      </label>
      <p className="muted small">
        {(save.data?.nextRoundAt ?? rules.nextRoundAt)
          ? `Next round: ${instant((save.data?.nextRoundAt ?? rules.nextRoundAt) as string, save.data?.timeZone ?? rules.timeZone)}.`
          : 'Rounds are off: they run only when you run one below.'}
      </p>
      {save.error && !fieldErrors ? <ErrorNote error={save.error} /> : null}
      <FormActions submit="Save the rules" pending={save.isPending} pendingLabel="Saving…">
        <p role="status" className="status-line">
          {save.isSuccess ? 'Saved.' : ''}
        </p>
      </FormActions>
    </form>
  );
}

function RunNow({ community }: { community: Community }) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => api.post<RoundOutcome>(`/communities/${community.id}/rounds`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roundsKey(community.id) }),
        queryClient.invalidateQueries({ queryKey: ['communities', community.id, 'matches'] }),
        queryClient.invalidateQueries({ queryKey: rulesKey(community.id) }),
      ]),
  });
  const outcome = run.data;
  return (
    <div className="stack">
      <h3>Run a round now</h3>
      <p className="muted small">
        The schedule stays as it is. Everyone paired hears by email where it is set up.
      </p>
      <div className="row">
        <button type="button" onClick={() => run.mutate()} disabled={run.isPending}>
          {run.isPending ? 'Pairing…' : 'Run a round now'}
        </button>
      </div>
      <p role="status" className="status-line">
        {outcome ? outcomeWords(outcome) : ''}
      </p>
      <ErrorNote error={run.error} />
    </div>
  );
}

function outcomeWords(o: RoundOutcome): string {
  const paired = o.pairs * 2 + o.trios * 3;
  const parts = [
    `Paired ${plural(paired, 'member')}: ${plural(o.pairs, 'pair')}, ${plural(o.trios, 'trio')}.`,
  ];
  if (o.resting) parts.push(`${plural(o.resting, 'member')} resting (on a break, or not due yet).`);
  if (o.unmatched.length)
    parts.push(`${plural(o.unmatched.length, 'member')} could not be paired this time.`);
  return parts.join(' ');
}

function PastRounds({ community, timeZone }: { community: Community; timeZone: string }) {
  const rounds = useRounds(community.id);
  const rows = rounds.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="stack">
      <h3>Past rounds</h3>
      {rounds.isPending ? <Loading what="Reading past rounds" /> : null}
      <ErrorNote error={rounds.error} />
      {rounds.data && rows.length === 0 ? <p className="muted">No round has run yet.</p> : null}
      {rows.length > 0 ? (
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls on a phone, so it must be reachable by keyboard
          tabIndex={0}
          aria-label="Past rounds, as a table"
        >
          <DataTable<RoundSummary>
            caption="Counts only: who answered what stays private."
            rowKey={(r) => r.id}
            rows={rows}
            columns={[
              { header: 'Ran', cell: (r) => instant(r.ranAt, timeZone) },
              { header: 'How', cell: (r) => (r.trigger === 'admin' ? 'By hand' : 'On schedule') },
              { header: 'Matched', cell: (r) => r.matchedMembers, num: true },
              { header: 'Accepted', cell: (r) => r.accepted, num: true },
              { header: 'Declined', cell: (r) => r.declined, num: true },
              { header: 'Met', cell: (r) => r.met, num: true },
            ]}
          />
        </section>
      ) : null}
      {rounds.hasNextPage ? (
        <button type="button" onClick={() => rounds.fetchNextPage()} disabled={rounds.isFetchingNextPage}>
          Show earlier rounds
        </button>
      ) : null}
    </div>
  );
}
