/**
 * The frame of the app in a real browser: where a signed-out visitor is sent, signing
 * in (and a wrong password said plainly), keyboard access to the content, the theme
 * choice, an unknown address, and the server answering the API beside the app.
 */
import { describe, expect, test } from 'vitest';
import { checkPage, OWNER, openPage, signUpOwner, VIEWPORTS } from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser({ server: true });

describe('the shell', () => {
  test('a fresh install sends its first visitor to the welcome page', async () => {
    const { context, page } = await openPage(env.browser, VIEWPORTS[1]!, env.kindred.url);
    await page.goto('/people');
    await page.waitForURL('**/welcome');
    await context.close();
  });

  test('the server answers the API and the app from one address', async () => {
    const api = await fetch(`${env.kindred.url}/api/setup`);
    expect(api.headers.get('content-type')).toContain('application/json');
    const deep = await fetch(`${env.kindred.url}/people/some-id`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await deep.text()).toContain('<div id="root">');
    const missingApi = await fetch(`${env.kindred.url}/api/no-such-thing`);
    expect(missingApi.headers.get('content-type')).toContain('application/json');
    const missingAsset = await fetch(`${env.kindred.url}/assets/gone-0000.js`);
    expect(missingAsset.status).toBe(404);
  });

  for (const viewport of VIEWPORTS) {
    test(`signing in, the skip link, the theme and an unknown page (${viewport.name})`, async () => {
      const owner = await openPage(env.browser, viewport, env.kindred.url);
      const setup = await owner.context.request.get('/api/setup');
      if ((await setup.json()).needsOwner) await signUpOwner(owner.context);
      await owner.context.close();

      const { context, page } = await openPage(env.browser, viewport, env.kindred.url);
      await page.goto('/people');
      await page.waitForURL(/\/signin\?next=%2Fpeople$/);
      await checkPage(page, 'sign-in', viewport);

      await page.getByLabel('Email').fill(OWNER.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password/i);

      await page.getByLabel('Password').fill(OWNER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/people');

      // Moving inside the app puts focus on the new page's content.
      await page.getByRole('link', { name: 'Events' }).click();
      await page.waitForURL('**/events');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      // On a fresh load, the first Tab lands on the skip link, which moves focus to the content.
      await page.goto('/people');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      await page.getByLabel('Theme').selectOption('dark');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.getByLabel('Theme').selectOption('system');

      await page.goto('/no/such/page');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nothing here');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/signin');
      await context.close();
    });
  }
});
