/**
 * A polite confirmation ("Saved.") in a live region that is always present, so screen
 * readers announce the words when they appear.
 */
import './status-note.css';

export function StatusNote({ message }: { message: string | null }) {
  return (
    <p role="status" className="status-note">
      {message}
    </p>
  );
}
