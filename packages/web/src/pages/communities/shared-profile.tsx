/**
 * What a member shares of their profile, field by field. The server leaves out every
 * field kept from the reader, so only what is present is shown, and an empty profile
 * says so rather than showing blanks.
 */
import type { SharedProfile } from '../../api/types.ts';
import { DAY_LABELS, FORMAT_LABELS, OPEN_TO_LABELS, SENIORITY_LABELS } from './communities.api.ts';

interface Row {
  term: string;
  value: string;
  key: string;
}

/** The present fields as term/value rows, in the order people read a profile. */
export function profileRows(profile: SharedProfile): Row[] {
  const rows: Row[] = [];
  const add = (key: string, term: string, value: string | null | undefined) => {
    if (value) rows.push({ key, term, value });
  };
  if (profile.interests?.length)
    add('interests', 'Interests', profile.interests.map((i) => i.label).join(', '));
  add('team', 'Team', profile.team);
  add('seniority', 'Seniority', profile.seniority ? SENIORITY_LABELS[profile.seniority] : null);
  add('location', 'Where', profile.location);
  add('timeZone', 'Time zone', profile.timeZone?.replaceAll('_', ' '));
  if (profile.availability?.length) {
    add(
      'availability',
      'Usually free',
      profile.availability.map((w) => `${DAY_LABELS[w.day]} ${w.start}–${w.end}`).join('; '),
    );
  }
  if (profile.formats?.length)
    add('formats', 'Likes to meet', profile.formats.map((f) => FORMAT_LABELS[f]).join(', '));
  if (profile.openTo?.length)
    add('openTo', 'Open to', profile.openTo.map((o) => OPEN_TO_LABELS[o]).join(', '));
  add('intro', 'Intro', profile.intro);
  return rows;
}

export function SharedProfileView({ profile, empty }: { profile: SharedProfile; empty?: string }) {
  const rows = profileRows(profile);
  if (rows.length === 0) {
    return <p className="muted">{empty ?? 'Nothing shared here yet.'}</p>;
  }
  return (
    <dl className="profile-facts">
      {rows.map((row) => (
        <div key={row.key} className={`profile-fact fact-${row.key}`}>
          <dt>{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
