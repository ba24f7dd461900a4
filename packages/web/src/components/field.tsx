/**
 * A labelled control with its hint and its error, wired for assistive technology: the
 * label names the control, the hint and error describe it, and an error marks it invalid.
 */
import { cloneElement, type ReactElement, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The control's id, when something else finds it by id; one is made up otherwise. */
  id?: string;
  /** More classes for the wrapper, beside `field`. */
  className?: string;
  /** One input, select or textarea; it receives id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, error, id: givenId, className, children }: FieldProps) {
  const madeId = useId();
  const id = givenId ?? madeId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
