/**
 * "Introductions" on a community's page: the introductions you are in (answer them;
 * their email once you both said yes), the asks board, and suggesting an introduction
 * between any two members. Two yeses before anything is shared.
 */
import type { Community } from '../../api/types.ts';
import { AsksBoard } from './introductions-asks.tsx';
import { MyIntroductions } from './introductions-list.tsx';
import { FreeProposal } from './introductions-propose.tsx';
import './introductions.css';

export function IntroductionsSection({ community }: { community: Community }) {
  return (
    <section aria-labelledby="introductions-title" className="stack">
      <h2 id="introductions-title">Introductions</h2>
      <p className="muted">
        Ask to meet someone, or suggest two members meet. Each is asked first; emails are shared only when
        both say yes.
      </p>
      <MyIntroductions communityId={community.id} />
      <AsksBoard communityId={community.id} />
      <FreeProposal communityId={community.id} />
    </section>
  );
}
