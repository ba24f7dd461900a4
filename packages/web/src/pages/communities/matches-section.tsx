/**
 * "Your matches" on a community's page: each match with who, why, something to open
 * with, and proposed times on your own clock; answering it (no reason asked for a no);
 * afterwards, whether you met and would meet again; and keeping them in your people.
 */
import { Link } from 'react-router';
import type { Community } from '../../api/types.ts';
import { useAccount } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { MatchAnswerButtons, MatchFeedback, MatchToPeople } from './match-actions.tsx';
import { instant, type Match, timeSpan, useMatches, useRoundRules } from './matches.api.ts';
import { SharedProfileView } from './shared-profile.tsx';

export function MatchesSection({ community }: { community: Community }) {
  const matches = useMatches(community.id);
  const rules = useRoundRules(community.id);
  const account = useAccount();
  const timeZone = account.data?.timeZone ?? 'UTC';
  const rows = matches.data?.pages.flatMap((p) => p.items) ?? [];
  const next = rules.data?.nextRoundAt;
  return (
    <section aria-labelledby="matches-title" className="stack">
      <h2 id="matches-title">Your matches</h2>
      {next ? (
        <p className="muted">
          The next round is on {instant(next, timeZone)} ({timeZone.replaceAll('_', ' ')}).
        </p>
      ) : null}
      {matches.isPending ? <Loading what="Finding your matches" /> : null}
      <ErrorNote error={matches.error} title="Your matches could not be loaded." />
      {matches.data && rows.length === 0 ? (
        <p className="muted">
          No matches yet. When a round runs, the person you are paired with shows up here, with a reason and a
          few times that suit you both.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="match-list">
          {rows.map((m) => (
            <MatchItem key={m.id} match={m} timeZone={timeZone} />
          ))}
        </ul>
      ) : null}
      {matches.hasNextPage ? (
        <button type="button" onClick={() => matches.fetchNextPage()} disabled={matches.isFetchingNextPage}>
          Show earlier matches
        </button>
      ) : null}
    </section>
  );
}

const PARTNER_ANSWER: Record<Match['myResponse'], string> = {
  pending: 'has not answered yet',
  accepted: 'said yes',
  declined: 'cannot this time',
  postponed: 'would like to meet later',
};

function MatchItem({ match, timeZone }: { match: Match; timeZone: string }) {
  const names = match.partners.map((p) => p.displayName);
  const who = names.length ? names.join(' and ') : 'someone who has since left';
  const headingId = `match-${match.id}`;
  return (
    <li className="card stack match-item">
      <h3 id={headingId}>You and {who}</h3>
      <p className="muted small">Paired on {instant(match.roundOn, timeZone)}</p>
      <p className="match-reason">
        <strong>Why: </strong>
        {match.reason}
      </p>
      {match.shared.length > 0 ? (
        <ul className="chips" aria-label="Interests you share">
          {match.shared.map((s) => (
            <li key={s.key} className="pill accent">
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="match-starter">
        <strong>To start the conversation: </strong>
        {match.starter}
      </p>
      {match.times.length > 0 ? (
        <div>
          <h4>Times that suit you both</h4>
          <p className="muted small">On your clock ({timeZone.replaceAll('_', ' ')}).</p>
          <ul className="match-times">
            {match.times.map((t) => (
              <li key={t.start}>
                <time dateTime={t.start}>{timeSpan(t.start, t.end, timeZone)}</time>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">No shared free time was found; agree one between you.</p>
      )}
      {match.partners.map((p) => (
        <div key={p.userId} className="match-partner">
          <p>
            {p.displayName} {PARTNER_ANSWER[p.response]}.
            {p.email ? (
              <>
                {' '}
                Write to them at <a href={`mailto:${p.email}`}>{p.email}</a>.
              </>
            ) : null}
          </p>
          <details>
            <summary>What {p.displayName} shares with you</summary>
            <SharedProfileView profile={p.profile} empty="They share nothing more with you here." />
          </details>
        </div>
      ))}
      <MatchAnswerButtons match={match} />
      {match.myResponse === 'accepted' ? <MatchFeedback match={match} /> : null}
      {match.myResponse === 'accepted' ? (
        match.personId ? (
          <p>
            In your people: <Link to={`/people/${match.personId}`}>open {names[0] ?? 'them'}</Link>
          </p>
        ) : (
          <MatchToPeople match={match} />
        )
      ) : null}
    </li>
  );
}
