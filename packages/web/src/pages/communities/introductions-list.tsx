/**
 * "Your introductions": each one you are in, with who suggested it and why, what the
 * other person shares with you, and Accept / Not this time; their email once you have
 * both said yes. Introductions you suggested for others show only whether they went
 * ahead. A no is never shown as anyone's: it reads "not going ahead" to everyone.
 */
import { api } from '../../api/client.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import {
  type Introduction,
  STATUS_LABELS,
  useIntroductions,
  useIntroductionWrite,
} from './introductions.api.ts';
import { SharedProfileView } from './shared-profile.tsx';

export function MyIntroductions({ communityId }: { communityId: string }) {
  const introductions = useIntroductions(communityId);
  const rows = introductions.data?.pages.flatMap((p) => p.items) ?? [];
  const myId = useAccount().data?.id;
  return (
    <div className="stack">
      <h3>Your introductions</h3>
      {introductions.isPending ? <Loading what="Finding your introductions" /> : null}
      <ErrorNote error={introductions.error} title="Your introductions could not be loaded." />
      {introductions.data && rows.length === 0 ? (
        <p className="muted">
          None yet. When someone suggests you meet a member, it shows here, and nothing is shared until you
          both say yes.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="intro-list">
          {rows.map((i) => (
            <IntroductionItem key={i.id} introduction={i} myId={myId} />
          ))}
        </ul>
      ) : null}
      {introductions.hasNextPage ? (
        <button
          type="button"
          onClick={() => introductions.fetchNextPage()}
          disabled={introductions.isFetchingNextPage}
        >
          Show earlier introductions
        </button>
      ) : null}
    </div>
  );
}

function IntroductionItem({
  introduction: i,
  myId,
}: {
  introduction: Introduction;
  myId: string | undefined;
}) {
  const headingId = `intro-${i.id}`;
  if (i.role === 'connector') {
    const [first, second] = i.people;
    return (
      <li className="card stack intro-item" aria-labelledby={headingId}>
        <h4 id={headingId}>
          You suggested {first?.displayName ?? 'a member'} and {second?.displayName ?? 'a member'} meet
        </h4>
        <p>
          <span className={`pill intro-status-${i.status}`}>{STATUS_LABELS[i.status]}</span>
        </p>
        {i.note ? <p className="muted">Your note: “{i.note}”</p> : null}
      </li>
    );
  }
  const other = i.people[0];
  const name = other?.displayName ?? 'a member';
  const byOther = i.connector.userId === other?.userId;
  const byMe = i.connector.userId === myId;
  return (
    <li className="card stack intro-item" aria-labelledby={headingId}>
      <h4 id={headingId}>You and {name}</h4>
      <p className="muted small">
        {byMe
          ? `You asked to meet ${name}.`
          : byOther
            ? `${name} would like to meet you.`
            : `Suggested by ${i.connector.displayName}.`}
      </p>
      {i.note ? (
        <p className="intro-note">
          {byMe ? 'Your note' : `${i.connector.displayName} wrote`}: “{i.note}”
        </p>
      ) : null}
      <p>
        <span className={`pill intro-status-${i.status}`}>{STATUS_LABELS[i.status]}</span>
      </p>
      {other?.email ? (
        <p className="intro-contact">
          You both said yes. Write to {name} at <a href={`mailto:${other.email}`}>{other.email}</a>.
        </p>
      ) : null}
      {other ? (
        <details>
          <summary>What {name} shares with you</summary>
          <SharedProfileView profile={other.profile} empty="They share nothing more with you here." />
        </details>
      ) : null}
      <AnswerButtons introduction={i} name={name} />
    </li>
  );
}

function AnswerButtons({ introduction: i, name }: { introduction: Introduction; name: string }) {
  const answer = useIntroductionWrite(i.communityId, (value: 'accepted' | 'declined') =>
    api.post<Introduction>(`/communities/${i.communityId}/introductions/${i.id}/respond`, { answer: value }),
  );
  if (i.myAnswer !== 'pending') {
    const said =
      i.status === 'introduced'
        ? null
        : i.status === 'not-going-ahead'
          ? 'This introduction is not going ahead. Nobody is told why.'
          : i.myAnswer === 'accepted'
            ? `You said yes. ${name}'s email shows here once they say yes too.`
            : null;
    return said ? <p className="muted">{said}</p> : null;
  }
  if (i.status !== 'waiting') return null;
  return (
    <div className="stack">
      <fieldset className="choice-group" aria-describedby={`intro-${i.id}-hint`}>
        <legend>Would you like to meet {name}?</legend>
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={answer.isPending}
            onClick={() => answer.mutate('accepted')}
          >
            Accept
          </button>
          <button type="button" disabled={answer.isPending} onClick={() => answer.mutate('declined')}>
            Not this time
          </button>
        </div>
      </fieldset>
      <p id={`intro-${i.id}-hint`} className="muted small">
        Your email is shared only if you both say yes. A no needs no reason, and nobody is told who said it.
      </p>
      <ErrorNote error={answer.error} />
    </div>
  );
}
