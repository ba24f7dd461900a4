/**
 * "Your profile here": what you enjoy, where and when you are free, how and how often you
 * like to meet, what you are open to and a short intro, each with who may see it. Saving
 * shows what was saved, sorted by who sees it, so nobody has to guess what is on show.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import type { MyCommunityProfile } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LabelSelect } from '../../components/label-select.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { type ChosenInterest, InterestPicker } from '../people/interest-picker.tsx';
import { browserTimeZone } from '../settings/week-options.ts';
import {
  FORMAT_LABELS,
  FREQUENCY_LABELS,
  type Frequency,
  type MeetingFormat,
  myProfileKey,
  OPEN_TO_LABELS,
  type OpenTo,
  SENIORITY_LABELS,
  type Seniority,
  type ShareableField,
  useCommunity,
  useMyProfile,
} from './communities.api.ts';
import './communities.css';
import { CommunityCrumbs, ZoneSelect } from './community-parts.tsx';
import { AvailabilityRows, CheckGroup, SharePart, type WindowRow, windowRow } from './profile-parts.tsx';
import { SavedSummary } from './saved-summary.tsx';

export function ProfilePage() {
  const { id = '' } = useParams();
  const community = useCommunity(id);
  const profile = useMyProfile(id);
  return (
    <div className="stack profile-page">
      <CommunityCrumbs id={id} name={community.data?.name} />
      <PageHeader
        title="Your profile here"
        lead={`What ${community.data?.name ?? 'this community'} pairs you on. You choose who sees each part. “Only my matches” means the people a round pairs you with: for a month after the match, and for good once you have all said yes. What nobody sees still helps Kindred find you a good match.`}
      />
      {profile.isPending ? <Loading what="Opening your profile" /> : null}
      <ErrorNote error={profile.error} />
      {profile.data ? <ProfileForm communityId={id} initial={profile.data} /> : null}
    </div>
  );
}

type PauseChoice = 'active' | 'until-day' | 'until-resumed';

const PAUSE_LABELS: Record<PauseChoice, string> = {
  active: 'Pair me as usual',
  'until-day': 'Pause until a day',
  'until-resumed': 'Pause until I come back',
};

function ProfileForm({ communityId, initial }: { communityId: string; initial: MyCommunityProfile }) {
  const queryClient = useQueryClient();
  const [interests, setInterests] = useState<ChosenInterest[]>(chips(initial));
  const [team, setTeam] = useState(initial.team ?? '');
  const [seniority, setSeniority] = useState<Seniority | ''>(initial.seniority ?? '');
  const [location, setLocation] = useState(initial.location ?? '');
  const [timeZone, setTimeZone] = useState(initial.timeZone ?? browserTimeZone());
  const [windows, setWindows] = useState<WindowRow[]>(
    initial.availability.map((w) => windowRow(w.day, w.start, w.end)),
  );
  const [formats, setFormats] = useState<MeetingFormat[]>(initial.formats);
  const [frequency, setFrequency] = useState<Frequency>(initial.frequency);
  const [pause, setPause] = useState<PauseChoice>(
    initial.paused ? (initial.pausedUntil ? 'until-day' : 'until-resumed') : 'active',
  );
  const [pausedUntil, setPausedUntil] = useState(initial.pausedUntil ?? '');
  const [openTo, setOpenTo] = useState<OpenTo[]>(initial.openTo);
  const [intro, setIntro] = useState(initial.intro ?? '');
  const [visibility, setVisibility] = useState(initial.visibility);
  const [saved, setSaved] = useState<MyCommunityProfile | null>(null);

  const save = useMutation({
    mutationFn: () =>
      api.patch<MyCommunityProfile>(`/communities/${communityId}/profile`, {
        interests: interests.map((i) => i.label),
        team: team.trim() || null,
        seniority: seniority || null,
        location: location.trim() || null,
        timeZone,
        availability: windows.map(({ day, start, end }) => ({ day, start, end })),
        formats,
        frequency,
        paused: pause !== 'active',
        pausedUntil: pause === 'until-day' ? pausedUntil || null : null,
        openTo,
        intro: intro.trim() || null,
        visibility,
      }),
    onSuccess: (profile) => {
      queryClient.setQueryData(myProfileKey(communityId), profile);
      void queryClient.invalidateQueries({ queryKey: ['communities', communityId, 'members'] });
      // What the server made of the interests (names on the taxonomy) replaces what was typed.
      setInterests(chips(profile));
      setSaved(profile);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  /** The server's message for a field (`team`, `availability.0.end`, `visibility.team`). */
  const errorFor = (field: string) =>
    error?.details.find((d) => (d.field ?? '').replace(/^body\./, '') === field)?.message;
  const fieldErrors = error?.details.some((d) => d.field) ?? false;
  const share = (field: ShareableField, what: string) => ({
    what,
    visibility: visibility[field],
    onVisibility: (level: (typeof visibility)[ShareableField]) =>
      setVisibility((v) => ({ ...v, [field]: level })),
    visibilityError: errorFor(`visibility.${field}`),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    save.mutate();
  };

  return (
    <form className="stack profile-form" onSubmit={submit} noValidate aria-label="Your profile here">
      <section className="card stack" aria-labelledby="about-title">
        <h2 id="about-title">What you enjoy</h2>
        <SharePart {...share('interests', 'interests')}>
          <InterestPicker
            label="Interests"
            hint="Activities and topics you would enjoy talking about: pick a suggestion or press Enter to add what you typed."
            chosen={interests}
            onChange={setInterests}
            error={
              errorFor('interests') ?? error?.details.find((d) => d.field?.includes('interests.'))?.message
            }
          />
        </SharePart>
        <SharePart {...share('intro', 'intro')}>
          <Field
            label="A short intro"
            hint="A line or two in your own words, e.g. “I run the data team and bake sourdough at weekends.”"
            error={errorFor('intro')}
          >
            <textarea value={intro} onChange={(e) => setIntro(e.target.value)} maxLength={600} />
          </Field>
        </SharePart>
      </section>

      <section className="card stack" aria-labelledby="work-title">
        <h2 id="work-title">Where you work</h2>
        <SharePart {...share('team', 'team')}>
          <Field label="Team or department" error={errorFor('team')}>
            <input
              value={team}
              onChange={(e) => setTeam(e.target.value)}
              maxLength={120}
              autoComplete="off"
            />
          </Field>
        </SharePart>
        <SharePart {...share('seniority', 'seniority')}>
          <Field label="Seniority" hint="Helps pair people who want mentoring." error={errorFor('seniority')}>
            <LabelSelect
              labels={SENIORITY_LABELS}
              value={seniority as Seniority}
              onChange={setSeniority}
              none="Rather not say"
            />
          </Field>
        </SharePart>
        <SharePart {...share('location', 'location')}>
          <Field label="Location" hint="An office, a city, or “remote”." error={errorFor('location')}>
            <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={120} />
          </Field>
        </SharePart>
      </section>

      <section className="card stack" aria-labelledby="when-title">
        <h2 id="when-title">When and how you like to meet</h2>
        <SharePart {...share('timeZone', 'time zone')}>
          <ZoneSelect
            label="Time zone"
            value={timeZone}
            onChange={setTimeZone}
            error={errorFor('timeZone')}
          />
        </SharePart>
        <SharePart {...share('availability', 'free times')}>
          <AvailabilityRows
            rows={windows}
            onChange={setWindows}
            timeZone={timeZone}
            errorFor={(row, part) =>
              errorFor(`availability.${row}.${part}`) ?? errorFor(`availability.${row}`)
            }
          />
        </SharePart>
        <SharePart {...share('formats', 'formats')}>
          <CheckGroup
            legend="Ways you like to meet"
            labels={FORMAT_LABELS}
            chosen={formats}
            onChange={setFormats}
            error={errorFor('formats')}
          />
        </SharePart>
        <SharePart {...share('openTo', 'openness')}>
          <CheckGroup
            legend="Open to"
            hint="At least one."
            labels={OPEN_TO_LABELS}
            chosen={openTo}
            onChange={setOpenTo}
            error={errorFor('openTo')}
          />
        </SharePart>
      </section>

      <section className="card stack" aria-labelledby="pairing-title">
        <h2 id="pairing-title">Pairing</h2>
        <p className="muted">Only you see these.</p>
        <Field label="How often to be paired" error={errorFor('frequency')}>
          <LabelSelect labels={FREQUENCY_LABELS} value={frequency} onChange={setFrequency} />
        </Field>
        <Field label="Taking a break" error={errorFor('paused')}>
          <LabelSelect labels={PAUSE_LABELS} value={pause} onChange={setPause} />
        </Field>
        {pause === 'until-day' ? (
          <Field
            label="Back on"
            hint="The first day you would like to be paired again."
            error={errorFor('pausedUntil')}
          >
            <input type="date" value={pausedUntil} onChange={(e) => setPausedUntil(e.target.value)} />
          </Field>
        ) : null}
      </section>

      {save.error ? (
        <ErrorNote
          error={save.error}
          title={fieldErrors ? 'Nothing was saved; the parts to change are marked.' : 'Nothing was saved.'}
        />
      ) : null}
      <FormActions submit="Save your profile" pending={save.isPending} pendingLabel="Saving…" />
      {saved ? <SavedSummary profile={saved} communityId={communityId} /> : null}
    </form>
  );
}

function chips(profile: MyCommunityProfile): ChosenInterest[] {
  return profile.interests.map((i) => ({ value: i.key, label: i.label }));
}
