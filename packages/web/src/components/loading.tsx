/** A quiet placeholder while data loads; announced politely, not animated when motion is reduced. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {what}…
    </p>
  );
}
