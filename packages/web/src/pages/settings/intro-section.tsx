/**
 * About you and your own short introduction: the profile Kindred drafts your pitch
 * from, and the pitch itself, used in openers and community profiles.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { type SettingsView, useSaveSettings } from './settings.api.ts';
import { StatusNote } from './status-note.tsx';

type ProfileKey = 'role' | 'organisation' | 'team' | 'work' | 'lookingFor';

const orNull = (text: string) => (text.trim() ? text.trim() : null);

export function IntroSection({ current }: { current: SettingsView }) {
  const p = current.settings.profile;
  const [displayName, setDisplayName] = useState(current.displayName);
  const [profile, setProfile] = useState<Record<ProfileKey, string>>({
    role: p.role ?? '',
    organisation: p.organisation ?? '',
    team: p.team ?? '',
    work: p.work ?? '',
    lookingFor: p.lookingFor ?? '',
  });
  const [interests, setInterests] = useState(p.interests.join(', '));
  const [pitch, setPitch] = useState(current.settings.pitch ?? '');
  const [said, setSaid] = useState<string | null>(null);
  const save = useSaveSettings();
  const draft = useMutation({
    mutationFn: () => api.get<{ pitch: string }>('/drafts/pitch', { seed: String(Date.now()) }),
    onSuccess: ({ pitch }) => {
      setPitch(pitch);
      setSaid('Drafted from your saved profile. Edit it as you like, then save.');
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const set = (key: ProfileKey) => (e: { target: { value: string } }) =>
    setProfile((all) => ({ ...all, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    save.mutate(
      {
        displayName,
        pitch: orNull(pitch),
        profile: {
          role: orNull(profile.role),
          organisation: orNull(profile.organisation),
          team: orNull(profile.team),
          work: orNull(profile.work),
          lookingFor: orNull(profile.lookingFor),
          interests: interests
            .split(',')
            .map((i) => i.trim())
            .filter(Boolean),
        },
      },
      { onSuccess: () => setSaid('Saved.') },
    );
  };

  return (
    <section className="card stack settings-section" id="introduction" aria-labelledby="introduction-heading">
      <h2 id="introduction-heading">You and your introduction</h2>
      <p className="muted">
        A few lines about you. Kindred drafts your short introduction from them, and uses it when it suggests
        how to open a conversation.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Your name" error={error?.forField('displayName')}>
          <input
            type="text"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </Field>
        <div className="settings-pair">
          <Field label="Role" hint="e.g. data engineer" error={error?.forField('profile.role')}>
            <input
              type="text"
              autoComplete="organization-title"
              value={profile.role}
              onChange={set('role')}
            />
          </Field>
          <Field label="Organisation" error={error?.forField('profile.organisation')}>
            <input
              type="text"
              autoComplete="organization"
              value={profile.organisation}
              onChange={set('organisation')}
            />
          </Field>
          <Field label="Team" error={error?.forField('profile.team')}>
            <input type="text" value={profile.team} onChange={set('team')} />
          </Field>
        </div>
        <Field
          label="What you work on"
          hint="One line, e.g. moving our billing to a new platform"
          error={error?.forField('profile.work')}
        >
          <input type="text" value={profile.work} onChange={set('work')} />
        </Field>
        <Field
          label="What you enjoy"
          hint="Interests, separated by commas, e.g. climbing, board games, jazz"
          error={error?.forField('profile.interests')}
        >
          <input type="text" value={interests} onChange={(e) => setInterests(e.target.value)} />
        </Field>
        <Field
          label="What you are looking for"
          hint="e.g. a mentor in platform work, people to climb with"
          error={error?.forField('profile.lookingFor')}
        >
          <input type="text" value={profile.lookingFor} onChange={set('lookingFor')} />
        </Field>
        <Field
          label="Your introduction"
          hint="Two or three sentences, up to 600 characters. Write it yourself, or let Kindred draft it from what you saved above."
          error={error?.forField('pitch')}
        >
          <textarea value={pitch} maxLength={600} onChange={(e) => setPitch(e.target.value)} rows={4} />
        </Field>
        {save.error ? <ErrorNote error={save.error} /> : null}
        {draft.error ? <ErrorNote error={draft.error} title="No draft this time." /> : null}
        <FormActions submit="Save" pending={save.isPending} pendingLabel="Saving…">
          <button type="button" onClick={() => draft.mutate()} disabled={draft.isPending}>
            {draft.isPending ? 'Drafting…' : 'Draft my introduction'}
          </button>
          <StatusNote message={said} />
        </FormActions>
      </form>
    </section>
  );
}
