/**
 * Communities in a real browser, with several people in their own browser contexts: an
 * admin starts a community and makes an invite link; a newcomer opens the link, makes an
 * account from it and joins, then fills a profile with one field kept from everyone; the
 * admin sees what is shared and not what is hidden. The admin sets the round rules, runs
 * a round and keeps a pair apart; the member sees the match on their own clock, declines,
 * changes their mind, accepts, says they met and keeps the match in their people; the
 * admin's figures count it. Around that: field errors from the server, a withdrawn
 * link's kind refusal, signing in from a link and coming back to it, the only admin's
 * refusal to leave (by keyboard), a role change, and deleting the community. Each
 * viewport has a fresh install of its own.
 */
import type { Page } from 'playwright-core';
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

/** A fresh server, two people and several full-page checks: more than the default time. */
const SLOW = 180_000;

const MEMBER = { name: 'Sam Lee', email: 'sam@example.test', password: 'tea on the terrace at four' };

const region = (page: Page, name: string) => page.getByRole('region', { name });

/** Makes an invite link on the community page and returns its path (/join/…). */
async function makeInvite(page: Page): Promise<string> {
  const invites = region(page, 'Invites');
  await invites.getByRole('button', { name: 'Make an invite link' }).click();
  const link = invites.getByRole('textbox', { name: 'Invite link' });
  await link.waitFor();
  const url = await link.inputValue();
  expect(url).toMatch(/\/join\/\S+$/);
  await invites.getByRole('button', { name: 'I have copied it' }).click();
  return new URL(url).pathname;
}

describe('communities', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `start a community, invite, join by link, share a profile, admin tasks (${viewport.name})`,
      async () => {
        // Sign-up open: the newcomer makes an account from the invite link.
        const kindred: Kindred = await startKindred({ ALLOW_SIGNUP: 'true' });
        try {
          const admin = await openPage(env.browser, viewport, kindred.url);
          await signUpOwner(admin.context);
          const a = admin.page;

          // No community yet: the page says how people get into one, and offers to start one.
          await a.goto('/');
          await a
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Communities' })
            .click();
          await a.getByRole('heading', { level: 1, name: 'Communities' }).waitFor();
          await a.getByText('You are not in a community yet.').waitFor();
          await a.getByRole('button', { name: 'Start the community' }).click();
          await expect
            .poll(() => a.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'))
            .toBe('true');
          await a.getByLabel('Name', { exact: true }).fill('Lisbon office');
          await a.getByLabel('What it is for (optional)').fill('Monthly coffees across the Lisbon office.');
          await a.getByRole('button', { name: 'Start the community' }).click();
          await a.waitForURL(/\/communities\/[^/]+$/);
          const communityPath = new URL(a.url()).pathname;
          await a.getByRole('heading', { level: 1, name: 'Lisbon office' }).waitFor();
          await a.getByText('Lisbon office is ready.').waitFor();

          const joinPath = await makeInvite(a);
          const invites = region(a, 'Invites');
          await expect.poll(() => invites.locator('.invite-item').count()).toBe(1);
          await expect.poll(() => invites.locator('.invite-item').first().textContent()).toMatch(/Open/);
          await checkPage(a, 'community-admin', viewport);

          // The newcomer, signed out, opens the link: an explanation, an account, and in.
          const member = await openPage(env.browser, viewport, kindred.url);
          const m = member.page;
          await m.goto(joinPath);
          await m.getByRole('heading', { level: 1, name: 'You are invited to a community' }).waitFor();
          expect(await m.getByRole('link', { name: 'Sign in to join' }).getAttribute('href')).toBe(
            `/signin?next=${encodeURIComponent(joinPath)}`,
          );
          await checkPage(m, 'join', viewport);
          await m.getByLabel('Your name').fill(MEMBER.name);
          await m.getByLabel('Email').fill(MEMBER.email);
          await m.getByLabel('Password').fill('short');
          await m.getByRole('button', { name: 'Make my account and join' }).click();
          // The server's refusal lands on the field it concerns.
          await expect.poll(() => m.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
          await m.getByLabel('Password').fill(MEMBER.password);
          await m.getByRole('button', { name: 'Make my account and join' }).click();
          await m.waitForURL((url) => url.pathname === communityPath);
          await m.getByText('Welcome to Lisbon office.').waitFor();

          // The community suggests a profile; the member fills one.
          await m.getByRole('link', { name: 'Fill your profile' }).click();
          await m.getByRole('heading', { level: 1, name: 'Your profile here' }).waitFor();
          const interests = m.getByLabel('Interests', { exact: true });
          await interests.fill('rock climbing');
          await interests.press('Enter');
          await interests.fill('jazz');
          await interests.press('Enter');
          await expect
            .poll(() => m.getByRole('list', { name: 'Interests: chosen' }).locator('li').count())
            .toBe(2);
          await m.getByLabel('A short intro').fill('I look after the build tools and play the double bass.');
          await m.getByLabel('Team or department').fill('Platform');
          // Team is shown to everyone unless chosen otherwise: keep it to nobody.
          await m.getByLabel('Who sees your team').selectOption('nobody');
          await m.getByLabel('Location', { exact: true }).fill('Lisbon, Alcântara');
          await m.getByLabel('Who sees your location').selectOption('members');
          await expect
            .poll(() => m.getByLabel('Time zone', { exact: true }).inputValue())
            .toBe('Europe/London');
          await m.getByRole('button', { name: 'Add a time' }).click();
          const slot = m.getByRole('group', { name: 'Time 1' });
          await slot.getByLabel('Day', { exact: true }).selectOption('tue');
          await slot.getByLabel('From', { exact: true }).fill('14:00');
          await slot.getByLabel('To', { exact: true }).fill('13:00');
          await m.getByLabel('Coffee').check();
          await m.getByLabel('A walk').check();
          await m.getByRole('button', { name: 'Save your profile' }).click();
          // A window that ends before it starts is refused, and marked on its own row.
          await expect
            .poll(() => slot.getByLabel('To', { exact: true }).getAttribute('aria-invalid'))
            .toBe('true');
          await expect.poll(() => slot.locator('.field-error').textContent()).toMatch(/end after it starts/);
          await slot.getByLabel('From', { exact: true }).fill('12:00');
          await slot.getByLabel('To', { exact: true }).fill('13:30');
          await m.getByRole('button', { name: 'Save your profile' }).click();
          const saved = m.getByRole('region', { name: 'Saved' });
          await saved.waitFor();
          const everyone = saved.locator('.saved-members');
          await expect.poll(() => everyone.textContent()).toMatch(/Rock climbing/i);
          await expect.poll(() => everyone.textContent()).toMatch(/Lisbon, Alcântara/);
          await expect.poll(() => everyone.textContent()).not.toMatch(/Platform/);
          await expect.poll(() => saved.locator('.saved-nobody').textContent()).toMatch(/Platform/);
          await expect
            .poll(() => saved.locator('.saved-matches').textContent())
            .toMatch(/Tuesday 12:00–13:30/);
          await checkPage(m, 'community-profile', viewport);

          // The admin sees what the member shares with everyone, and not the hidden team.
          await a.reload();
          const members = region(a, 'Members');
          const sam = members.getByRole('listitem').filter({ hasText: MEMBER.name });
          await expect.poll(() => sam.textContent()).toMatch(/Rock climbing/i);
          await expect.poll(() => sam.textContent()).toMatch(/double bass/);
          await expect.poll(() => sam.textContent()).toMatch(/Lisbon, Alcântara/);
          expect(await sam.textContent()).not.toMatch(/Platform/);
          // Free times are for matches only.
          expect(await sam.textContent()).not.toMatch(/Tuesday/);
          await expect.poll(() => invites.locator('.invite-item').first().textContent()).toMatch(/Used/);
          await sam.getByRole('link', { name: `Open ${MEMBER.name}’s profile` }).click();
          await a.getByRole('heading', { level: 1, name: MEMBER.name }).waitFor();
          await expect.poll(() => a.locator('.profile-facts').textContent()).toMatch(/Coffee, A walk/);
          expect(await a.locator('.profile-facts').textContent()).not.toMatch(/Platform/);
          await checkPage(a, 'community-member', viewport);
          await a.goBack();

          // Pairing: the admin sets the rules and runs a round from the page.
          await apiCall(admin.context, 'PATCH', `${communityPath}/profile`, {
            availability: [{ day: 'tue', start: '12:00', end: '14:00' }],
            timeZone: 'Europe/London',
          });
          const rounds = region(a, 'Pairing rounds');
          await rounds.getByLabel('How often').selectOption('weekly');
          await rounds.getByLabel('On', { exact: true }).selectOption('mon');
          await rounds.getByLabel('At', { exact: true }).selectOption('9');
          await rounds.getByRole('button', { name: 'Save the rules' }).click();
          await expect.poll(() => rounds.getByText(/^Next round: Monday/).count()).toBe(1);
          await rounds.getByRole('button', { name: 'Run a round now' }).click();
          await rounds.getByText('Paired 2 members: 1 pair, 0 trios.').waitFor();
          const past = rounds.getByRole('table');
          await expect.poll(() => past.locator('tbody tr').count()).toBe(1);
          // Two members kept apart, then let go again.
          await rounds.getByLabel('One member').selectOption({ label: 'Robin Ash' });
          await rounds.getByLabel('The other').selectOption({ label: MEMBER.name });
          await rounds.getByRole('button', { name: 'Keep apart' }).click();
          await rounds.getByText(`Robin Ash and ${MEMBER.name} will not be paired.`).waitFor();
          await rounds.getByRole('button', { name: /Pair again/ }).click();
          await rounds.getByText(`Robin Ash and ${MEMBER.name} can be paired again.`).waitFor();
          await checkPage(a, 'community-rounds', viewport);

          // The member sees the match: who, why, a starter, and times on their own clock.
          await m.goto(communityPath);
          const yours = region(m, 'Your matches');
          const match = yours.getByRole('listitem').filter({ hasText: 'You and Robin Ash' });
          await match.waitFor();
          await expect.poll(() => match.locator('.match-reason').textContent()).toMatch(/\S/);
          await expect.poll(() => match.locator('.match-starter').textContent()).toMatch(/\S/);
          await expect.poll(() => match.locator('.match-times').textContent()).toMatch(/Tuesday .*12:00–/);
          // A no asks for no reason and says nobody is told why; a change of mind is fine.
          await match.getByRole('button', { name: 'Not this time' }).click();
          await match.getByText(/Nobody is told why/).waitFor();
          expect(await match.getByRole('group', { name: 'Did you meet?' }).count()).toBe(0);
          await match.getByRole('button', { name: 'Accept' }).click();
          await match.getByText('You said yes. They will see it.').waitFor();
          await expect
            .poll(() => match.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed'))
            .toBe('true');
          await match.getByRole('button', { name: 'Yes, we met' }).click();
          await match.getByRole('button', { name: 'Yes, again' }).click();
          await match.getByText(/Glad it went well/).waitFor();
          await match.getByRole('button', { name: 'Add to my people' }).click();
          await match.getByRole('link', { name: 'open Robin Ash' }).waitFor();
          await checkPage(m, 'community-matches', viewport);

          // The admin's figures count the yes and the meeting, and nothing says who.
          await a.reload();
          const figures = region(a, 'Pairing rounds').getByRole('table').locator('tbody tr').first();
          await expect.poll(() => figures.locator('td').nth(3).textContent()).toBe('1');
          await expect.poll(() => figures.locator('td').nth(5).textContent()).toBe('1');

          // A withdrawn link says so kindly, and what to do.
          const secondPath = await makeInvite(a);
          const open = invites.locator('.invite-item').filter({ hasText: 'Open' });
          await open.getByRole('button', { name: /Withdraw/ }).click();
          await open.getByRole('button', { name: 'Withdraw it' }).click();
          await a.getByText('its link no longer works').waitFor();
          // Someone new (the member is already in, so their link would just open the community)
          // makes an account from it, and is told, kindly, to ask for a new link.
          const late = await openPage(env.browser, viewport, kindred.url);
          const l = late.page;
          await l.goto(secondPath);
          await l.getByLabel('Your name').fill('Ana Duarte');
          await l.getByLabel('Email').fill('ana@example.test');
          await l.getByLabel('Password').fill('a walk along the river');
          await l.getByRole('button', { name: 'Make my account and join' }).click();
          await l.getByRole('heading', { level: 1, name: 'This invite link no longer works' }).waitFor();
          await expect.poll(() => l.locator('.dead-link').textContent()).toMatch(/withdrawn.*new link/s);
          await checkPage(l, 'join-withdrawn', viewport);

          // With an account already, signing in from the link comes back to it, and joins.
          const thirdPath = await makeInvite(a);
          const again = await openPage(env.browser, viewport, kindred.url);
          const g = again.page;
          await g.goto(thirdPath);
          await g.getByRole('link', { name: 'Sign in to join' }).click();
          // The invite page has its own Email and Password (the sign-up form): wait for the
          // sign-in page, or the fills can land on the page being left.
          await g.getByRole('heading', { level: 1, name: 'Sign in to Kindred' }).waitFor();
          await g.getByLabel('Email').fill('ana@example.test');
          await g.getByLabel('Password').fill('a walk along the river');
          await g.getByRole('button', { name: 'Sign in' }).click();
          await g.waitForURL((url) => url.pathname === thirdPath);
          await g.getByText('You are signed in as Ana Duarte.', { exact: false }).waitFor();
          await g.getByRole('button', { name: 'Join this community' }).click();
          await g.waitForURL((url) => url.pathname === communityPath);
          await g.getByText('Welcome to Lisbon office.').waitFor();

          // The only admin cannot leave; the reason is shown under the question. Keyboard only.
          const leave = region(a, 'Leave Lisbon office');
          await leave.getByRole('button', { name: 'Leave this community' }).focus();
          await a.keyboard.press('Enter');
          await expect.poll(() => a.evaluate(() => document.activeElement?.textContent)).toBe('Stay');
          await a.keyboard.press('Shift+Tab');
          await a.keyboard.press('Enter');
          await expect
            .poll(() => leave.getByRole('alert').textContent())
            .toMatch(/only admin of Lisbon office/);
          await leave.getByRole('button', { name: 'Stay' }).click();

          // Making the member an admin too.
          const samRow = region(a, 'Members').getByRole('listitem').filter({ hasText: MEMBER.name });
          await samRow.getByLabel(`Role of ${MEMBER.name}`).selectOption('admin');
          await samRow.getByRole('button', { name: 'Change role' }).click();
          await samRow.getByText('Sam Lee is now an admin.').waitFor();

          // Deleting asks in place; then the list says it is gone.
          const del = region(a, 'Delete Lisbon office');
          await del.getByRole('button', { name: 'Delete this community' }).click();
          await del.getByRole('button', { name: 'Keep it' }).click();
          await del.getByRole('button', { name: 'Delete this community' }).click();
          await del.getByRole('button', { name: 'Delete the community' }).click();
          await a.waitForURL((url) => url.pathname === '/communities');
          await a.getByText('Lisbon office was deleted.').waitFor();
          await a.getByText('You are not in a community yet.').waitFor();
        } finally {
          await kindred.stop();
        }
      },
      SLOW,
    );
  }
});
