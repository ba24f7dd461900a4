/**
 * The first visit to a fresh install, in a real browser: the welcome page creates the
 * owner (a problem shown beside its field first), sets the week's energy and quiet days,
 * writes down two people, and lands on Today; the API then holds all of it. Each
 * viewport gets its own fresh install.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  apiCall,
  checkPage,
  type Kindred,
  OWNER,
  openPage,
  startKindred,
  VIEWPORTS,
} from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser();

/** A fresh server and several full-page checks: more than the suite's default time. */
const SLOW = 180_000;

const stepText = (page: Page) => page.getByText(/^Step \d of 3$/).textContent();

describe('the first run', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `a fresh install: owner, week and first people, then Today (${viewport.name})`,
      async () => {
        const kindred: Kindred = await startKindred();
        try {
          const { context, page } = await openPage(env.browser, viewport, kindred.url);
          await page.goto('/');
          await page.waitForURL('**/welcome');
          await expect.poll(() => stepText(page)).toBe('Step 1 of 3');
          await page.getByRole('heading', { name: 'Create your account' }).waitFor();
          await checkPage(page, 'first-run-account', viewport);

          // A password too short is named beside its field, and nothing is created.
          await page.getByLabel('Your name').fill(OWNER.displayName);
          await page.getByLabel('Email').fill(OWNER.email);
          await page.getByLabel('Password').fill('short');
          await page.getByRole('button', { name: 'Create account and continue' }).click();
          const password = page.getByLabel('Password');
          await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
          await expect
            .poll(() => page.locator('.field-error').first().textContent())
            .toMatch(/10 characters/);
          expect((await apiCall<{ needsOwner: boolean }>(context, 'GET', '/setup')).needsOwner).toBe(true);

          await password.fill(OWNER.password);
          await page.getByRole('button', { name: 'Create account and continue' }).click();
          await page.waitForURL('**/welcome?step=2');
          await expect.poll(() => stepText(page)).toBe('Step 2 of 3');
          await page.getByRole('heading', { name: 'Your week' }).waitFor();
          // Focus moves to the new step, so reading starts at its top.
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
          await checkPage(page, 'first-run-week', viewport);

          await page.getByLabel('Weekly energy budget (points)').fill('14');
          const quiet = page.getByRole('group', { name: 'Quiet days' });
          await quiet.getByLabel('Wednesday').check();
          await quiet.getByLabel('Sunday').check();
          await page.getByRole('button', { name: 'Save and continue' }).click();
          await page.waitForURL('**/welcome?step=3');
          await expect.poll(() => stepText(page)).toBe('Step 3 of 3');
          await page.getByRole('heading', { name: 'A few people you know' }).waitFor();
          await checkPage(page, 'first-run-people', viewport);

          const first = page.getByRole('group', { name: 'Person 1' });
          await first.getByLabel('Name').fill('Ada Park');
          await first.getByLabel('Where you met').fill('PyCon in Lisbon');
          await first.getByLabel('One thing they told you').fill('training for a half marathon');
          const second = page.getByRole('group', { name: 'Person 2' });
          await second.getByLabel('Name').fill('Sam Osei');
          await second.getByLabel('Where you met').fill('the platform guild');
          await page.getByRole('button', { name: 'Save and open Today' }).click();
          await page.waitForURL((url) => url.pathname === '/');
          await page.getByRole('navigation', { name: 'Main' }).waitFor();
          await checkPage(page, 'first-run-today', viewport);

          const saved = await apiCall<{
            timeZone: string;
            settings: { weeklyBudget: number; quietDays: string[] };
          }>(context, 'GET', '/settings');
          expect(saved.settings.weeklyBudget).toBe(14);
          expect(saved.settings.quietDays).toEqual(['wed', 'sun']);
          expect(saved.timeZone).toBe('Europe/London');

          const people = await apiCall<{ items: { id: string; name: string; metWhere: string | null }[] }>(
            context,
            'GET',
            '/people',
          );
          expect(people.items.map((p) => p.name).sort()).toEqual(['Ada Park', 'Sam Osei']);
          const ada = people.items.find((p) => p.name === 'Ada Park');
          expect(ada?.metWhere).toBe('PyCon in Lisbon');
          const overview = await apiCall<{ details: { text: string }[] }>(
            context,
            'GET',
            `/people/${ada?.id}`,
          );
          expect(overview.details.map((d) => d.text)).toEqual(['training for a half marathon']);

          // The owner exists now: the welcome page sends a signed-in visitor to Today,
          // and anyone else to sign in.
          await page.goto('/welcome');
          await page.waitForURL((url) => url.pathname === '/');
          await context.close();
          const stranger = await openPage(env.browser, viewport, kindred.url);
          await stranger.page.goto('/welcome');
          await stranger.page.waitForURL('**/signin');
          await stranger.context.close();
        } finally {
          await kindred.stop();
        }
      },
      SLOW,
    );
  }
});
