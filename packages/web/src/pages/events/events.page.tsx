// PLACEHOLDER (being built now; replaced before commit)
import { PageHeader } from '../../components/page-header.tsx';

export function EventsPage() {
  return <PageHeader title="Events" />;
}
