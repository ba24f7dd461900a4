import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Nothing here" lead="This address does not lead to a page of Kindred." />
      <p>
        <Link to="/">Back to today</Link>
      </p>
    </>
  );
}
