/**
 * Settings: your week and its energy, what each kind of contact costs, you and your
 * introduction, tokens for scripts, the calendar link, the weekly email, the password,
 * and deleting it all. Each section saves on its own and says so.
 */
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CalendarSection } from './calendar-section.tsx';
import { CostsSection } from './costs-section.tsx';
import { DeleteSection } from './delete-section.tsx';
import { DigestSection } from './digest-section.tsx';
import { IntroSection } from './intro-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { useSettings } from './settings.api.ts';
import './settings.css';
import { TokensSection } from './tokens-section.tsx';
import { WeekSection } from './week-section.tsx';

const SECTIONS = [
  { id: 'week', name: 'Your week' },
  { id: 'costs', name: 'Energy costs' },
  { id: 'introduction', name: 'Your introduction' },
  { id: 'tokens', name: 'API tokens' },
  { id: 'calendar', name: 'Calendar feed' },
  { id: 'digest', name: 'Weekly email' },
  { id: 'password', name: 'Password' },
  { id: 'delete', name: 'Delete account' },
];

export function SettingsPage() {
  const settings = useSettings();
  return (
    <div className="settings-page">
      <PageHeader title="Settings" lead="How Kindred fits your week, and how it reaches you." />
      <nav aria-label="Settings sections" className="settings-toc no-print">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack settings-sections">
        {settings.data ? (
          <>
            <WeekSection current={settings.data} />
            <CostsSection current={settings.data} />
            <IntroSection current={settings.data} />
          </>
        ) : settings.error ? (
          <ErrorNote error={settings.error} />
        ) : (
          <Loading what="Reading your settings" />
        )}
        <TokensSection />
        <CalendarSection />
        {settings.data ? <DigestSection current={settings.data} /> : null}
        <PasswordSection />
        <DeleteSection />
      </div>
    </div>
  );
}
