/**
 * The Today page in a real browser: the empty notebook, quick capture (a new person,
 * then a second detail for the same person, never a twin), the plan's cards (a draft
 * copied and edited, done and logged with how it went, snoozed, dismissed), the week's
 * energy gauge and the week view. Each viewport gets its own server and owner.
 */
import type { BrowserContext, Page } from 'playwright-core';
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

interface Person {
  id: string;
  name: string;
  metWhere: string | null;
}
interface PlanAction {
  key: string;
  title: string;
  day: string;
  personIds: string[];
}
interface Plan {
  today: string;
  actions: PlanAction[];
  energy: { weekStart: string; budget: number; left: number }[];
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function peopleNamed(context: BrowserContext, name: string): Promise<Person[]> {
  const page = await apiCall<{ items: Person[] }>(
    context,
    'GET',
    `/people?search=${encodeURIComponent(name)}&limit=50`,
  );
  return page.items.filter((p) => p.name === name);
}

async function detailsOf(context: BrowserContext, id: string): Promise<string[]> {
  const overview = await apiCall<{ details: { text: string }[] }>(context, 'GET', `/people/${id}`);
  return overview.details.map((d) => d.text).sort();
}

function card(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

describe('the Today page', () => {
  for (const viewport of VIEWPORTS) {
    test(`capture, the plan's cards and the week's energy (${viewport.name})`, async () => {
      let kindred: Kindred | undefined;
      let context: BrowserContext | undefined;
      try {
        kindred = await startKindred();
        const opened = await openPage(env.browser, viewport, kindred.url);
        context = opened.context;
        const { page } = opened;
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kindred.url });
        await signUpOwner(context);

        // An empty notebook is said kindly, with what to do first.
        await page.goto('/');
        await page.getByText('Your notebook is empty so far.').waitFor();
        await checkPage(page, 'today-empty', viewport);

        // Seed a few people so the plan has steps: a meeting yesterday, a dated detail
        // whose follow-up is today, and a recent win.
        await apiCall(context, 'PATCH', '/settings', { maxActionsPerDay: 6 });
        const { today } = await apiCall<Plan>(context, 'GET', '/plan');
        const yesterday = addDays(today, -1);
        const ana = await apiCall<{ person: Person }>(context, 'POST', '/people', {
          name: 'Ana Silva',
          metWhere: 'the product offsite',
          metOn: yesterday,
        });
        const kenji = await apiCall<{ person: Person }>(context, 'POST', '/people', {
          name: 'Kenji Sato',
          organisation: 'Globex',
          detail: { text: 'presenting to the board', happensOn: yesterday, followUpOn: today },
        });
        const maya = await apiCall<{ person: Person }>(context, 'POST', '/people', {
          name: 'Maya Chen',
          detail: { text: 'promoted to staff engineer', kind: 'win', happensOn: yesterday },
        });
        const seeded = await apiCall<Plan>(context, 'GET', '/plan');
        const stepFor = (id: string, start: string) => {
          const found = seeded.actions.find((a) => a.personIds.includes(id) && a.title.startsWith(start));
          if (!found)
            throw new Error(`No "${start}" step in ${JSON.stringify(seeded.actions.map((a) => a.title))}`);
          return found;
        };
        const followUp = stepFor(ana.person.id, 'Send Ana');
        const askKenji = stepFor(kenji.person.id, 'Ask Kenji');
        const congratulate = stepFor(maya.person.id, 'Congratulate Maya');

        await page.goto('/');
        await card(page, followUp.title).waitFor();
        const budget = seeded.energy[0]?.budget ?? 20;
        const left = seeded.energy[0]?.left ?? 0;
        await expect
          .poll(() =>
            page
              .getByRole('meter', { name: `${left} of ${budget} energy left this week` })
              .evaluate((el) => (el as HTMLMeterElement).value),
          )
          .toBe(left);
        await page.getByText(`${left} of ${budget} energy left this week`).waitFor();
        await expect
          .poll(() => card(page, askKenji.title).textContent())
          .toContain('presenting to the board');
        await checkPage(page, 'today', viewport);

        // Quick capture: a new person with where we met and what they told us.
        const capture = page.getByLabel('Who, and what they told you');
        await capture.fill('met Sam Rivera at the design review, training for a marathon');
        await capture.press('Enter');
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Sam Rivera' }).first().textContent())
          .toContain('Added Sam Rivera');
        const sams = await peopleNamed(context, 'Sam Rivera');
        expect(sams).toHaveLength(1);
        const sam = sams[0] as Person;
        expect(sam.metWhere).toBe('the design review');
        expect(await detailsOf(context, sam.id)).toEqual(['training for a marathon']);
        await expect.poll(() => capture.inputValue()).toBe('');
        await page.getByRole('link', { name: 'Open Sam Rivera’s page' }).waitFor();

        // The same person again: the detail joins them, no twin is made.
        await capture.fill('Sam Rivera: ran the marathon in 3:40');
        await capture.press('Enter');
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Sam Rivera' }).first().textContent())
          .toContain('Noted for Sam Rivera');
        expect(await peopleNamed(context, 'Sam Rivera')).toHaveLength(1);
        expect(await detailsOf(context, sam.id)).toEqual([
          'ran the marathon in 3:40',
          'training for a marathon',
        ]);
        await checkPage(page, 'today-captured', viewport);

        // A first name that fits several people: asked which, chosen with the keyboard.
        const samLee = await apiCall<{ person: Person }>(context, 'POST', '/people', { name: 'Sam Lee' });
        await capture.fill('Sam: loves jazz');
        await capture.press('Enter');
        const choice = page.getByRole('group', { name: /More than one entry could be “Sam”/ });
        await choice.waitFor();
        await expect.poll(() => choice.getByRole('radio').count()).toBe(3);
        await expect
          .poll(() =>
            choice.getByRole('radio', { name: /^Sam Lee/ }).evaluate((el) => el === document.activeElement),
          )
          .toBe(true);
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => choice.getByRole('radio', { name: /^Sam Rivera/ }).isChecked()).toBe(true);
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'loves jazz' }).first().textContent())
          .toContain('Noted for Sam Rivera');
        expect(await detailsOf(context, sam.id)).toContain('loves jazz');
        expect(await detailsOf(context, samLee.person.id)).toEqual([]);
        await page.getByRole('button', { name: 'Undo' }).click();
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Undone' }).first().textContent())
          .toContain('Sam Rivera’s entry is as it was before');
        expect(await detailsOf(context, sam.id)).not.toContain('loves jazz');

        // A draft: copied (and announced), edited, and the edit kept while on the page.
        const anaCard = card(page, followUp.title);
        const draft = anaCard.getByRole('textbox', { name: /Draft (message|email) to Ana Silva/ });
        const drafted = await draft.inputValue();
        expect(drafted.length).toBeGreaterThan(10);
        await anaCard.getByRole('button', { name: 'Copy draft for Ana Silva' }).click();
        await expect.poll(() => anaCard.getByRole('status').textContent()).toContain('Copied the draft');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(drafted);
        await draft.fill('Lovely to meet you at the offsite, Ana! Shall we swap notes on onboarding?');
        await page.getByRole('button', { name: 'The week' }).click();
        await page.getByRole('heading', { name: 'This week’s plan' }).waitFor();
        await page.getByRole('button', { name: 'Today', exact: true }).click();
        await page.getByRole('heading', { name: 'Today’s steps' }).waitFor();
        await expect
          .poll(() => card(page, followUp.title).getByRole('textbox').first().inputValue())
          .toContain('swap notes on onboarding');

        // Done: the contact is logged with how it went, and the card leaves.
        await card(page, followUp.title)
          .getByRole('button', { name: `Done: ${followUp.title}` })
          .click();
        await card(page, followUp.title).getByLabel('How did it go?').selectOption('good');
        await card(page, followUp.title).getByLabel('Note').fill('Sent on Slack');
        await card(page, followUp.title).getByRole('button', { name: 'Log it' }).click();
        await expect.poll(() => card(page, followUp.title).count()).toBe(0);
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Logged' }).first().textContent())
          .toContain('with Ana Silva');
        const interactions = await apiCall<{
          items: { personIds: string[]; note: string | null; outcome: string | null }[];
        }>(context, 'GET', '/interactions');
        expect(interactions.items).toContainEqual(
          expect.objectContaining({ personIds: [ana.person.id], note: 'Sent on Slack', outcome: 'good' }),
        );

        // Snooze: gone today, back on the chosen day.
        const until = addDays(today, 3);
        await card(page, askKenji.title)
          .getByRole('button', { name: `Snooze: ${askKenji.title}` })
          .click();
        await card(page, askKenji.title)
          .getByRole('radio', { name: /In 3 days/ })
          .check();
        await card(page, askKenji.title).getByRole('button', { name: 'Snooze', exact: true }).click();
        await expect.poll(() => card(page, askKenji.title).count()).toBe(0);
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Snoozed' }).first().textContent())
          .toContain('comes back then');
        const afterSnooze = await apiCall<Plan>(context, 'GET', '/plan');
        expect(afterSnooze.actions.map((a) => a.key)).not.toContain(askKenji.key);
        const week = await apiCall<Plan>(context, 'GET', '/plan?horizon=week');
        const back = week.actions.find((a) => a.key === askKenji.key);
        if (back) expect(back.day >= until).toBe(true);

        // Dismiss, after saying what it means.
        await card(page, congratulate.title)
          .getByRole('button', { name: `Dismiss: ${congratulate.title}` })
          .click();
        await card(page, congratulate.title).getByRole('button', { name: 'Dismiss it' }).click();
        await expect.poll(() => card(page, congratulate.title).count()).toBe(0);
        const afterDismiss = await apiCall<Plan>(context, 'GET', '/plan?horizon=week');
        expect(afterDismiss.actions.map((a) => a.key)).not.toContain(congratulate.key);

        // Every card action is a real button reached from the keyboard.
        const next = page.getByRole('article').first();
        const doneButton = next.getByRole('button', { name: /^Done: / });
        await doneButton.focus();
        await page.keyboard.press('Enter');
        await next.getByLabel('How did it go?').waitFor();
        await expect
          .poll(() => next.getByLabel('How did it go?').evaluate((el) => el === document.activeElement))
          .toBe(true);
        await next.getByRole('button', { name: 'Cancel' }).click();
        await expect.poll(() => doneButton.evaluate((el) => el === document.activeElement)).toBe(true);

        // The week: its own plan, still with the energy written out.
        await page.getByRole('button', { name: 'The week' }).click();
        await page.getByRole('heading', { name: 'This week’s plan' }).waitFor();
        await expect.poll(() => page.url()).toContain('view=week');
        await page.getByRole('heading', { name: /^Today, / }).waitFor();
        await page
          .getByText(/energy left this week/)
          .first()
          .waitFor();
        await checkPage(page, 'today-week', viewport);
      } finally {
        await context?.close();
        await kindred?.stop();
      }
    });
  }
});
