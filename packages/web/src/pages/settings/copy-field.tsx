/** A secret or link shown read-only, with a button that copies it and says so. */
import { useState } from 'react';
import { Field } from '../../components/field.tsx';
import { StatusNote } from './status-note.tsx';

export function CopyField({ label, hint, value }: { label: string; hint?: string; value: string }) {
  const [said, setSaid] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('Copied.');
    } catch {
      setSaid('This browser did not allow copying. Select the text and copy it by hand.');
    }
  };
  return (
    <div className="copy-field stack">
      <Field label={label} hint={hint}>
        <input type="text" readOnly value={value} className="mono" onFocus={(e) => e.target.select()} />
      </Field>
      <div className="row">
        <button type="button" onClick={copy}>
          Copy <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
        <StatusNote message={said} />
      </div>
    </div>
  );
}
