/** When a page fails to load or render: say so, and offer the way back. */
import { Link, useRouteError } from 'react-router';
import { ErrorNote } from '../components/error-note.tsx';

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main">
      <h1>This page could not be shown</h1>
      <ErrorNote
        error={error instanceof Error ? error : new Error('An unexpected error stopped this page.')}
      />
      <p>
        <Link to="/">Back to today</Link> or reload the page.
      </p>
    </main>
  );
}
