/**
 * One step of the plan as a card: what to do and why, what it costs, whom it is with,
 * the drafted message (copied or edited in place, see draft-box.tsx), and the three
 * answers (see plan-answers.tsx): done, snooze to a chosen day, or dismiss.
 */
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { PlanAction } from '../../api/types.ts';
import { DraftBox, type DraftEdits } from './draft-box.tsx';
import { type Answer, DismissForm, DoneForm, SnoozeForm } from './plan-answers.tsx';
import { formLabel, names } from './plan-words.ts';

type Mode = 'idle' | 'done' | 'snooze' | 'dismiss';

export function PlanCard({
  action,
  people,
  today,
  level,
  edits,
  onAnswered,
}: {
  action: PlanAction;
  people: Record<string, string>;
  today: string;
  level: 3 | 4;
  edits: DraftEdits;
  onAnswered: (answer: Answer) => void;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const who = names(action, people);
  const panelRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const snoozeRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  // The answer that was opened, so Cancel can put focus back on its button.
  const openedFrom = useRef<Mode>('idle');

  useEffect(() => {
    if (mode !== 'idle') {
      panelRef.current?.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
      return;
    }
    const back = { done: doneRef, snooze: snoozeRef, dismiss: dismissRef, idle: null }[openedFrom.current];
    back?.current?.focus();
    openedFrom.current = 'idle';
  }, [mode]);

  const open = (next: Mode) => setMode(next);
  const close = () => {
    openedFrom.current = mode;
    setMode('idle');
  };

  return (
    <article className="card stack plan-card" aria-labelledby={titleId}>
      <Heading id={titleId}>{action.title}</Heading>
      <ul className="plan-card-facts" aria-label="About this step">
        <li>
          With{' '}
          {action.personIds.map((id, i) => (
            <Fragment key={id}>
              {i > 0 ? (i === action.personIds.length - 1 ? ' and ' : ', ') : null}
              <Link to={`/people/${id}`}>{people[id] ?? 'this person'}</Link>
            </Fragment>
          ))}
        </li>
        <li className="pill">{formLabel(action.form)}</li>
        <li className="pill warm">Costs {action.energyCost} energy</li>
      </ul>
      <p>
        <span className="plan-card-why">Why: </span>
        {action.reason}
      </p>
      {action.drafts.map((d, i) => (
        <DraftBox
          key={d.personId}
          action={action}
          index={i}
          personName={people[d.personId] ?? 'them'}
          edits={edits}
        />
      ))}

      {mode === 'idle' ? (
        <div className="row plan-card-answers">
          <button
            ref={doneRef}
            type="button"
            className="primary"
            aria-label={`Done: ${action.title}`}
            onClick={() => open('done')}
          >
            Done
          </button>
          <button
            ref={snoozeRef}
            type="button"
            aria-label={`Snooze: ${action.title}`}
            onClick={() => open('snooze')}
          >
            Snooze
          </button>
          <button
            ref={dismissRef}
            type="button"
            aria-label={`Dismiss: ${action.title}`}
            onClick={() => open('dismiss')}
          >
            Dismiss
          </button>
        </div>
      ) : (
        <div ref={panelRef} className="plan-card-panel">
          {mode === 'done' ? (
            <DoneForm action={action} who={who} onCancel={close} onAnswered={onAnswered} />
          ) : null}
          {mode === 'snooze' ? (
            <SnoozeForm action={action} today={today} onCancel={close} onAnswered={onAnswered} />
          ) : null}
          {mode === 'dismiss' ? (
            <DismissForm action={action} onCancel={close} onAnswered={onAnswered} />
          ) : null}
        </div>
      )}
    </article>
  );
}
