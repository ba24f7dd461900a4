/**
 * The row of buttons at the foot of a form: the primary submit button, which says what
 * is happening while the form is being sent, then Cancel when the form can be closed,
 * then anything else the form needs beside them (another button, a saved note).
 */
import type { ReactNode } from 'react';

interface FormActionsProps {
  /** The submit button's words, e.g. "Save changes". */
  submit: string;
  /** True while the form is being sent: the button is disabled and says `pendingLabel`. */
  pending?: boolean;
  /** The submit button's words while sending, e.g. "Saving…"; its usual words if not given. */
  pendingLabel?: string;
  /** Disables the submit button for another reason (nothing to send yet). */
  disabled?: boolean;
  /** Shows a Cancel button that calls this. */
  onCancel?: () => void;
  className?: string;
  /** More, after the buttons. */
  children?: ReactNode;
}

export function FormActions({
  submit,
  pending = false,
  pendingLabel,
  disabled = false,
  onCancel,
  className,
  children,
}: FormActionsProps) {
  return (
    <div className={className ? `row ${className}` : 'row'}>
      <button type="submit" className="primary" disabled={pending || disabled}>
        {pending ? (pendingLabel ?? submit) : submit}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {children}
    </div>
  );
}
