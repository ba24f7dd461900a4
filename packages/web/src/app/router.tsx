/**
 * Every page and its address. Pages load on demand, so the first visit downloads only
 * the shell and the page it opens (the charting library, for one, only with Insights).
 */
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found.page.tsx';
import { RouteError } from './route-error.tsx';

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/welcome',
      lazy: async () => ({ Component: (await import('../pages/first-run/first-run.page.tsx')).FirstRunPage }),
    },
    {
      path: '/signin',
      lazy: async () => ({ Component: (await import('../pages/sign-in/sign-in.page.tsx')).SignInPage }),
    },
    {
      // An invite link: it explains itself to people who are signed out, so it sits outside the shell.
      path: '/join/:secret',
      lazy: async () => ({ Component: (await import('../pages/join/join.page.tsx')).JoinPage }),
    },
    {
      path: '/',
      Component: Layout,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('../pages/today/today.page.tsx')).TodayPage }),
        },
        {
          path: 'people',
          lazy: async () => ({ Component: (await import('../pages/people/people.page.tsx')).PeoplePage }),
        },
        {
          path: 'people/:id',
          lazy: async () => ({ Component: (await import('../pages/people/person.page.tsx')).PersonPage }),
        },
        {
          path: 'events',
          lazy: async () => ({ Component: (await import('../pages/events/events.page.tsx')).EventsPage }),
        },
        {
          path: 'events/:id',
          lazy: async () => ({ Component: (await import('../pages/events/event.page.tsx')).EventPage }),
        },
        {
          path: 'insights',
          lazy: async () => ({
            Component: (await import('../pages/insights/insights.page.tsx')).InsightsPage,
          }),
        },
        {
          path: 'import',
          lazy: async () => ({
            Component: (await import('../pages/transfer/transfer.page.tsx')).TransferPage,
          }),
        },
        {
          path: 'communities',
          lazy: async () => ({
            Component: (await import('../pages/communities/communities.page.tsx')).CommunitiesPage,
          }),
        },
        {
          path: 'communities/:id',
          lazy: async () => ({
            Component: (await import('../pages/communities/community.page.tsx')).CommunityPage,
          }),
        },
        {
          path: 'communities/:id/profile',
          lazy: async () => ({
            Component: (await import('../pages/communities/profile.page.tsx')).ProfilePage,
          }),
        },
        {
          path: 'communities/:id/members/:userId',
          lazy: async () => ({
            Component: (await import('../pages/communities/member.page.tsx')).MemberPage,
          }),
        },
        {
          path: 'communities/:id/seating',
          lazy: async () => ({
            Component: (await import('../pages/community-seating/seating-events.page.tsx')).SeatingEventsPage,
          }),
        },
        {
          path: 'communities/:id/seating/:eventId',
          lazy: async () => ({
            Component: (await import('../pages/community-seating/seating-event.page.tsx')).SeatingEventPage,
          }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('../pages/settings/settings.page.tsx')).SettingsPage,
          }),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
