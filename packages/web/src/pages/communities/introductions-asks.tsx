/**
 * The asks board: post an ask (interests from the taxonomy and/or a few words), read the
 * community's open asks, close your own, and open one to see who fits it and suggest an
 * introduction.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { type ChosenInterest, InterestPicker } from '../people/interest-picker.tsx';
import { type Ask, useAsks, useIntroductionWrite } from './introductions.api.ts';
import { AskProposal } from './introductions-propose.tsx';

export function AsksBoard({ communityId }: { communityId: string }) {
  const asks = useAsks(communityId);
  const rows = asks.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="stack">
      <h3>Asks</h3>
      <p className="muted small">
        Members who would like to meet someone with a particular interest or know-how. If you know who fits,
        suggest an introduction.
      </p>
      {asks.isPending ? <Loading what="Reading the asks" /> : null}
      <ErrorNote error={asks.error} title="The asks could not be loaded." />
      {asks.data && rows.length === 0 ? <p className="muted">No open asks right now.</p> : null}
      {rows.length > 0 ? (
        <ul className="ask-list">
          {rows.map((ask) => (
            <AskItem key={ask.id} ask={ask} />
          ))}
        </ul>
      ) : null}
      {asks.hasNextPage ? (
        <button type="button" onClick={() => asks.fetchNextPage()} disabled={asks.isFetchingNextPage}>
          Show earlier asks
        </button>
      ) : null}
      <AskForm communityId={communityId} />
    </div>
  );
}

function AskItem({ ask }: { ask: Ask }) {
  const [open, setOpen] = useState(false);
  const close = useIntroductionWrite(ask.communityId, () =>
    api.post<Ask>(`/communities/${ask.communityId}/asks/${ask.id}/close`),
  );
  const headingId = `ask-${ask.id}`;
  return (
    <li className="card stack ask-item" aria-labelledby={headingId}>
      <h4 id={headingId}>{ask.mine ? 'You would' : `${ask.asker.displayName} would`} like to meet someone</h4>
      {ask.interests.length > 0 ? (
        <ul className="chips" aria-label="Interested in">
          {ask.interests.map((i) => (
            <li key={i.key} className="pill accent">
              {i.label}
            </li>
          ))}
        </ul>
      ) : null}
      {ask.note ? <p className="ask-note">“{ask.note}”</p> : null}
      <div className="row">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {ask.mine ? 'Who fits my ask' : 'Suggest someone'}
          <span className="visually-hidden"> for {ask.mine ? 'your' : `${ask.asker.displayName}'s`} ask</span>
        </button>
        {ask.mine ? (
          <button type="button" onClick={() => close.mutate(undefined)} disabled={close.isPending}>
            Close this ask
          </button>
        ) : null}
      </div>
      <ErrorNote error={close.error} />
      {open ? <AskProposal ask={ask} /> : null}
    </li>
  );
}

function AskForm({ communityId }: { communityId: string }) {
  const [interests, setInterests] = useState<ChosenInterest[]>([]);
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const post = useIntroductionWrite(communityId, (body: { interests: string[]; note: string | null }) =>
    api.post<Ask>(`/communities/${communityId}/asks`, body),
  );
  const error = post.error instanceof ApiError ? post.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    post.mutate(
      { interests: interests.map((i) => i.value), note: note.trim() || null },
      {
        onSuccess: () => {
          setInterests([]);
          setNote('');
          setSaid('Your ask is on the board. Members who know someone can suggest an introduction.');
        },
      },
    );
  };
  return (
    <details className="ask-form">
      <summary>Ask to meet someone</summary>
      <form className="stack" onSubmit={submit} noValidate aria-label="Ask to meet someone">
        <InterestPicker
          label="Interests or know-how"
          hint="What the person you hope to meet enjoys or knows about: pick a suggestion or press Enter."
          chosen={interests}
          onChange={setInterests}
          error={error?.forField('interests')}
        />
        <Field
          label="In your words (optional)"
          hint="E.g. someone who has run a book club, to swap tips."
          error={error?.forField('note')}
        >
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </Field>
        <div className="row">
          <button type="submit" className="primary" disabled={post.isPending}>
            Post the ask
          </button>
        </div>
      </form>
      <p role="status" className="status-line">
        {said}
      </p>
      {post.error && !error?.details.some((d) => d.field === 'interests' || d.field === 'note') ? (
        <ErrorNote error={post.error} />
      ) : null}
    </details>
  );
}
