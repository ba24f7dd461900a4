/**
 * The row of buttons at the foot of a form: the primary submit button, which says what
 * is happening while the form is being sent, then Cancel when the form can be closed,
 * then anything else the form needs beside them (another button, a saved note).
 * And the two buttons of a question asked in place before something is undone for good.
 */
import type { ReactNode, Ref } from 'react';

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

interface ConfirmActionsProps {
  /** The words of the button that does it, e.g. "Delete event". */
  confirm: string;
  onConfirm: () => void;
  pending?: boolean;
  /** Its words while it is being done, e.g. "Deleting…"; its usual words if not given. */
  pendingLabel?: string;
  /** The words of the button that backs out, e.g. "Keep it". */
  keep: string;
  onKeep: () => void;
  /** The back-out button, for putting focus on the safe choice. */
  keepRef?: Ref<HTMLButtonElement>;
}

/** The two answers to "are you sure?": the destructive one, and the one that keeps things. */
export function ConfirmActions({
  confirm,
  onConfirm,
  pending = false,
  pendingLabel,
  keep,
  onKeep,
  keepRef,
}: ConfirmActionsProps) {
  return (
    <div className="row">
      <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
        {pending ? (pendingLabel ?? confirm) : confirm}
      </button>
      <button type="button" ref={keepRef} onClick={onKeep}>
        {keep}
      </button>
    </div>
  );
}
