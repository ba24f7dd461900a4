/**
 * Another member's profile, as far as they share it with you: fields kept for their
 * matches appear once you two have been matched; fields kept from everyone never do.
 */
import { useParams } from 'react-router';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCommunity, useMemberProfile } from './communities.api.ts';
import './communities.css';
import { CommunityCrumbs } from './community-parts.tsx';
import { SharedProfileView } from './shared-profile.tsx';

export function MemberPage() {
  const { id = '', userId = '' } = useParams();
  const community = useCommunity(id);
  const member = useMemberProfile(id, userId);
  const name = member.data?.displayName ?? 'Member';
  return (
    <div className="stack member-page">
      <CommunityCrumbs id={id} name={community.data?.name} />
      <PageHeader
        title={name}
        lead={
          member.data
            ? member.data.matched
              ? 'You two have been matched here, so you also see what they keep for their matches.'
              : 'What they share with everyone here.'
            : undefined
        }
      />
      {member.isPending ? <Loading what="Opening their profile" /> : null}
      <ErrorNote error={member.error} />
      {member.data ? (
        <section className="card" aria-label={`What ${name} shares`}>
          <SharedProfileView profile={member.data.profile} empty="They share nothing with you here yet." />
        </section>
      ) : null}
    </div>
  );
}
