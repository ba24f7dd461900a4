/**
 * Activity groups in a real browser: an admin and three members who all climb and chose
 * small-group activities (set up over the API: this file is not about invites or
 * profiles); the admin starts a group round on the community's page and sees the
 * figures; a member finds their bouldering group there, with who else is in it, sees no
 * start form (only admins start rounds) and says "I'm in"; the admin's figures then
 * count one yes, and nobody's name. Each viewport has a fresh install of its own.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  apiCall,
  checkPage,
  type Kindred,
  openPage,
  signUpOwner,
  startKindred,
  VIEWPORTS,
} from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser();

/** A fresh server, four people and several full-page checks: more than the default time. */
const SLOW = 180_000;

const MEMBERS = ['Sam Lee', 'Ana Duarte', 'Theo Park'];
const CLIMBER = { interests: ['bouldering', 'jazz'], formats: ['group-activity', 'walk'] };

async function bringIn(admin: BrowserContext, member: BrowserContext, communityId: string, name: string) {
  await apiCall(member, 'POST', '/auth/signup', {
    email: `${name.split(' ')[0]?.toLowerCase()}@example.test`,
    password: 'a long and quiet evening',
    displayName: name,
  });
  const invite = await apiCall<{ url: string }>(admin, 'POST', `/communities/${communityId}/invites`, {});
  await apiCall(member, 'POST', '/invites/accept', { token: invite.url });
  await apiCall(member, 'PATCH', `/communities/${communityId}/profile`, { ...CLIMBER, team: `${name} team` });
}

describe('activity groups', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `an admin starts a group round; a member joins their group (${viewport.name})`,
      async () => {
        const kindred: Kindred = await startKindred({ ALLOW_SIGNUP: 'true' });
        try {
          const admin = await openPage(env.browser, viewport, kindred.url);
          await signUpOwner(admin.context);
          const community = await apiCall<{ id: string }>(admin.context, 'POST', '/communities', {
            name: 'Climbing club',
          });
          await apiCall(admin.context, 'PATCH', `/communities/${community.id}/profile`, CLIMBER);
          const members = [];
          for (const name of MEMBERS) {
            const member = await openPage(env.browser, viewport, kindred.url);
            await bringIn(admin.context, member.context, community.id, name);
            members.push(member);
          }

          const a = admin.page;
          await a.goto(`/communities/${community.id}`);
          await a.getByRole('heading', { level: 2, name: 'Activity groups' }).waitFor();
          await a.getByText('You are not in a group yet.').waitFor();
          const form = a.getByRole('form', { name: 'Start a group round' });
          await form.getByLabel('Title').fill('Spring climbs');
          await form.getByLabel('Smallest group').selectOption('4');
          await form.getByLabel('Largest group').selectOption('4');
          await form.getByRole('button', { name: 'Form groups' }).click();
          await form.getByText(/^Formed 1 group from 4 members who chose group activities/).waitFor();
          const figures = a.getByRole('table', { name: /Counts only/ });
          await figures.waitFor();
          await expect
            .poll(() => figures.getByRole('row').nth(1).getByRole('cell').allTextContents())
            .toEqual(['Spring climbs', '1', '4', '0', '0', '0', '4']);
          await a.getByRole('heading', { level: 3, name: 'Bouldering group' }).waitFor();
          await checkPage(a, 'community-groups-admin', viewport);

          // Sam finds the group on the same page, with who else is in it, and joins.
          const sam = members[0];
          if (!sam) throw new Error('no member');
          const s = sam.page;
          await s.goto(`/communities/${community.id}`);
          const group = s
            .getByRole('listitem')
            .filter({ has: s.getByRole('heading', { name: 'Bouldering group' }) });
          await group.waitFor();
          await group.getByText('0 of 4 people are in so far.').waitFor();
          const others = await group
            .getByRole('list', { name: 'Who else is in the group' })
            .locator('summary')
            .allTextContents();
          expect(others.sort()).toEqual(['Ana Duarte', 'Robin Ash', 'Theo Park']);
          await group.getByText('Theo Park', { exact: true }).click();
          await group.getByText('Theo Park team').waitFor();
          // A member sees no figures of a round they did not start, and no start form that
          // would only be refused: a sentence says who starts rounds instead.
          expect(await s.getByRole('table', { name: /Counts only/ }).count()).toBe(0);
          await s.getByText(/^Admins start group rounds\./).waitFor();
          expect(await s.getByRole('form', { name: 'Start a group round' }).count()).toBe(0);
          expect(await s.getByRole('button', { name: 'Form groups' }).count()).toBe(0);
          await group.getByRole('button', { name: "I'm in" }).click();
          await group.getByText(/^You are in\./).waitFor();
          await group.getByText('1 of 4 people is in so far.').waitFor();
          await expect
            .poll(() => group.getByRole('button', { name: "I'm in" }).getAttribute('aria-pressed'))
            .toBe('true');
          await checkPage(s, 'community-groups-member', viewport);

          // The admin's figures count the yes, and name nobody.
          await a.reload();
          await expect
            .poll(() =>
              a
                .getByRole('table', { name: /Counts only/ })
                .getByRole('row')
                .nth(1)
                .getByRole('cell')
                .allTextContents(),
            )
            .toEqual(['Spring climbs', '1', '4', '0', '1', '0', '3']);
          expect(await a.getByRole('table', { name: /Counts only/ }).textContent()).not.toContain('Sam');
          for (const m of members) await m.context.close();
          await admin.context.close();
        } finally {
          await kindred.stop();
        }
      },
      SLOW,
    );
  }
});
