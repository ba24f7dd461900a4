/**
 * Activity groups in a real browser: an admin and three members who all climb and chose
 * small-group activities (set up over the API: this file is not about invites or
 * profiles); a member who is not an admin starts a group round on the community's page,
 * sees its figures, finds their bouldering group there with who else is in it, and says
 * "I'm in"; the admin's figures count one yes and nobody's name, and the admin's try at a
 * second round the same day is refused with the whole message (at most one a day).
 * Each viewport has a fresh install of its own.
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
      `a member starts a group round and joins their group; a second the same day is refused (${viewport.name})`,
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

          // Sam, a member (not an admin), starts the round on the community's page.
          const sam = members[0];
          if (!sam) throw new Error('no member');
          const s = sam.page;
          await s.goto(`/communities/${community.id}`);
          await s.getByRole('heading', { level: 2, name: 'Activity groups' }).waitFor();
          await s.getByText('You are not in a group yet.').waitFor();
          const form = s.getByRole('form', { name: 'Start a group round' });
          await form
            .getByText(
              /^Any member can start one\..*“Small-group activity”.*at most one group round a day\.$/,
            )
            .waitFor();
          await form.getByLabel('Title').fill('Spring climbs');
          await form.getByLabel('Smallest group').selectOption('4');
          await form.getByLabel('Largest group').selectOption('4');
          await form.getByRole('button', { name: 'Form groups' }).click();
          await form.getByText(/^Formed 1 group from 4 members who chose group activities/).waitFor();
          // The member who started it sees its figures.
          await s.getByRole('heading', { level: 3, name: 'Group rounds you started' }).waitFor();
          await expect
            .poll(() =>
              s
                .getByRole('table', { name: /Counts only/ })
                .getByRole('row')
                .nth(1)
                .getByRole('cell')
                .allTextContents(),
            )
            .toEqual(['Spring climbs', '1', '4', '0', '0', '0', '4']);

          // Sam finds the group on the same page, with who else is in it, and joins.
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
          await group.getByRole('button', { name: "I'm in" }).click();
          await group.getByText(/^You are in\./).waitFor();
          await group.getByText('1 of 4 people is in so far.').waitFor();
          await expect
            .poll(() => group.getByRole('button', { name: "I'm in" }).getAttribute('aria-pressed'))
            .toBe('true');
          await checkPage(s, 'community-groups-member', viewport);

          // The admin sees every round's figures: the yes counted, nobody named.
          const a = admin.page;
          await a.goto(`/communities/${community.id}`);
          await a.getByRole('heading', { level: 3, name: 'Bouldering group' }).waitFor();
          const figures = a.getByRole('table', { name: /Counts only/ });
          await expect
            .poll(() => figures.getByRole('row').nth(1).getByRole('cell').allTextContents())
            .toEqual(['Spring climbs', '1', '4', '0', '1', '0', '3']);
          expect(await figures.textContent()).not.toContain('Sam');
          // A second round the same day is refused, for an admin too, and the whole
          // message shows: when the last one started and from when a new one can.
          const again = a.getByRole('form', { name: 'Start a group round' });
          await again.getByLabel('Title').fill('More climbs');
          await again.getByRole('button', { name: 'Form groups' }).click();
          const refusal = again.getByRole('alert');
          await refusal.waitFor();
          expect(await refusal.textContent()).toMatch(
            /^The last group round in this community started (just now|\d+ minutes? ago), on \w{3} \d{1,2} \w{3} at \d\d:\d\d \([\w/+-]+ time\)\. A community has at most one group round a day, so nobody is placed in a new group and emailed about it more often than that\. Nothing was started and nobody was emailed\. A new group round can start here from \w{3} \d{1,2} \w{3} at \d\d:\d\d \([\w/+-]+ time\)\.$/,
          );
          expect(await again.getByText(/^Formed/).count()).toBe(0);
          await a.reload();
          await figures.waitFor();
          expect(await figures.getByRole('row').count()).toBe(2);
          await checkPage(a, 'community-groups-admin', viewport);
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
