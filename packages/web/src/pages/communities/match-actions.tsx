/**
 * What a member does with a match: answer it (yes, not this time, later; a no asks for
 * no reason and nobody is told why), say afterwards whether they met and would meet
 * again, and keep the person in their own notebook. Each answer can be changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { type Match, type MatchAnswer, matchesKey } from './matches.api.ts';

const ANSWERS: { value: Exclude<MatchAnswer, 'pending'>; label: string; said: string }[] = [
  { value: 'accepted', label: 'Accept', said: 'You said yes. They will see it.' },
  {
    value: 'declined',
    label: 'Not this time',
    said: 'You said not this time. Nobody is told why, and the next round goes on as usual.',
  },
  {
    value: 'postponed',
    label: 'Later',
    said: 'You would like to meet later. Answer again whenever suits you.',
  },
];

/** A question answered by a row of buttons; the legend names it for assistive technology. */
function ChoiceGroup({ legend, hintId, children }: { legend: string; hintId?: string; children: ReactNode }) {
  return (
    <fieldset className="choice-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div className="row">{children}</div>
    </fieldset>
  );
}

function useMatchWrite<T>(match: Match, send: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchesKey(match.communityId) }),
  });
}

export function MatchAnswerButtons({ match }: { match: Match }) {
  const id = useId();
  const answer = useMatchWrite(match, (response: Exclude<MatchAnswer, 'pending'>) =>
    api.post<Match>(`/matches/${match.id}/respond`, { response }),
  );
  const current = ANSWERS.find((a) => a.value === match.myResponse);
  return (
    <div className="stack match-answer">
      <ChoiceGroup
        legend={match.myResponse === 'pending' ? 'Would you like to meet?' : 'Your answer'}
        hintId={`${id}-hint`}
      >
        {ANSWERS.map((a) => (
          <button
            key={a.value}
            type="button"
            className={a.value === 'accepted' && match.myResponse === 'pending' ? 'primary' : undefined}
            aria-pressed={match.myResponse === a.value}
            disabled={answer.isPending}
            onClick={() => answer.mutate(a.value)}
          >
            {a.label}
          </button>
        ))}
      </ChoiceGroup>
      <p id={`${id}-hint`} className="muted small">
        Saying no needs no reason, and nobody is told why.
      </p>
      <p role="status" className="status-line">
        {current?.said ?? ''}
      </p>
      <ErrorNote error={answer.error} />
    </div>
  );
}

export function MatchFeedback({ match }: { match: Match }) {
  const id = useId();
  const feedback = useMatchWrite(match, (body: { met: boolean; meetAgain?: boolean | null }) =>
    api.post<Match>(`/matches/${match.id}/feedback`, body),
  );
  const { met, meetAgain } = match.feedback;
  return (
    <div className="stack match-feedback">
      <ChoiceGroup legend="Did you meet?">
        <button
          type="button"
          aria-pressed={met === true}
          disabled={feedback.isPending}
          onClick={() => feedback.mutate({ met: true, meetAgain })}
        >
          Yes, we met
        </button>
        <button
          type="button"
          aria-pressed={met === false}
          disabled={feedback.isPending}
          onClick={() => feedback.mutate({ met: false })}
        >
          Not yet
        </button>
      </ChoiceGroup>
      {met === true ? (
        <ChoiceGroup legend="Would you like to meet again?" hintId={`${id}-again-hint`}>
          <button
            type="button"
            aria-pressed={meetAgain === true}
            disabled={feedback.isPending}
            onClick={() => feedback.mutate({ met: true, meetAgain: true })}
          >
            Yes, again
          </button>
          <button
            type="button"
            aria-pressed={meetAgain === false}
            disabled={feedback.isPending}
            onClick={() => feedback.mutate({ met: true, meetAgain: false })}
          >
            Rather not
          </button>
        </ChoiceGroup>
      ) : null}
      {met === true ? (
        <p id={`${id}-again-hint`} className="muted small">
          A “rather not” keeps you two from being paired again; they are not told.
        </p>
      ) : null}
      <p role="status" className="status-line">
        {met === null ? '' : met ? thanksFor(meetAgain) : 'Thanks. Nothing changes for the next round.'}
      </p>
      <ErrorNote error={feedback.error} />
    </div>
  );
}

function thanksFor(meetAgain: boolean | null): string {
  if (meetAgain === true) return 'Thanks. Glad it went well; later rounds will take that into account.';
  if (meetAgain === false) return 'Thanks for saying. You two will not be paired again.';
  return 'Thanks for letting us know.';
}

export function MatchToPeople({ match }: { match: Match }) {
  const [said, setSaid] = useState('');
  const add = useMatchWrite(match, () =>
    api.post<{ personIds: string[]; loggedMeeting: boolean }>(`/matches/${match.id}/companion`),
  );
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          disabled={add.isPending}
          onClick={() =>
            add.mutate(undefined, {
              onSuccess: () => setSaid('Added to your people, with the interests you share.'),
            })
          }
        >
          {add.isPending ? 'Adding…' : 'Add to my people'}
        </button>
        <span className="muted small">Keeps them in your own notebook, private to you.</span>
      </div>
      <p role="status" className="status-line">
        {said}
      </p>
      <ErrorNote error={add.error} />
    </div>
  );
}
