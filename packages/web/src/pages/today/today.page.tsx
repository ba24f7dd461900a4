/**
 * Today: a line to capture someone just met, the week's energy, and the few steps the
 * plan proposes for today (or the whole week), each ready to act on where it stands.
 */
import { NOTHING_DUE_NOTE } from '@kindred/core/planner/plan-notes.ts';
import { weekStart } from '@kindred/core/time/local-date.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Plan, PlanAction } from '../../api/types.ts';
import { EnergyGauge } from '../../components/energy-gauge.tsx';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QuickCapture } from '../../components/quick-capture.tsx';
import { longDay, relativeDay } from './days.ts';
import type { DraftEdits } from './draft-box.tsx';
import type { Answer } from './plan-answers.tsx';
import { PlanCard } from './plan-card.tsx';
import { formLabel } from './plan-words.ts';
import { type Horizon, planKey, useHasPeople, usePlan } from './today.api.ts';
import './today.css';

interface Said {
  text: string;
  person?: { id: string; name: string };
}

function useDraftEdits(): DraftEdits {
  const [edits, setEdits] = useState<Record<string, string>>({});
  return {
    get: (key) => edits[key],
    set: (key, value) =>
      setEdits((old) => {
        const next = { ...old };
        if (value === undefined) delete next[key];
        else next[key] = value;
        return next;
      }),
  };
}

function saidFor(answer: Answer, people: Record<string, string>, today: string): Said {
  const id = answer.action.personIds[0];
  const person = id ? { id, name: people[id] ?? 'them' } : undefined;
  const who = answer.action.personIds.map((p) => people[p] ?? 'them').join(' and ');
  switch (answer.kind) {
    case 'done':
      return {
        text: `Logged your ${formLabel(answer.action.form).toLowerCase()} with ${who}. One more thread kept warm.`,
        person,
      };
    case 'snoozed':
      return {
        text: `Snoozed until ${relativeDay(answer.until, today)}: “${answer.action.title}” comes back then.`,
        person,
      };
    case 'dismissed':
      return { text: `Dismissed. Kindred won’t suggest “${answer.action.title}” again.` };
  }
}

export function TodayPage() {
  const [params, setParams] = useSearchParams();
  const horizon: Horizon = params.get('view') === 'week' ? 'week' : 'day';
  const plan = usePlan(horizon);
  const hasPeople = useHasPeople();
  const queryClient = useQueryClient();
  const edits = useDraftEdits();
  const [said, setSaid] = useState<Said | null>(null);
  const saidRef = useRef<HTMLDivElement>(null);

  const onAnswered = useCallback(
    (answer: Answer) => {
      const data = queryClient.getQueryData<Plan>(planKey(horizon));
      // The card leaves at once; the plan is then read again (energy, and what moves up).
      for (const h of ['day', 'week'] as const) {
        queryClient.setQueryData<Plan>(planKey(h), (old) =>
          old ? { ...old, actions: old.actions.filter((a) => a.key !== answer.action.key) } : old,
        );
      }
      setSaid(saidFor(answer, data?.people ?? {}, data?.today ?? ''));
      void queryClient.invalidateQueries({ queryKey: ['plan'] });
      if (answer.kind === 'done') {
        void queryClient.invalidateQueries({ queryKey: ['people'] });
        void queryClient.invalidateQueries({ queryKey: ['interactions'] });
      }
      // Focus was on the card that has gone: put it on the confirmation instead.
      setTimeout(() => saidRef.current?.focus());
    },
    [queryClient, horizon],
  );

  const setHorizon = (next: Horizon) => {
    setSaid(null);
    setParams(next === 'week' ? { view: 'week' } : {}, { replace: true });
  };

  const today = plan.data?.today;
  return (
    <div className="today stack">
      <PageHeader title="Today" lead={today ? longDay(today) : undefined} />

      <div className="today-top">
        <section className="card stack" aria-labelledby="capture-title">
          <h2 id="capture-title">Just met someone?</h2>
          <QuickCapture label="Who, and what they told you" />
        </section>
        <section className="card stack" aria-labelledby="energy-title">
          <h2 id="energy-title">Your energy</h2>
          {plan.data ? (
            <EnergyWeeks plan={plan.data} />
          ) : plan.isPending ? (
            <Loading what="Weighing the week" />
          ) : null}
          <p className="muted small">
            Your weekly budget is set in <Link to="/settings">Settings</Link>.
          </p>
        </section>
      </div>

      <section className="stack" aria-labelledby="plan-title">
        <div className="row plan-heading">
          <h2 id="plan-title">{horizon === 'week' ? 'This week’s plan' : 'Today’s steps'}</h2>
          <fieldset className="view-toggle">
            <legend className="visually-hidden">Show the plan for</legend>
            <button type="button" aria-pressed={horizon === 'day'} onClick={() => setHorizon('day')}>
              Today
            </button>
            <button type="button" aria-pressed={horizon === 'week'} onClick={() => setHorizon('week')}>
              The week
            </button>
          </fieldset>
        </div>

        <div ref={saidRef} tabIndex={-1} role="status" aria-live="polite" className="today-said">
          {said ? (
            <p className="note">
              {said.text}
              {said.person ? (
                <>
                  {' '}
                  <Link to={`/people/${said.person.id}`}>Open {said.person.name}’s page</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </div>

        {plan.error ? <ErrorNote error={plan.error} title="The plan could not be read." /> : null}
        {plan.isPending ? <Loading what="Putting today’s plan together" /> : null}
        {plan.data ? (
          <PlanBody
            plan={plan.data}
            hasPeople={hasPeople.data ?? true}
            edits={edits}
            onAnswered={onAnswered}
          />
        ) : null}
      </section>
    </div>
  );
}

function EnergyWeeks({ plan }: { plan: Plan }) {
  const thisWeek = weekStart(plan.today);
  const weeks = plan.energy.filter((w) => w.weekStart >= thisWeek);
  if (weeks.length === 0) return null;
  return (
    <div className="stack">
      {weeks.map((week) => (
        <EnergyGauge
          key={week.weekStart}
          week={week}
          label={week.weekStart === thisWeek ? 'this week' : `in the week of ${longDay(week.weekStart)}`}
          plannedLabel={plan.horizon === 'week' ? 'in this week’s plan' : 'in today’s steps'}
        />
      ))}
    </div>
  );
}

function Notes({ notes }: { notes: string[] }) {
  // The page has its own, fuller words for an empty plan.
  const shown = notes.filter((n) => n !== NOTHING_DUE_NOTE);
  if (shown.length === 0) return null;
  return (
    <ul className="plan-notes muted">
      {shown.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

function EmptyToday({ plan, hasPeople }: { plan: Plan; hasPeople: boolean }) {
  const week = plan.energy.find((w) => w.weekStart === weekStart(plan.today));
  if (!hasPeople) {
    return (
      <div className="card stack empty">
        <p>
          <strong>Your notebook is empty so far.</strong>
        </p>
        <p>
          The next time you meet someone, write one line about them in the box above — a name and one thing
          they told you is plenty. Kindred will then suggest a short note while the meeting is still fresh.
        </p>
      </div>
    );
  }
  const spent = week && week.left <= 0;
  return (
    <div className="card stack empty">
      <p>
        <strong>
          {plan.horizon === 'week' ? 'Nothing is planned for this week.' : 'Nothing asks for you today.'}
        </strong>
      </p>
      <p>
        {spent
          ? 'This week’s energy is spoken for, so the plan asks nothing more of you. It starts afresh on Monday.'
          : 'No follow-ups are due and no check-ins are late: your ties are where you left them. A quiet day is part of keeping them, too.'}
      </p>
    </div>
  );
}

function PlanBody({
  plan,
  hasPeople,
  edits,
  onAnswered,
}: {
  plan: Plan;
  hasPeople: boolean;
  edits: DraftEdits;
  onAnswered: (answer: Answer) => void;
}) {
  const notes = <Notes notes={plan.notes} />;
  if (plan.actions.length === 0) {
    return (
      <>
        <EmptyToday plan={plan} hasPeople={hasPeople} />
        {notes}
      </>
    );
  }
  const card = (action: PlanAction, level: 3 | 4) => (
    <li key={action.key}>
      <PlanCard
        action={action}
        people={plan.people}
        today={plan.today}
        level={level}
        edits={edits}
        onAnswered={onAnswered}
      />
    </li>
  );
  if (plan.horizon === 'day') {
    return (
      <>
        {notes}
        <ul className="plan-cards">{plan.actions.map((a) => card(a, 3))}</ul>
      </>
    );
  }
  return (
    <>
      {notes}
      {plan.days.map((day) => {
        const actions = plan.actions.filter((a) => a.day === day);
        const id = `day-${day}`;
        return (
          <section key={day} className="stack plan-day" aria-labelledby={id}>
            <h3 id={id}>{day === plan.today ? `Today, ${longDay(day)}` : longDay(day)}</h3>
            {actions.length > 0 ? (
              <ul className="plan-cards">{actions.map((a) => card(a, 4))}</ul>
            ) : (
              <p className="muted">Nothing planned: a free day.</p>
            )}
          </section>
        );
      })}
    </>
  );
}
