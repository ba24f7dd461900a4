/**
 * A destructive action that asks first, in place: the first press shows the question
 * and two buttons, with focus on the safe one; Escape or "Keep" backs out.
 */
import { useEffect, useRef, useState } from 'react';
import { ConfirmActions } from '../../components/form-actions.tsx';

interface ConfirmButtonProps {
  /** The button's text, e.g. "Remove". */
  label: string;
  /** A fuller name for assistive technology, e.g. "Remove the coffee on 3 Mar 2026". */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  className?: string;
}

export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  onConfirm,
  busy,
  className,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className={className ?? 'link'}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <legend>{question}</legend>
      <ConfirmActions
        confirm={confirmLabel}
        onConfirm={onConfirm}
        pending={busy}
        keep="Keep"
        onKeep={() => setAsking(false)}
        keepRef={keepRef}
      />
    </fieldset>
  );
}
