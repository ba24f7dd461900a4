/**
 * Suggesting an introduction: for an ask, the asker and one member (the best fits listed
 * first, with what they share); or any two members. When you are one of the two, your
 * own yes is given by suggesting it. Nothing about either person is shared until both
 * accept, and the form says so.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { useMembers } from './communities.api.ts';
import {
  type Ask,
  type Introduction,
  type ProposalBody,
  useIntroductionWrite,
  useSuggestions,
} from './introductions.api.ts';
import { SharedProfileView } from './shared-profile.tsx';

function useProposal(communityId: string, done: (made: Introduction) => void) {
  return useIntroductionWrite(communityId, (body: ProposalBody) =>
    api.post<Introduction>(`/communities/${communityId}/introductions`, body).then((made) => {
      done(made);
      return made;
    }),
  );
}

/**
 * What to say under the choice of people. A pair Kindred will not suggest gets the
 * server's whole message (why, when it is yours to know, and what you could do instead);
 * other problems, their short note for the field.
 */
const pairProblem = (error: ApiError | null, field: string) =>
  error?.code === 'introduction_unavailable' || error?.code === 'introduction_exists'
    ? error.message
    : error?.forField(field);

const saidFor = (made: Introduction) => {
  const names = made.people.map((p) => p.displayName).join(' and ');
  return made.role === 'party'
    ? `Sent. ${names} will be asked; you will see their email here once they say yes.`
    : `Sent. ${names} will each be asked; you will see whether it goes ahead.`;
};

/** For one ask: whom the asker could meet, and the form to suggest it. */
export function AskProposal({ ask }: { ask: Ask }) {
  const suggestions = useSuggestions(ask.communityId, ask.id, true);
  const members = useMembers(ask.communityId);
  const me = useAccount().data?.id;
  const fits = suggestions.data?.items ?? [];
  const others = (members.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (m) => m.userId !== ask.asker.userId && !fits.some((f) => f.userId === m.userId),
  );
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const propose = useProposal(ask.communityId, (made) => {
    setSaid(saidFor(made));
    setChosen('');
    setNote('');
  });
  const target = chosen || fits[0]?.userId || '';
  const asker = ask.mine ? 'you' : ask.asker.displayName;
  const error = propose.error instanceof ApiError ? propose.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    propose.mutate({ userIds: [ask.asker.userId, target], note: note.trim() || null, askId: ask.id });
  };
  return (
    <div className="stack ask-proposal">
      {suggestions.isPending ? <p className="muted">Looking for members who fit…</p> : null}
      <ErrorNote error={suggestions.error} />
      {suggestions.data && fits.length === 0 ? (
        <p className="muted">
          Nobody here shares these interests with you yet. You may still know someone: choose them below.
        </p>
      ) : null}
      {fits.length > 0 ? (
        <ul className="suggestion-list" aria-label={`Members who fit ${ask.asker.displayName}'s ask`}>
          {fits.map((s) => (
            <li key={s.userId} className="suggestion-item">
              <strong>
                {s.displayName}
                {s.userId === me ? ' (you)' : ''}
              </strong>
              <span className="muted small"> shares {s.shared.map((i) => i.label).join(', ')}</span>
              <details>
                <summary>
                  What {s.displayName} shares <span className="visually-hidden">with you</span>
                </summary>
                <SharedProfileView profile={s.profile} />
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="stack"
        onSubmit={submit}
        noValidate
        aria-label={`Suggest someone for ${ask.asker.displayName}`}
      >
        <Field
          label={ask.mine ? 'Whom would you like to meet?' : `Whom should ${asker} meet?`}
          error={pairProblem(error, 'userIds')}
        >
          <select value={target} onChange={(e) => setChosen(e.target.value)}>
            {fits.length === 0 ? <option value="">Choose a member</option> : null}
            {fits.map((s) => (
              <option key={s.userId} value={s.userId}>
                {s.displayName}
              </option>
            ))}
            {others.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={ask.mine ? 'A note for them (optional)' : 'A note for both (optional)'}
          hint="Why they might enjoy meeting. Both of them read it."
          error={error?.forField('note')}
        >
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </Field>
        <div className="row">
          <button type="submit" className="primary" disabled={propose.isPending || !target}>
            {ask.mine ? 'Ask to be introduced' : 'Suggest this introduction'}
          </button>
        </div>
        <p className="muted small">Nothing is shared until both say yes; a no is never shown as anyone's.</p>
      </form>
      <p role="status" className="status-line">
        {said}
      </p>
      {propose.error && !error?.details.some((d) => d.field === 'userIds' || d.field === 'note') ? (
        <ErrorNote error={propose.error} />
      ) : null}
    </div>
  );
}

/** Any two members, without an ask. */
export function FreeProposal({ communityId }: { communityId: string }) {
  const members = useMembers(communityId);
  const everyone = members.data?.pages.flatMap((p) => p.items) ?? [];
  const [userA, setUserA] = useState('');
  const [userB, setUserB] = useState('');
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const propose = useProposal(communityId, (made) => {
    setSaid(saidFor(made));
    setUserA('');
    setUserB('');
    setNote('');
  });
  const error = propose.error instanceof ApiError ? propose.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    propose.mutate({ userIds: [userA, userB], note: note.trim() || null });
  };
  const choices = (
    <>
      <option value="">Choose a member</option>
      {everyone.map((m) => (
        <option key={m.userId} value={m.userId}>
          {m.displayName}
        </option>
      ))}
    </>
  );
  return (
    <details className="free-proposal">
      <summary>Suggest an introduction between two members</summary>
      <form className="stack" onSubmit={submit} noValidate aria-label="Suggest an introduction">
        <div className="row align-end">
          <Field label="One person" error={error?.forField('userIds.0')}>
            <select value={userA} onChange={(e) => setUserA(e.target.value)}>
              {choices}
            </select>
          </Field>
          <Field label="The other" error={pairProblem(error, 'userIds.1') ?? error?.forField('userIds')}>
            <select value={userB} onChange={(e) => setUserB(e.target.value)}>
              {choices}
            </select>
          </Field>
        </div>
        <Field
          label="A note for both (optional)"
          hint="Why they might enjoy meeting."
          error={error?.forField('note')}
        >
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </Field>
        <div className="row">
          <button type="submit" disabled={propose.isPending || !userA || !userB}>
            Suggest this introduction
          </button>
        </div>
      </form>
      <p role="status" className="status-line">
        {said}
      </p>
      {propose.error && !error?.details.some((d) => d.field?.startsWith('userIds') || d.field === 'note') ? (
        <ErrorNote error={propose.error} />
      ) : null}
    </details>
  );
}
