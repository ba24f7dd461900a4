/** A failure, said plainly: the server's message and each field it names. */
import { ApiError } from '../api/client.ts';

export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : 'Something went wrong. Please try again.';
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="note error" role="alert">
      {title ? <strong>{title} </strong> : null}
      {message}
      {details.length > 0 ? (
        <ul>
          {details.map((d) => (
            <li key={`${d.field ?? ''}:${d.line ?? ''}:${d.message}`}>
              {d.line ? `Line ${d.line}: ` : ''}
              {d.field ? <code>{d.field}</code> : null} {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
