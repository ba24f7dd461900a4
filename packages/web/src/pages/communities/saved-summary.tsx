/**
 * After saving: what was saved, grouped by who sees it (everyone here, your matches too,
 * nobody), read from the server's answer rather than from the form, so it is the truth.
 */
import { Link } from 'react-router';
import type { MyCommunityProfile, SharedProfile } from '../../api/types.ts';
import type { ShareableField, Visibility } from './communities.api.ts';
import { SharedProfileView } from './shared-profile.tsx';

const GROUPS: { level: Visibility; title: string }[] = [
  { level: 'members', title: 'Everyone here sees' },
  { level: 'matches', title: 'Your matches also see' },
  { level: 'nobody', title: 'Nobody sees (used for matching only)' },
];

/** The saved profile's fields whose visibility is `level`, as another member would get them. */
function fieldsAt(profile: MyCommunityProfile, level: Visibility): SharedProfile {
  const picked: Record<string, unknown> = {};
  for (const [field, seen] of Object.entries(profile.visibility) as [ShareableField, Visibility][]) {
    if (seen === level) picked[field] = profile[field];
  }
  return picked as SharedProfile;
}

export function SavedSummary({ profile, communityId }: { profile: MyCommunityProfile; communityId: string }) {
  const paused = profile.paused
    ? profile.pausedUntil
      ? ` You are paused until ${profile.pausedUntil}.`
      : ' You are paused until you come back.'
    : '';
  return (
    <section className="note stack saved-summary" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved</h2>
      <p role="status">
        Here is your profile as Kindred keeps it.{paused}{' '}
        <Link to={`/communities/${communityId}`}>Back to the community</Link>
      </p>
      {GROUPS.map(({ level, title }) => {
        return (
          <div key={level} className={`saved-group saved-${level}`}>
            <h3>{title}</h3>
            <SharedProfileView profile={fieldsAt(profile, level)} empty="Nothing." />
          </div>
        );
      })}
    </section>
  );
}
