/**
 * The ladder of a tie as an ordered list of rungs, the current one marked in words as
 * well as style; Kindred's own reading of the history when it differs, with the reason
 * and a button to accept it; the concrete next step; and setting the stage by hand.
 */

import { STAGES, type Stage, stageRank } from '@kindred/core/ladder/stages.ts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Person, PersonOverview } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { stageName } from './format.ts';
import { useRefreshAll } from './people.api.ts';

export function PersonLadder({ overview }: { overview: PersonOverview }) {
  const { person } = overview;
  const refresh = useRefreshAll();
  const setStage = useMutation({
    mutationFn: (body: { stage: Stage; note: string | null }) =>
      api.put<Person>(`/people/${person.id}/stage`, body),
    onSuccess: () => refresh(),
  });
  const current = stageRank(person.stage);
  const proposed = overview.proposedStage;
  const differs = proposed !== person.stage;

  return (
    <section className="card" aria-labelledby="ladder-title">
      <h2 id="ladder-title">Where this tie stands</h2>
      <ol className="ladder" aria-label="The ladder, from stranger to closest">
        {STAGES.map((stage, index) => (
          <li
            key={stage}
            aria-current={stage === person.stage ? 'step' : undefined}
            className={index < current ? 'passed' : undefined}
          >
            <span>
              {stageName(stage, person.seniority)}
              {stage === person.stage ? <span className="here"> — where you are now</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <p>
        {overview.stageDescription}{' '}
        {person.stageSetBy === 'manual' ? (
          <span className="muted">(You set this stage yourself.)</span>
        ) : null}
      </p>
      {differs ? (
        <div className="note stack" aria-live="polite">
          <p>
            {stageRank(proposed) > current
              ? `Kindred thinks this tie is at “${overview.proposedStageLabel}”, because ${overview.proposedStageReason}.`
              : `From the history alone, Kindred would place this tie at “${overview.proposedStageLabel}”, because ${overview.proposedStageReason}. You know more than the history does: keep your choice if it fits.`}
          </p>
          <p>
            <button
              type="button"
              className="primary"
              disabled={setStage.isPending}
              onClick={() => setStage.mutate({ stage: proposed, note: 'Accepted Kindred’s proposal' })}
            >
              Move to “{overview.proposedStageLabel}”
            </button>
          </p>
        </div>
      ) : null}
      {overview.nextStep ? (
        <p>
          <strong>Next step: </strong>
          {overview.nextStep.title}
          {overview.nextStep.live ? <span className="muted"> (best in person or on a call)</span> : null}.
        </p>
      ) : (
        <p>
          <strong>Next step: </strong>This is the top rung. Keep the rhythm going with light, regular
          check-ins.
        </p>
      )}
      <SetStageForm person={person} busy={setStage.isPending} onSet={(body) => setStage.mutate(body)} />
      {setStage.error ? <ErrorNote error={setStage.error} title="The stage could not be changed." /> : null}
      {setStage.isSuccess && !setStage.isPending ? (
        <p className="muted" role="status">
          Stage saved: {stageName(setStage.data.stage, setStage.data.seniority)}.
        </p>
      ) : null}
    </section>
  );
}

function SetStageForm({
  person,
  busy,
  onSet,
}: {
  person: Person;
  busy: boolean;
  onSet: (body: { stage: Stage; note: string | null }) => void;
}) {
  const [stage, setStage] = useState<Stage>(person.stage);
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSet({ stage, note: note.trim() || null });
    setOpen(false);
  };
  if (!open) {
    return (
      <button type="button" className="link no-print" onClick={() => setOpen(true)}>
        Set the stage by hand
      </button>
    );
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Set the stage by hand">
      <Field label="Stage">
        <select value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {stageName(s, person.seniority)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Why (optional)" hint="A note for your own history, e.g. “she offered to mentor me”">
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormActions submit="Save the stage" pending={busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
