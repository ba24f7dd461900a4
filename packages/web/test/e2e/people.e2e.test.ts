/**
 * The People list and a person's page in a real browser: filtering by search, stage,
 * tag, interest and a due check-in (kept in the address, so Back returns to the same
 * list); adding someone; and on a person's page logging an interaction, keeping a
 * detail with a follow-up, a boundary that survives a reload, setting the stage by
 * hand and accepting Kindred's proposal, deleting, and an unknown person.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiCall, checkPage, OWNER, openPage, signUpOwner, VIEWPORTS } from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser({ server: true });

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Person {
  id: string;
  name: string;
  stage: string;
  doNotContactUntil: string | null;
}

beforeAll(async () => {
  const { context } = await openPage(env.browser, VIEWPORTS[1]!, env.kindred.url);
  await signUpOwner(context);
  const add = async (body: Record<string, unknown>) =>
    (await apiCall<{ person: Person }>(context, 'POST', '/people', body)).person;
  const ada = await add({
    name: 'Ada Lovelace',
    organisation: 'Analytical Engines',
    role: 'Engineer',
    metOn: dayOffset(-200),
    tags: ['maths'],
    interests: ['Chess'],
  });
  await apiCall(context, 'PUT', `/people/${ada.id}/stage`, { stage: 'friend' });
  await add({ name: 'Ben Okafor', metOn: dayOffset(-5), tags: ['climbing'], interests: ['Bouldering'] });
  await add({
    name: 'Chloé Martin',
    organisation: 'Globex',
    metOn: dayOffset(-100),
    doNotContactUntil: dayOffset(40),
    tags: ['maths'],
  });
  await add({ name: 'Dan Reyes', interests: ['chess'] });
  await add({ name: 'Eve Stone', metOn: dayOffset(-70) });
  await context.close();
});

async function signedIn(
  viewport: (typeof VIEWPORTS)[number],
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openPage(env.browser, viewport, env.kindred.url);
  await apiCall(opened.context, 'POST', '/auth/signin', { email: OWNER.email, password: OWNER.password });
  return opened;
}

/** The names listed, leaving out the people the other test adds (and deletes again). */
const listedNames = async (page: Page) =>
  (await page.locator('.people-list .person-name').allTextContents()).filter(
    (n) => !n.startsWith('Tess Timeline'),
  );

describe('people', () => {
  for (const viewport of VIEWPORTS) {
    test(`the list filters by search, stage, tag, interest and a due check-in (${viewport.name})`, async () => {
      const { context, page } = await signedIn(viewport);
      await page.goto('/people');
      await expect
        .poll(() => listedNames(page))
        .toEqual(['Ada Lovelace', 'Ben Okafor', 'Chloé Martin', 'Dan Reyes', 'Eve Stone']);
      // Each row says the stage and the check-in in words.
      const ada = page.locator('.person-row', { hasText: 'Ada Lovelace' });
      await expect.poll(() => ada.textContent()).toContain('Friend');
      await expect.poll(() => ada.textContent()).toMatch(/Check-in overdue by \d+ months?/);
      await expect
        .poll(() => page.locator('.person-row', { hasText: 'Chloé Martin' }).textContent())
        .toContain('Resting until');
      await checkPage(page, 'people', viewport);

      await page.getByLabel('Search', { exact: true }).fill('globex');
      await page.waitForURL(/q=globex/);
      await expect.poll(() => listedNames(page)).toEqual(['Chloé Martin']);
      await page.getByLabel('Search', { exact: true }).fill('');
      await expect.poll(() => listedNames(page)).toHaveLength(5);

      await page.getByLabel('Stage', { exact: true }).selectOption('close');
      await expect.poll(() => listedNames(page)).toEqual(['Ada Lovelace']);
      await page.getByLabel('Stage', { exact: true }).selectOption('');

      await page.getByLabel('Tag', { exact: true }).fill('maths');
      await expect.poll(() => listedNames(page)).toEqual(['Ada Lovelace', 'Chloé Martin']);
      // The filter is in the address: a person's page and Back return to the same list.
      await page.getByRole('link', { name: 'Chloé Martin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Chloé Martin' }).waitFor();
      await page.goBack();
      await page.waitForURL(/tag=maths/);
      await expect.poll(() => listedNames(page)).toEqual(['Ada Lovelace', 'Chloé Martin']);
      await page.getByLabel('Tag', { exact: true }).fill('');
      await expect.poll(() => listedNames(page)).toHaveLength(5);

      await page.getByLabel('Interest', { exact: true }).fill('ches');
      await page.getByRole('button', { name: /^Chess/ }).click();
      await page.waitForURL(/interest=/);
      await expect.poll(() => listedNames(page)).toEqual(['Ada Lovelace', 'Dan Reyes']);
      await page.getByRole('button', { name: 'Remove Chess' }).click();
      await expect.poll(() => listedNames(page)).toHaveLength(5);

      await page.getByLabel('Only people due a check-in').check();
      await page.waitForURL(/overdue=1/);
      await expect.poll(() => listedNames(page)).toEqual(['Ada Lovelace', 'Eve Stone']);
      // A shared link opens the same list.
      const shared = page.url();
      const other = await context.newPage();
      await other.goto(shared);
      await expect.poll(() => listedNames(other)).toEqual(['Ada Lovelace', 'Eve Stone']);
      await other.close();
      await page.getByRole('button', { name: 'Clear all filters' }).click();
      await expect.poll(() => listedNames(page)).toHaveLength(5);
      await context.close();
    });

    test(`adding a person and keeping their page up to date (${viewport.name})`, async () => {
      const { context, page } = await signedIn(viewport);
      const name = `Tess Timeline ${viewport.name}`;
      await page.goto('/people');
      await page.getByRole('button', { name: 'Add a person' }).click();
      // A name is required, said next to the field.
      await page.getByRole('button', { name: 'Add person' }).click();
      await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('Add a name');
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Organisation', { exact: true }).fill('Initech');
      await page.getByLabel('Where you met', { exact: true }).fill('The spring meetup');
      await page.getByLabel('Email', { exact: true }).fill(`tess.${viewport.name}@example.test`);
      await page.getByLabel('Tags', { exact: true }).fill('meetup');
      await page.getByLabel('Interests', { exact: true }).fill('boulder');
      await page.getByRole('button', { name: /^Bouldering/ }).click();
      await page.getByLabel('Detail', { exact: true }).fill('moving to Lisbon');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('link', { name: `Open ${name}’s page` }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const id = page.url().split('/people/')[1] ?? '';
      const created = await apiCall<{
        person: Person & { interests: { label: string }[]; organisation: string };
        stageLabel: string;
        details: { text: string }[];
      }>(context, 'GET', `/people/${id}`);
      expect(created.person.interests.map((i) => i.label)).toEqual(['Bouldering']);
      expect(created.person.organisation).toBe('Initech');
      expect(created.details.map((d) => d.text)).toEqual(['moving to Lisbon']);

      // The ladder marks the current rung in words.
      const current = page.locator('.ladder [aria-current="step"]');
      await expect.poll(() => current.textContent()).toBe(`${created.stageLabel} — where you are now`);

      // Log an interaction through the form.
      await page.getByRole('button', { name: 'Log an interaction' }).click();
      await page.getByLabel('Form', { exact: true }).selectOption('coffee');
      await page.getByLabel('Who started it').selectOption('them');
      await page.getByLabel('How it went').selectOption('great');
      await page.getByLabel('Topics').fill('the migration, Lisbon');
      await page.getByLabel(/^A give/).check();
      await page.getByLabel('What you gave').selectOption('info');
      await page.getByLabel('Note', { exact: true }).fill('Sent her the guide to the Lisbon tech scene.');
      await page.getByRole('button', { name: 'Log it' }).click();
      const timeline = page.locator('.timeline');
      await expect.poll(() => timeline.textContent()).toContain('Coffee');
      await expect.poll(() => timeline.textContent()).toContain('Talked about: the migration, Lisbon');
      await expect.poll(() => timeline.textContent()).toContain('Shared something useful');
      const logged = await apiCall<{ items: { personIds: string[]; form: string; exchange: string }[] }>(
        context,
        'GET',
        '/interactions',
      );
      expect(logged.items.filter((i) => i.personIds.includes(id))).toMatchObject([
        { form: 'coffee', exchange: 'give' },
      ]);
      await expect.poll(() => page.locator('#balance-title + p').textContent()).toContain('given once');

      // A detail with a follow-up date.
      const happens = dayOffset(20);
      const followUp = dayOffset(22);
      await page.getByRole('button', { name: 'Add a detail' }).click();
      await page.getByLabel('Detail', { exact: true }).fill('Running the Berlin marathon');
      await page.getByLabel('When it happens').fill(happens);
      await page.getByLabel('Follow up on').fill(followUp);
      await page.getByRole('button', { name: 'Keep this detail' }).click();
      await expect.poll(() => timeline.textContent()).toContain('Running the Berlin marathon');
      await expect.poll(() => timeline.textContent()).toContain('Kindred will remind you to ask how it went');
      const withDetail = await apiCall<{ details: { text: string; followUpOn: string }[] }>(
        context,
        'GET',
        `/people/${id}`,
      );
      expect(withDetail.details.find((d) => d.text === 'Running the Berlin marathon')?.followUpOn).toBe(
        followUp,
      );
      await checkPage(page, 'person', viewport);
      // The dark theme reads as well.
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkPage(page, 'person-dark', viewport);
      await page.emulateMedia({ colorScheme: 'light' });

      // A boundary, kept after a reload.
      const until = dayOffset(30);
      await page.getByLabel('Do not contact until').fill(until);
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
      await page.reload();
      await expect.poll(() => page.getByLabel('Do not contact until').inputValue()).toBe(until);
      const bounded = await apiCall<{ person: Person }>(context, 'GET', `/people/${id}`);
      expect(bounded.person.doNotContactUntil).toBe(until);

      // Set the stage by hand, then accept Kindred's own reading of the history.
      await page.getByRole('button', { name: 'Set the stage by hand' }).click();
      await page.getByLabel('Stage', { exact: true }).selectOption('asking');
      await page.getByLabel('Why (optional)').fill('She asked for my input too');
      await page.getByRole('button', { name: 'Save the stage' }).click();
      await expect.poll(() => current.textContent()).toContain('Asking their input');
      const manual = await apiCall<{ person: Person }>(context, 'GET', `/people/${id}`);
      expect(manual.person.stage).toBe('asking');
      // The reason shown is the proposer's own: the history's evidence in words.
      const overview = await apiCall<{ proposedStageReason: string }>(context, 'GET', `/people/${id}`);
      expect(overview.proposedStageReason).toMatch(/^you have/);
      await expect.poll(() => page.getByText(overview.proposedStageReason, { exact: false }).count()).toBe(1);
      const proposal = page.getByRole('button', { name: /^Move to/ });
      const proposedLabel = (await proposal.textContent())?.match(/“(.+)”/)?.[1] ?? '';
      await proposal.click();
      await expect.poll(() => current.textContent()).toContain(proposedLabel);
      const accepted = await apiCall<{ person: Person; proposedStage: string }>(
        context,
        'GET',
        `/people/${id}`,
      );
      expect(accepted.person.stage).toBe(accepted.proposedStage);
      expect(accepted.person.stage).not.toBe('asking');

      // Removing an interaction asks first.
      await page.getByRole('button', { name: /^Remove the coffee/ }).click();
      await page.getByRole('button', { name: 'Yes, remove' }).click();
      await expect.poll(() => timeline.textContent()).not.toContain('Talked about');

      // Deleting the person asks first, then returns to the list.
      await page.getByRole('button', { name: `Delete ${name}` }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      await page.waitForURL(/\/people$/);
      const gone = await context.request.get(`/api/people/${id}`);
      expect(gone.status()).toBe(404);

      // An unknown person gets a kind page with a way back.
      await page.goto(`/people/${id}`);
      await page.getByRole('heading', { level: 1, name: 'We could not find this person' }).waitFor();
      await page.getByRole('link', { name: 'Back to your people' }).click();
      await page.waitForURL(/\/people$/);
      await context.close();
    });
  }

  for (const viewport of VIEWPORTS) {
    test(`a long list comes a page at a time, with Show more (${viewport.name})`, async () => {
      const { context, page } = await signedIn(viewport);
      const already = await apiCall<{ items: unknown[] }>(context, 'GET', '/people?search=Zoe%20Page');
      if (already.items.length === 0) {
        for (let n = 1; n <= 25; n += 1) {
          await apiCall(context, 'POST', '/people', { name: `Zoe Page ${String(n).padStart(2, '0')}` });
        }
      }
      await page.goto('/people');
      const rows = page.locator('.people-list .person-row');
      await expect.poll(() => rows.count()).toBe(25);
      await page.getByText('Showing the first 25.').waitFor();
      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => rows.count()).toBe(30);
      await expect.poll(() => page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
      await page.getByText('30 people.').waitFor();
      const names = await page.locator('.people-list .person-name').allTextContents();
      expect(names.at(-1)).toBe('Zoe Page 25');
      expect(new Set(names).size).toBe(30);
      await context.close();
    });
  }
});
