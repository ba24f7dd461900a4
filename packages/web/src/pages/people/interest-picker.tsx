/**
 * Choosing interests from the taxonomy as you type: suggestions come from the server's
 * search (names, aliases and typos forgiven); anything else is kept as typed and becomes
 * a custom interest on saving. Chosen ones show as removable chips.
 */
import { useId, useState } from 'react';
import { useInterestSuggestions } from './people.api.ts';
import { useDebounced } from './use-debounced.ts';
import './interest-picker.css';

export interface ChosenInterest {
  /** The taxonomy key, or the text as typed for a custom interest. */
  value: string;
  label: string;
}

export function InterestPicker({
  label,
  hint,
  error,
  chosen,
  onChange,
  addLabel = 'Add interest',
}: {
  label: string;
  /** The button that takes the typed text as it is. */
  addLabel?: string;
  hint?: string;
  error?: string | undefined;
  chosen: ChosenInterest[];
  onChange: (next: ChosenInterest[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const suggestions = useInterestSuggestions(query);
  const items = (suggestions.data?.items ?? []).filter((s) => !chosen.some((c) => c.value === s.key));

  const add = (value: string, itemLabel: string) => {
    const clean = itemLabel.trim();
    if (!clean || chosen.some((c) => c.value === value || c.label.toLowerCase() === clean.toLowerCase())) {
      setText('');
      return;
    }
    onChange([...chosen, { value, label: clean }]);
    setText('');
  };
  const addTyped = () => {
    const match = items.find((s) => s.label.toLowerCase() === text.trim().toLowerCase());
    if (match) add(match.key, match.label);
    else add(text.trim(), text.trim());
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {chosen.map((c) => (
            <li key={c.value} className="pill accent">
              {c.label}{' '}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${c.label}`}
                onClick={() => onChange(chosen.filter((x) => x.value !== c.value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        <input
          id={id}
          value={text}
          autoComplete="off"
          aria-describedby={
            [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
          }
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addTyped();
            }
          }}
        />
        <button type="button" onClick={addTyped} disabled={!text.trim()}>
          {addLabel}
        </button>
      </div>
      {items.length > 0 && text.trim() ? (
        <div className="suggestions">
          <span className="hint" id={`${id}-suggestions`}>
            Suggestions from the interest list:
          </span>
          <ul className="chips" aria-labelledby={`${id}-suggestions`}>
            {items.map((s) => (
              <li key={s.key}>
                <button type="button" className="suggestion" onClick={() => add(s.key, s.label)}>
                  {s.label}
                  {s.category ? <span className="muted"> · {s.category}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
