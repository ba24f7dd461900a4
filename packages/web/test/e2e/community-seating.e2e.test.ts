/**
 * Community seating in a real browser: an admin starts a community and brings in three
 * members by invite (over the API: this file is not about invites), then plans a dinner's
 * seating in the page, sees the plan and how well people mix, and opens the printable
 * place cards in a new tab; a member who is coming opens the same address and sees only
 * their own seats. Each viewport has a fresh install of its own.
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

/** Signs a member up in their own context and joins them to the community by an invite. */
async function bringIn(admin: BrowserContext, member: BrowserContext, communityId: string, name: string) {
  const email = `${name.split(' ')[0]?.toLowerCase()}@example.test`;
  await apiCall(member, 'POST', '/auth/signup', {
    email,
    password: 'a long and quiet evening',
    displayName: name,
  });
  const invite = await apiCall<{ url: string }>(admin, 'POST', `/communities/${communityId}/invites`, {});
  await apiCall(member, 'POST', '/invites/accept', { token: invite.url });
}

describe('community seating', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `an admin plans a dinner's seating and opens the place cards; a guest sees their seats (${viewport.name})`,
      async () => {
        const kindred: Kindred = await startKindred({ ALLOW_SIGNUP: 'true' });
        try {
          const admin = await openPage(env.browser, viewport, kindred.url);
          await signUpOwner(admin.context);
          const community = await apiCall<{ id: string }>(admin.context, 'POST', '/communities', {
            name: 'Supper club',
          });
          const members = [];
          for (const name of MEMBERS) {
            const member = await openPage(env.browser, viewport, kindred.url);
            await bringIn(admin.context, member.context, community.id, name);
            members.push(member);
          }

          const a = admin.page;
          await a.goto(`/communities/${community.id}/seating`);
          await a.getByRole('heading', { level: 1, name: 'Seating at Supper club' }).waitFor();
          await a.getByText('No seating events yet.').waitFor();
          await a.getByRole('button', { name: 'Plan a seating event' }).click();
          await a.getByLabel('Name', { exact: true }).fill('Spring dinner');
          for (const name of ['Robin Ash', ...MEMBERS]) await a.getByLabel(name).check();
          await a.getByLabel('Extra guests (optional)').fill('Gil Speaker');
          await a.getByLabel('Tables', { exact: true }).fill('1');
          await a.getByLabel('Seats per table').fill('3');
          await a.getByLabel('Rounds', { exact: true }).fill('2');
          // Five people at one table of three: the server says so next to the tables.
          await a.getByRole('button', { name: 'Plan the seating' }).click();
          await expect
            .poll(() => a.getByLabel('Tables', { exact: true }).getAttribute('aria-invalid'))
            .toBe('true');
          await a
            .getByText(/The tables seat 3 people, but 5 are coming/)
            .first()
            .waitFor();
          await a.getByLabel('Tables', { exact: true }).fill('2');
          await a.getByLabel('Table names (optional)').fill('Oak, Birch');
          await a.getByLabel('Round names (optional)').fill('Starter, Main');
          // Sam and the speaker are never seated together.
          await a.getByLabel('Rule', { exact: true }).selectOption('apart');
          await a.getByLabel('Who', { exact: true }).selectOption({ label: 'Sam Lee' });
          await a.getByLabel('And', { exact: true }).selectOption({ label: 'Gil Speaker' });
          await a.getByRole('button', { name: 'Add the rule' }).click();
          await a.getByText('Sam Lee and Gil Speaker: keep apart').waitFor();
          await checkPage(a, 'community-seating-form', viewport);
          await a.getByRole('button', { name: 'Plan the seating' }).click();
          await a.waitForURL(/\/seating\/[^/]+$/);
          const eventPath = new URL(a.url()).pathname;

          await a.getByRole('heading', { level: 1, name: 'Spring dinner' }).waitFor();
          await a.getByText('5 guests · 2 tables · 2 rounds').waitFor();
          await a.getByRole('heading', { level: 2, name: 'Starter' }).waitFor();
          await a.getByRole('heading', { level: 2, name: 'Main' }).waitFor();
          const starter = a.getByRole('region', { name: 'Starter' });
          await expect
            .poll(() => starter.getByRole('heading', { level: 3 }).allTextContents())
            .toEqual(['Oak', 'Birch']);
          const seated = (await starter.locator('.seating-guests li').allTextContents()).sort();
          expect(seated).toEqual(['Ana Duarte', 'Gil Speaker', 'Robin Ash', 'Sam Lee', 'Theo Park']);
          await a.getByText(/of 10 possible pairs share a table at least once/).waitFor();
          const apart = async () => {
            const tables = await a.locator('.seating-tables > li').all();
            expect(tables.length).toBeGreaterThanOrEqual(4);
            for (const table of tables) {
              const names = await table.locator('.seating-guests li').allTextContents();
              expect(names.includes('Sam Lee') && names.includes('Gil Speaker')).toBe(false);
            }
          };
          await apart();
          await checkPage(a, 'community-seating-plan', viewport);

          // The place cards open in a new tab, as a page of their own.
          const [cards] = await Promise.all([
            admin.context.waitForEvent('page'),
            a.getByRole('link', { name: 'Open the place cards' }).click(),
          ]);
          await cards.waitForLoadState();
          expect(await cards.title()).toBe('Spring dinner');
          await cards.getByRole('heading', { name: 'Place cards' }).waitFor();
          const text = (await cards.textContent('body')) ?? '';
          for (const name of ['Robin Ash', ...MEMBERS, 'Gil Speaker', 'Oak', 'Birch', 'Starter', 'Main']) {
            expect(text).toContain(name);
          }
          await cards.close();

          // Sam is coming: the same address shows his own seats, and nobody else's plan.
          const sam = members[0];
          if (!sam) throw new Error('no member');
          await sam.page.goto(eventPath);
          await sam.page.getByRole('heading', { level: 2, name: 'Your seats' }).waitFor();
          await expect.poll(() => sam.page.locator('.seating-schedule > li').count()).toBe(2);
          await expect.poll(() => sam.page.getByText(/^With /).count()).toBe(2);
          expect(await sam.page.getByRole('link', { name: 'Open the place cards' }).count()).toBe(0);
          await checkPage(sam.page, 'community-seating-schedule', viewport);

          // Plan again draws a new arrangement; changing the setup plans the new rounds.
          const [replanned] = await Promise.all([
            a.waitForResponse((r) => r.url().endsWith('/replan')),
            a.getByRole('button', { name: 'Plan again' }).click(),
          ]);
          expect(replanned.status()).toBe(200);
          await a.getByRole('button', { name: 'Change the setup' }).click();
          await a.getByRole('heading', { level: 2, name: 'Change the seating event' }).waitFor();
          expect(await a.getByLabel('Name', { exact: true }).inputValue()).toBe('Spring dinner');
          expect(await a.getByLabel('Sam Lee').isChecked()).toBe(true);
          expect(await a.getByLabel('Round names (optional)').inputValue()).toBe('Starter, Main');
          await a.getByText('Sam Lee and Gil Speaker: keep apart').waitFor();
          await a.getByLabel('Rounds', { exact: true }).fill('3');
          await a.getByLabel('Round names (optional)').fill('Starter, Main, Dessert');
          await a.getByRole('button', { name: 'Save and plan' }).click();
          await a.getByRole('heading', { level: 2, name: 'Dessert' }).waitFor();
          await a.getByText('5 guests · 2 tables · 3 rounds').waitFor();
          expect(await a.getByRole('heading', { level: 2, name: 'Change the seating event' }).count()).toBe(
            0,
          );
          expect(await a.getByText('Sam Lee and Gil Speaker: keep apart').count()).toBe(0);
          await apart();
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
