/**
 * The frame around every signed-in page: a skip link, the brand, the main navigation,
 * the theme choice and signing out. Signed-out visitors are sent to the first-run page
 * (a fresh install waiting for its owner) or to sign in, and come back afterwards.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { ErrorNote } from '../components/error-note.tsx';
import { Loading } from '../components/loading.tsx';
import { useAccount, useSetup } from './session.ts';
import { type ThemeChoice, useTheme } from './theme.ts';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/people', label: 'People' },
  { to: '/events', label: 'Events' },
  { to: '/insights', label: 'Insights' },
  { to: '/communities', label: 'Communities' },
  { to: '/import', label: 'Import & export' },
  { to: '/settings', label: 'Settings' },
];

/**
 * After a navigation inside the app, focus moves to the new page's content, as it would
 * after a full page load, so keyboard and screen-reader users start at the top of it.
 */
function useFocusOnNavigation(ready: boolean) {
  const location = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    if (!ready) return;
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [location.pathname, ready]);
}

export function Layout() {
  const account = useAccount();
  const location = useLocation();
  useFocusOnNavigation(Boolean(account.data));
  const signedOut = account.data === null;
  const setup = useSetup();

  if (account.isPending) return <Loading what="Opening Kindred" />;
  if (account.error) return <ErrorNote error={account.error} />;
  if (signedOut) {
    if (setup.isPending) return <Loading what="Opening Kindred" />;
    if (setup.data?.needsOwner) return <Navigate to="/welcome" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <NavLink to="/" className="brand">
            Kindred
          </NavLink>
          <nav className="main-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ShellTools />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function ShellTools() {
  const [theme, setTheme] = useTheme();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/signout'),
    onSuccess: () => {
      queryClient.clear();
      navigate('/signin');
    },
  });
  return (
    <div className="shell-tools">
      <label className="visually-hidden" htmlFor="theme-choice">
        Theme
      </label>
      <select id="theme-choice" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
    </div>
  );
}
