/** How quick capture shows its reading of a line, and what it saved (with Undo). */
import type { QuickCapture as Reading } from '@kindred/core/people/quick-capture.ts';
import { Link } from 'react-router';
import type { PersonFields, Saved } from './quick-capture.save.ts';

export function ReadingPreview({ reading }: { reading: Reading }) {
  const rows: [string, string | undefined][] = [
    ['Name', reading.name],
    ['How you met', reading.metHow],
    ['Where', reading.metAt],
    ['Organisation', reading.organisation],
    ['What they told you', reading.detail],
  ];
  return (
    <dl className="capture-reading">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function Confirmation({ saved, onUndo, busy }: { saved: Saved; onUndo: () => void; busy: boolean }) {
  const { person, detail } = saved;
  if (saved.undone) {
    return (
      <p className="note">
        {saved.created
          ? `Undone: ${person.name} is no longer in your notebook.`
          : `Undone: ${person.name}’s entry is as it was before.`}
      </p>
    );
  }
  const nothingNew = !saved.created && !detail && saved.filled.length === 0;
  let message: string;
  if (nothingNew) message = `${person.name} is already in your notebook; there was nothing new to add.`;
  else if (saved.created)
    message = detail
      ? `Added ${person.name}, with what they told you: “${detail.text}”.`
      : `Added ${person.name} to your notebook.`;
  else
    message = detail
      ? `Noted for ${person.name}: “${detail.text}”.`
      : `Updated ${person.name}: ${saved.filled.map(fieldName).join(' and ')}.`;
  return (
    <div className="note stack">
      <p>
        {message}
        {saved.followUp ? ' Kindred will suggest a short note while the meeting is fresh.' : ''}
      </p>
      <div className="row">
        <Link to={`/people/${person.id}`}>Open {person.name}’s page</Link>
        {nothingNew ? null : (
          <button type="button" className="link" onClick={onUndo} disabled={busy}>
            Undo
          </button>
        )}
      </div>
    </div>
  );
}

function fieldName(field: PersonFields): string {
  return { organisation: 'organisation', metWhere: 'where you met', metHow: 'how you met' }[field];
}
