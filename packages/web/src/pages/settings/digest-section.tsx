/**
 * The weekly email: the coming week's steps, sent on a day and hour you choose. Preview
 * it here; send it now to check it arrives (when the server can send email).
 */
import type { Weekday } from '@kindred/core/time/local-date.ts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Digest } from '../../api/types.ts';
import { useSetup } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { type SettingsView, useSaveSettings } from './settings.api.ts';
import { StatusNote } from './status-note.tsx';
import { WEEKDAY_NAMES } from './week-options.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourName = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function DigestSection({ current }: { current: SettingsView }) {
  const d = current.settings.emailDigest;
  const [enabled, setEnabled] = useState(d.enabled);
  const [weekday, setWeekday] = useState<Weekday>(d.weekday);
  const [hour, setHour] = useState(d.hour);
  const [said, setSaid] = useState<string | null>(null);
  const save = useSaveSettings();
  // Unknown while loading: offer sending, and let the server's answer explain a refusal.
  const canSend = useSetup().data?.emailConfigured ?? true;
  const preview = useMutation({ mutationFn: () => api.get<Digest>('/digest/preview') });
  const send = useMutation({ mutationFn: () => api.post<{ sentTo: string }>('/digest/send') });
  const error = save.error instanceof ApiError ? save.error : null;
  const sendError = send.error instanceof ApiError ? send.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    save.mutate(
      { emailDigest: { enabled, weekday, hour } },
      {
        onSuccess: (saved) =>
          setSaid(
            saved.settings.emailDigest.enabled
              ? `Saved. The digest goes to ${saved.email ?? 'your email'} every ${WEEKDAY_NAMES.find((w) => w.day === weekday)?.name} at ${hourName(hour)}.`
              : 'Saved. No weekly email.',
          ),
      },
    );
  };

  return (
    <section className="card stack settings-section" id="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Weekly email digest</h2>
      <p className="muted">
        Once a week, a short email with the week’s steps, why each matters, and a draft to start from. Off
        unless you turn it on.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <label className="check-line">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          Send me the weekly digest{current.email ? ` at ${current.email}` : ''}
        </label>
        <div className="settings-pair">
          <Field label="Day" error={error?.forField('emailDigest.weekday')}>
            <select
              value={weekday}
              onChange={(e) => setWeekday(e.target.value as Weekday)}
              disabled={!enabled}
            >
              {WEEKDAY_NAMES.map((w) => (
                <option key={w.day} value={w.day}>
                  {w.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label="Time"
            hint={`In your time zone, ${current.timeZone}`}
            error={error?.forField('emailDigest.hour')}
          >
            <select value={hour} onChange={(e) => setHour(Number(e.target.value))} disabled={!enabled}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {hourName(h)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {save.error ? <ErrorNote error={save.error} /> : null}
        <FormActions submit="Save digest choice" pending={save.isPending} pendingLabel="Saving…">
          <StatusNote message={said} />
        </FormActions>
      </form>
      <div className="row">
        <button type="button" onClick={() => preview.mutate()} disabled={preview.isPending}>
          {preview.isPending ? 'Preparing…' : 'Preview this week’s email'}
        </button>
        {canSend ? (
          <button type="button" onClick={() => send.mutate()} disabled={send.isPending}>
            {send.isPending ? 'Sending…' : 'Send it to me now'}
          </button>
        ) : null}
      </div>
      {!canSend ? (
        <p className="note">
          This server has no way to send email yet, so the digest can be previewed here but not sent. Whoever
          runs Kindred can set SMTP_URL to turn email on.
        </p>
      ) : null}
      {sendError?.code === 'smtp_not_configured' ? (
        <p className="note" role="status">
          {sendError.message}
        </p>
      ) : send.error ? (
        <ErrorNote error={send.error} />
      ) : (
        <StatusNote
          message={send.data ? `Sent to ${send.data.sentTo}. It should arrive in a minute or two.` : null}
        />
      )}
      {preview.error ? <ErrorNote error={preview.error} /> : null}
      {preview.data ? (
        <article className="digest-preview" aria-label="Preview of this week’s email">
          <p className="muted small">Subject</p>
          <h3>{preview.data.subject}</h3>
          <pre>{preview.data.text}</pre>
        </article>
      ) : null}
    </section>
  );
}
