/** What you know about a person at a glance: how you met, interests, tags, channels, notes. */
import type { Person } from '../../api/types.ts';
import { CHANNEL_LABELS, formatDay } from './format.ts';

function channelHref(kind: string, value: string): string | null {
  if (kind === 'email') return `mailto:${value}`;
  if (kind === 'phone') return `tel:${value.replace(/\s+/g, '')}`;
  if (kind === 'link' && /^https?:\/\//i.test(value)) return value;
  return null;
}

export function PersonFacts({ person }: { person: Person }) {
  const met = [person.metWhere, person.metOn ? formatDay(person.metOn) : null].filter(Boolean).join(', ');
  return (
    <section className="card stack" aria-labelledby="facts-title">
      <h2 id="facts-title">About {person.name}</h2>
      <dl className="facts">
        {met || person.metHow ? (
          <>
            <dt>Met</dt>
            <dd>{[met, person.metHow].filter(Boolean).join(' · ')}</dd>
          </>
        ) : null}
        {person.seniority ? (
          <>
            <dt>Seniority</dt>
            <dd>
              {person.seniority === 'peer'
                ? 'A peer'
                : person.seniority === 'senior'
                  ? 'More senior than you'
                  : 'More junior than you'}
            </dd>
          </>
        ) : null}
        {person.birthday ? (
          <>
            <dt>Birthday</dt>
            <dd>
              {person.birthday.startsWith('--') ? person.birthday.slice(2) : formatDay(person.birthday)}
            </dd>
          </>
        ) : null}
      </dl>
      <div>
        <h3>Interests</h3>
        {person.interests.length > 0 ? (
          <ul className="chips" aria-label="Interests">
            {person.interests.map((i) => (
              <li key={i.key} className="pill accent">
                {i.label}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None noted yet. Edit their details to add some.</p>
        )}
      </div>
      {person.tags.length > 0 ? (
        <div>
          <h3>Tags</h3>
          <ul className="chips" aria-label="Tags">
            {person.tags.map((t) => (
              <li key={t} className="pill">
                {t}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3>Channels</h3>
        {person.channels.length > 0 ? (
          <ul className="plain-list">
            {person.channels.map((c) => {
              const href = channelHref(c.kind, c.value);
              return (
                <li key={`${c.kind}:${c.value}`}>
                  <span className="muted">
                    {CHANNEL_LABELS[c.kind]}
                    {c.label ? ` (${c.label})` : ''}:{' '}
                  </span>
                  {href ? (
                    <a href={href} rel="noopener noreferrer">
                      {c.value}
                    </a>
                  ) : (
                    c.value
                  )}
                  {person.preferredChannel === c.kind ? <span className="muted"> · preferred</span> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">No way to reach them noted yet.</p>
        )}
      </div>
      <div>
        <h3>Notes</h3>
        {person.notes ? <p className="notes-text">{person.notes}</p> : <p className="muted">No notes yet.</p>}
      </div>
    </section>
  );
}
