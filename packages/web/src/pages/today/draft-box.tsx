/**
 * A step's drafted message, edited in place and copied: the edits are kept by the page
 * (so they outlive a switch between today and the week) and Kindred's draft can come back.
 */
import { useRef, useState } from 'react';
import type { PlanAction } from '../../api/types.ts';
import { Field } from '../../components/field.tsx';

/** Edits to drafts, kept by the page so they outlive a switch between today and the week. */
export interface DraftEdits {
  get(key: string): string | undefined;
  set(key: string, value: string | undefined): void;
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard access (an address that is not secure), select the text instead.
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand?.('copy') ?? false;
  }
}

export function DraftBox({
  action,
  index,
  personName,
  edits,
}: {
  action: PlanAction;
  index: number;
  personName: string;
  edits: DraftEdits;
}) {
  const entry = action.drafts[index];
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  if (!entry) return null;
  const { draft } = entry;
  const bodyKey = `${action.key}|${entry.personId}|body`;
  const subjectKey = `${action.key}|${entry.personId}|subject`;
  const body = edits.get(bodyKey) ?? draft.body;
  const subject = edits.get(subjectKey) ?? draft.subject ?? '';
  const edited = edits.get(bodyKey) !== undefined || edits.get(subjectKey) !== undefined;
  const what =
    draft.channel === 'email'
      ? `Draft email to ${personName}`
      : draft.channel === 'in_person'
        ? `What you could say to ${personName}`
        : `Draft message to ${personName}`;

  const copy = async () => {
    const ok = await copyText(body, textareaRef.current);
    setSaid(
      ok
        ? `Copied the draft for ${personName}. Paste it wherever you write to them.`
        : 'Your browser would not let Kindred copy. The draft is selected: copy it with Ctrl+C or ⌘C.',
    );
  };

  return (
    <div className="draft stack">
      {draft.subject !== null ? (
        <Field label={`Subject of the email to ${personName}`}>
          <input
            type="text"
            value={subject}
            onChange={(e) => edits.set(subjectKey, e.target.value)}
            autoComplete="off"
          />
        </Field>
      ) : null}
      <Field
        label={what}
        hint={edited ? 'Your edits stay while this page is open.' : 'Edit it to sound like you, then copy.'}
      >
        <textarea
          ref={textareaRef}
          value={body}
          rows={Math.min(10, Math.max(4, body.split('\n').length + 1))}
          onChange={(e) => edits.set(bodyKey, e.target.value)}
        />
      </Field>
      <div className="row">
        <button type="button" onClick={copy} aria-label={`Copy draft for ${personName}`}>
          Copy draft
        </button>
        {edited ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              edits.set(bodyKey, undefined);
              edits.set(subjectKey, undefined);
              setSaid('Kindred’s draft is back.');
            }}
          >
            Restore Kindred’s draft
          </button>
        ) : null}
        <span className="muted copy-said" role="status" aria-live="polite">
          {said}
        </span>
      </div>
    </div>
  );
}
