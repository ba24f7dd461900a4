/**
 * The prep sheet: the goal, whom to look for (ranked, with why and two or three openers
 * each), the energy it takes, a break plan, a way out, and what to do afterwards. Laid
 * out to print on paper (see events.css): black on white, one person never split
 * across two pages.
 */
import { Link } from 'react-router';
import type { EventPrep } from '../../api/types.ts';

export function PrepSheet({ prep }: { prep: EventPrep }) {
  return (
    <article className="prep-sheet stack" aria-labelledby="prep-title">
      <header className="prep-head">
        <h2 id="prep-title">Prep sheet</h2>
      </header>

      <section className="prep-section prep-goal" aria-labelledby="prep-goal-title">
        <h3 id="prep-goal-title">Your goal</h3>
        <p className="goal-text">{prep.goal}</p>
        <p className="muted">
          It takes about {prep.energy.cost} energy points.{' '}
          {prep.energy.leftAfter >= 0
            ? `That leaves ${prep.energy.leftAfter} for the rest of the week.`
            : `That is ${-prep.energy.leftAfter} more than the week has left: a shorter visit, or a quieter week around it, would be kind to yourself.`}
        </p>
      </section>

      <section className="prep-section" aria-labelledby="prep-people-title">
        <h3 id="prep-people-title">Whom to look for</h3>
        {prep.targets.length === 0 ? (
          <p className="muted">
            Nobody to suggest yet: this event has no expected attendees. A host, a speaker or the person
            standing alone by the coffee are good first hellos.
          </p>
        ) : (
          <ol className="prep-targets">
            {prep.targets.map((t) => {
              const about = [t.attendee.role, t.attendee.organisation].filter(Boolean).join(', ');
              return (
                <li key={t.attendee.id} className="prep-target">
                  <h4>
                    {t.attendee.personId ? (
                      <Link to={`/people/${t.attendee.personId}`}>{t.attendee.name}</Link>
                    ) : (
                      t.attendee.name
                    )}
                    {about ? <span className="muted"> — {about}</span> : null}
                  </h4>
                  <p>
                    <span className="label">Why: </span>
                    {t.why}
                  </p>
                  {t.sharedInterests.length > 0 ? (
                    <p className="row shared">
                      <span className="label">You share:</span>
                      {t.sharedInterests.map((s) => (
                        <span key={s} className="pill accent">
                          {s}
                        </span>
                      ))}
                    </p>
                  ) : null}
                  <p className="label">Openers</p>
                  <ul className="openers">
                    {t.openers.map((o) => (
                      <li key={o}>“{o}”</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className="prep-section" aria-labelledby="prep-breaks-title">
        <h3 id="prep-breaks-title">Breaks</h3>
        <ul>
          {prep.breaks.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      </section>

      <section className="prep-section" aria-labelledby="prep-exit-title">
        <h3 id="prep-exit-title">A graceful exit</h3>
        <p className="exit-line">“{prep.exitLine}”</p>
      </section>

      <section className="prep-section" aria-labelledby="prep-after-title">
        <h3 id="prep-after-title">Afterwards</h3>
        <p>
          Within two days, note who you met with one detail each (the debrief on this page), and keep the day
          after light. Kindred then suggests a short follow-up to each person.
        </p>
      </section>
    </article>
  );
}
