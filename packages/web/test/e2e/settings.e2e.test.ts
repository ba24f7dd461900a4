/**
 * Settings in a real browser: the budget and a cost kept across a reload (and in the
 * API), an API token that works until it is revoked, the private calendar link, the
 * weekly email's preview and its kind note when the server cannot send mail, and
 * deleting the account, after which the install waits for its owner again. Each
 * viewport has a fresh install of its own.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  apiCall,
  checkPage,
  type Kindred,
  OWNER,
  openPage,
  signUpOwner,
  startKindred,
  VIEWPORTS,
} from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser();

/** A fresh server and several full-page checks: more than the suite's default time. */
const SLOW = 180_000;

const section = (page: import('playwright-core').Page, name: string): Locator =>
  page.getByRole('region', { name });

describe('settings', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `the week, costs, tokens, calendar, digest and deleting the account (${viewport.name})`,
      async () => {
        const kindred: Kindred = await startKindred();
        try {
          const { context, page } = await openPage(env.browser, viewport, kindred.url);
          await signUpOwner(context);
          await page.goto('/settings');
          await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
          const week = section(page, 'Your week');
          const budget = week.getByLabel('Weekly energy budget (points)');
          await expect.poll(() => budget.inputValue()).toBe('20');
          await checkPage(page, 'settings', viewport);

          // A budget the server refuses is explained beside the field.
          await budget.fill('0');
          await week.getByRole('button', { name: 'Save your week' }).click();
          await expect.poll(() => budget.getAttribute('aria-invalid')).toBe('true');
          await expect
            .poll(() => week.locator('.field-error').first().textContent())
            .toMatch(/at least 1 point/);

          await budget.fill('15');
          await week.getByRole('button', { name: 'Save your week' }).click();
          await expect.poll(() => week.getByRole('status').first().textContent()).toMatch(/^Saved/);

          const costs = section(page, 'Energy costs');
          const coffee = costs.getByLabel('Coffee', { exact: true });
          await expect.poll(() => coffee.inputValue()).toBe('4');
          await coffee.fill('6');
          await costs.getByRole('button', { name: 'Save costs' }).click();
          await expect.poll(() => costs.getByRole('status').textContent()).toMatch(/^Saved/);

          await page.reload();
          await expect
            .poll(() => section(page, 'Your week').getByLabel('Weekly energy budget (points)').inputValue())
            .toBe('15');
          await expect
            .poll(() => section(page, 'Energy costs').getByLabel('Coffee', { exact: true }).inputValue())
            .toBe('6');
          await section(page, 'Energy costs')
            .getByRole('button', { name: 'Use the default for Coffee' })
            .waitFor();
          const saved = await apiCall<{
            settings: { weeklyBudget: number; energyCosts: Record<string, number> };
            effectiveCosts: Record<string, number>;
          }>(context, 'GET', '/settings');
          expect(saved.settings.weeklyBudget).toBe(15);
          expect(saved.effectiveCosts.coffee).toBe(6);
          expect(saved.effectiveCosts.lunch).toBe(5);
          // Budget and cost were saved one after the other: the second kept the first.
          expect(saved.settings.energyCosts).toEqual({ coffee: 6 });

          // Back to the default: the cost is no longer tuned, and follows the default.
          await section(page, 'Energy costs')
            .getByRole('button', { name: 'Use the default for Coffee' })
            .click();
          await section(page, 'Energy costs').getByRole('button', { name: 'Save costs' }).click();
          await expect
            .poll(async () => (await apiCall<typeof saved>(context, 'GET', '/settings')).settings.energyCosts)
            .toEqual({});

          // An API token: shown once, works as a Bearer token, stops working when revoked.
          const tokens = section(page, 'API tokens');
          await tokens.getByLabel('Token name').fill('backup script');
          await tokens.getByRole('button', { name: 'Make a token' }).click();
          const secretField = tokens.getByLabel('New token secret');
          await secretField.waitFor();
          const secret = await secretField.inputValue();
          expect(secret.length).toBeGreaterThan(20);
          const withToken = () =>
            fetch(`${kindred.url}/api/people`, { headers: { authorization: `Bearer ${secret}` } });
          expect((await withToken()).status).toBe(200);
          await tokens
            .getByRole('listitem')
            .getByRole('strong')
            .filter({ hasText: /^backup script$/ })
            .waitFor();

          // The calendar link: made, copied from the page, and served as iCalendar.
          const calendar = section(page, 'Calendar feed');
          await calendar.getByRole('button', { name: 'Make my calendar link' }).click();
          const link = calendar.getByLabel('Your private calendar link');
          await link.waitFor();
          // The link carries the address the server actually listens on.
          const feedUrl = new URL(await link.inputValue());
          expect(feedUrl.origin).toBe(kindred.url);
          expect(feedUrl.pathname).toMatch(/^\/calendar\/[^/]+\.ics$/);
          const feed = await fetch(feedUrl);
          expect(feed.status).toBe(200);
          expect(feed.headers.get('content-type')).toContain('text/calendar');
          expect(await feed.text()).toContain('BEGIN:VCALENDAR');

          // The weekly email: a preview, and a kind word when the server cannot send mail.
          const digest = section(page, 'Weekly email digest');
          await digest.getByRole('button', { name: 'Preview this week’s email' }).click();
          await digest.getByRole('article', { name: 'Preview of this week’s email' }).waitFor();
          await expect.poll(() => digest.getByRole('article').textContent()).toContain(OWNER.displayName);
          // This server has no SMTP: the page says so up front and offers no send button.
          await expect.poll(() => digest.locator('.note').textContent()).toMatch(/SMTP_URL/);
          expect(await digest.getByRole('button', { name: 'Send it to me now' }).count()).toBe(0);
          await checkPage(page, 'settings-in-use', viewport);

          await tokens.getByRole('button', { name: 'Revoke backup script' }).click();
          await tokens.getByRole('button', { name: 'Yes, revoke it' }).click();
          await expect.poll(() => tokens.getByRole('status').last().textContent()).toMatch(/was revoked/);
          await expect.poll(async () => (await withToken()).status).toBe(401);
          await tokens.getByText('No tokens yet.').waitFor();

          // Deleting the account: a wrong password is named beside its field; the right one
          // empties the install, and the app opens on the welcome page.
          const danger = section(page, 'Delete your account');
          const confirmPassword = danger.getByLabel('Your password, to confirm');
          await confirmPassword.fill('not my password at all');
          await danger.getByLabel(/I understand/).check();
          await danger.getByRole('button', { name: 'Delete my account and everything in it' }).click();
          await expect.poll(() => confirmPassword.getAttribute('aria-invalid')).toBe('true');
          await confirmPassword.fill(OWNER.password);
          await danger.getByRole('button', { name: 'Delete my account and everything in it' }).click();
          await page.waitForURL('**/welcome');
          await page.getByRole('heading', { name: 'Create your account' }).waitFor();
          await checkPage(page, 'settings-deleted', viewport);

          expect((await apiCall<{ needsOwner: boolean }>(context, 'GET', '/setup')).needsOwner).toBe(true);
          const again = await context.request.post('/api/auth/signin', {
            data: { email: OWNER.email, password: OWNER.password },
          });
          expect(again.status()).toBe(401);
          await context.close();
        } finally {
          await kindred.stop();
        }
      },
      SLOW,
    );
  }
});
