/**
 * Insights in a real browser: an owner with ten people and sixty interactions over the
 * past months (different forms, gives and asks) and a few stages set by hand. Every
 * figure draws its chart as SVG with marks in it, each table says the numbers that were
 * seeded, the heat map scrolls inside its figure on a phone, and the charts follow the
 * theme.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

const env = setUpKindredBrowser({ server: true });

const FORMS = ['message', 'coffee', 'call', 'email', 'walk', 'lunch', 'video_call', 'greeting'] as const;
const INTERACTIONS = 60;
let gives = 0;
let asks = 0;

/** A day `n` days before today (the server's today; the owner's zone is the browser's, London). */
function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  const { context } = await openPage(env.browser, VIEWPORTS[1]!, env.kindred.url);
  await signUpOwner(context);
  await apiCall(context, 'PATCH', '/settings', {
    weeklyBudget: 12,
    profile: { organisation: 'Harbour Labs', team: 'Platform' },
  });
  const people: string[] = [];
  const orgs = ['Harbour Labs', 'Northwind', 'Harbour Labs', 'Tidewater', null];
  for (let i = 0; i < 10; i++) {
    const made = await apiCall<{ person: { id: string } }>(context, 'POST', '/people', {
      name: `Person ${String.fromCharCode(65 + i)} Example`,
      organisation: orgs[i % orgs.length],
      team: i % 2 === 0 ? 'Platform' : 'Design',
      metOn: daysAgo(200 - i),
    });
    people.push(made.person.id);
  }
  for (let i = 0; i < INTERACTIONS; i++) {
    // Two days apart, so the sixty stay well inside the last year and its twelve months.
    const give = i % 5 === 0;
    const ask = !give && i % 7 === 0;
    if (give) gives += 1;
    if (ask) asks += 1;
    await apiCall(context, 'POST', '/interactions', {
      personIds: [people[i % people.length]],
      form: FORMS[i % FORMS.length],
      occurredOn: daysAgo(2 + i * 3),
      ...(give ? { give: 'info' } : {}),
      ...(ask ? { ask: 'advice' } : {}),
    });
  }
  await apiCall(context, 'PUT', `/people/${people[0]}/stage`, { stage: 'friend' });
  await apiCall(context, 'PUT', `/people/${people[1]}/stage`, { stage: 'mentor' });
  await apiCall(context, 'PUT', `/people/${people[2]}/stage`, { stage: 'first contact' });
  await context.close();
});

async function marksIn(page: Page, figure: string): Promise<number> {
  return page.locator(`figure#${figure} svg`).first().locator('path, rect').count();
}

async function openTable(page: Page, figure: string) {
  await page.locator(`figure#${figure} summary`).click();
  const table = page.locator(`figure#${figure} table`);
  await table.waitFor();
  return table;
}

describe('insights', () => {
  for (const viewport of VIEWPORTS) {
    test(`every chart draws, with its numbers in a table (${viewport.name})`, async () => {
      const { context, page } = await openPage(env.browser, viewport, env.kindred.url);
      await apiCall(context, 'POST', '/auth/signin', { email: OWNER.email, password: OWNER.password });
      await page.goto('/insights');
      await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();

      for (const figure of ['consistency', 'energy', 'stages', 'movement', 'balance', 'spread']) {
        await page.locator(`figure#${figure} svg`).first().waitFor();
        await expect.poll(() => marksIn(page, figure), { message: figure }).toBeGreaterThan(0);
        const label = await page.locator(`figure#${figure} [role="img"]`).getAttribute('aria-label');
        expect(label?.length, figure).toBeGreaterThan(30);
      }
      // A year of calendar cells is drawn, not only the days with contact.
      expect(await marksIn(page, 'consistency')).toBeGreaterThan(300);
      await expect
        .poll(() => page.locator('figure#consistency [role="img"]').getAttribute('aria-label'))
        .toContain(`${INTERACTIONS} interactions`);

      const days = await openTable(page, 'consistency');
      expect(await days.locator('tbody tr').count()).toBe(INTERACTIONS);
      expect(await days.locator('tfoot').innerText()).toMatch(new RegExp(`Total\\s+${INTERACTIONS}`));

      const balance = await openTable(page, 'balance');
      expect(await balance.locator('tfoot').innerText()).toMatch(new RegExp(`Total\\s+${gives}\\s+${asks}`));
      await expect
        .poll(() => page.locator('figure#balance figcaption').innerText())
        .toContain(`${gives} gives and ${asks} asks`);

      const stages = await openTable(page, 'stages');
      const counts = await stages.locator('tbody td.num').allInnerTexts();
      expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(10);
      expect(await stages.locator('tbody').innerText()).toMatch(/Friend or mentor\s+2/);

      const spread = await openTable(page, 'spread');
      // Harbour Labs: A and C in Platform, F and H in Design; B, D, G, I elsewhere; E and J not noted.
      expect(await spread.locator('tbody').innerText()).toMatch(/Another organisation\s+4/);
      expect(await spread.locator('tbody').innerText()).toMatch(/Your own team\s+2/);

      const energy = await openTable(page, 'energy');
      expect(await energy.locator('tbody tr').count()).toBe(16);
      expect(await energy.locator('tbody tr').first().innerText()).toContain('12');

      const region = page.getByRole('region', { name: /Heat map/ });
      // On a phone the year scrolls inside its figure; on a desktop it fits. The page itself
      // never scrolls sideways.
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(viewport.name === 'phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );

      await checkPage(page, 'insights', viewport);

      // The charts follow the theme: dark text appears in the drawing once Dark is chosen.
      const darkMuted = '#a9b3ad';
      const svgOf = () => page.locator('figure#energy svg').first().innerHTML();
      expect((await svgOf()).toLowerCase()).not.toContain(darkMuted);
      await page.getByLabel('Theme').selectOption('dark');
      await expect.poll(async () => (await svgOf()).toLowerCase()).toContain(darkMuted);
      await context.close();
    });
  }

  describe('before anything is logged', () => {
    let fresh: Kindred;
    beforeAll(async () => {
      fresh = await startKindred();
      const { context } = await openPage(env.browser, VIEWPORTS[1]!, fresh.url);
      await signUpOwner(context);
      await context.close();
    });
    afterAll(async () => {
      await fresh?.stop();
    });

    for (const viewport of VIEWPORTS) {
      test(`calm empty states, not empty charts (${viewport.name})`, async () => {
        const { context, page } = await openPage(env.browser, viewport, fresh.url);
        await apiCall(context, 'POST', '/auth/signin', { email: OWNER.email, password: OWNER.password });
        await page.goto('/insights');
        await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
        await expect.poll(() => page.locator('.insight-empty').count()).toBe(6);
        expect(await page.locator('figure svg').count()).toBe(0);
        expect(await page.locator('figure#stages').innerText()).toContain('No people yet');
        await checkPage(page, 'insights-empty', viewport);
        await context.close();
      });
    }
  });
});
