/**
 * One community: a nudge to fill your profile until you have, your matches, who else is
 * here and what they share, and leaving. Admins also find pairing rounds, invites, roles
 * and deleting it here. A
 * community you are not in reads as not found, exactly as the API answers.
 */
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { plural } from '../../text/plural.ts';
import { useCommunity, useMyProfile } from './communities.api.ts';
import './communities.css';
import { CommunityCrumbs } from './community-parts.tsx';
import { GroupsSection } from './groups-section.tsx';
import { IntroductionsSection } from './introductions-section.tsx';
import { InvitesSection } from './invites-section.tsx';
import { MatchesSection } from './matches-section.tsx';
import { MembersSection } from './members-section.tsx';
import { DeleteCommunitySection, LeaveSection } from './membership-section.tsx';
import { RoundsSection } from './rounds-section.tsx';

export function CommunityPage() {
  const { id = '' } = useParams();
  const community = useCommunity(id);
  const location = useLocation();
  const state = location.state as { started?: boolean; joined?: boolean } | null;

  if (community.isPending) return <Loading what="Opening the community" />;
  if (community.error) {
    const missing = community.error instanceof ApiError && community.error.status === 404;
    return (
      <div className="stack">
        <PageHeader title={missing ? 'Community not found' : 'Community'} />
        <ErrorNote error={community.error} />
        <p>
          <Link to="/communities">Back to your communities</Link>
        </p>
      </div>
    );
  }
  const c = community.data;
  const admin = c.role === 'admin';
  return (
    <div className="stack community-page">
      <CommunityCrumbs />
      <PageHeader
        title={c.name}
        lead={
          <>
            {c.description ? `${c.description} · ` : ''}
            {plural(c.memberCount, 'member')} · you are {admin ? 'an admin' : 'a member'}
          </>
        }
        actions={
          <>
            <Link className="button" to={`/communities/${c.id}/profile`}>
              Your profile here
            </Link>
            <Link className="button" to={`/communities/${c.id}/seating`}>
              {admin ? 'Event seating' : 'Your seats at events'}
            </Link>
          </>
        }
      />
      {state?.started ? (
        <p className="note" role="status">
          {c.name} is ready. Invite people with a link below; each one fills their own profile.
        </p>
      ) : null}
      {state?.joined ? (
        <p className="note" role="status">
          Welcome to {c.name}.
        </p>
      ) : null}
      <ProfileNudge communityId={c.id} />
      <MatchesSection community={c} />
      <GroupsSection community={c} />
      <IntroductionsSection community={c} />
      <MembersSection community={c} />
      {admin ? <RoundsSection community={c} /> : null}
      {admin ? <InvitesSection community={c} /> : null}
      <LeaveSection community={c} />
      {admin ? <DeleteCommunitySection community={c} /> : null}
    </div>
  );
}

/** Until the profile is first saved, Kindred has nothing to pair on: say so, kindly. */
function ProfileNudge({ communityId }: { communityId: string }) {
  const profile = useMyProfile(communityId);
  if (!profile.data || profile.data.filled) return null;
  return (
    <section className="card note stack" aria-labelledby="nudge-title">
      <h2 id="nudge-title">Fill your profile</h2>
      <p>
        A few interests and when you are usually free are enough for Kindred to pair you with someone you
        would enjoy meeting. You choose who sees each part.
      </p>
      <p>
        <Link className="button primary" to={`/communities/${communityId}/profile`}>
          Fill your profile
        </Link>
      </p>
    </section>
  );
}
