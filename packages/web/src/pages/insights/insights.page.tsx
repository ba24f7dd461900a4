// PLACEHOLDER (being built now; replaced before commit)
import { PageHeader } from '../../components/page-header.tsx';

export function InsightsPage() {
  return <PageHeader title="Insights" />;
}
