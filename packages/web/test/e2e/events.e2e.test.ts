/**
 * Events in a real browser: adding one with its expected attendees typed into the form,
 * the prep sheet (ranked people with openers, the goal) and how it prints, the debrief
 * that turns the people met into people kept, and deleting an event after a second yes.
 */
import { describe, expect, test } from 'vitest';
import { apiCall, checkPage, openPage, signUpOwner, startKindred, VIEWPORTS } from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser();

const addDays = (day: string, n: number) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
};

interface PersonRow {
  id: string;
  name: string;
}

describe('events', () => {
  for (const viewport of VIEWPORTS) {
    test(`add an event, prepare, print, debrief and delete (${viewport.name})`, async () => {
      // A server of its own per size, so each run starts from the same empty notebook.
      const kindred = await startKindred();
      const { context, page } = await openPage(env.browser, viewport, kindred.url);
      try {
        await signUpOwner(context);
        await apiCall(context, 'PATCH', '/settings', {
          profile: { interests: ['rock climbing', 'jazz', 'machine learning'] },
        });
        await apiCall(context, 'POST', '/people', {
          name: 'Sam Lee',
          organisation: 'Acme',
          interests: ['rock climbing', 'jazz'],
        });
        await apiCall(context, 'POST', '/people', {
          name: 'Ana Duarte',
          organisation: 'Globex',
          interests: ['jazz'],
        });
        const { today } = await apiCall<{ today: string }>(context, 'GET', '/plan');
        await apiCall(context, 'POST', '/events', {
          name: 'Data tooling meetup',
          startsOn: addDays(today, 10),
          kind: 'meetup',
        });

        await page.goto('/events');
        await page.getByRole('heading', { name: 'Coming up' }).waitFor();
        await page.getByRole('button', { name: 'Add an event' }).click();
        await page.getByLabel('Name', { exact: true }).fill('Climbing & code night');
        await page.getByLabel('Date').fill(addDays(today, -1));
        await page.getByLabel('Kind').selectOption('meetup');
        await page.getByLabel('Where (optional)').fill('The Boulder Loft');
        await page.getByLabel('Your goal (optional)').fill('Two meaningful conversations about data tooling');
        // A pasted CSV is read by its header; a row without a name is pointed out by its line.
        const attendeesBox = page.getByLabel('Expected attendees (optional)');
        await attendeesBox.fill(
          'Name,Company,Interests\nSam Lee,Acme,"rock climbing; jazz"\n,Nowhere,\nTheo Park,Initech,',
        );
        await expect
          .poll(() => page.getByText('2 people expected (read as a CSV with a header line)').isVisible())
          .toBe(true);
        await expect
          .poll(() => page.getByText('Line 3 has no name; add one or remove the line.').isVisible())
          .toBe(true);
        await expect.poll(() => attendeesBox.getAttribute('aria-invalid')).toBe('true');
        await page
          .getByLabel('Expected attendees (optional)')
          .fill(
            'Sam Lee | Acme | rock climbing; jazz\nAna Duarte (Globex)\nTheo Park | Initech | machine learning\nLena Vogt | Umbrella',
          );
        // What the list was read as, before anything is saved.
        await expect.poll(() => page.getByText('4 people expected').isVisible()).toBe(true);
        await page.getByRole('button', { name: 'Add event' }).click();
        await page.waitForURL(/\/events\/[^/]+$/);
        const eventId = new URL(page.url()).pathname.split('/').pop() as string;

        // The prep sheet: the goal, and whom to look for, ranked, each with openers.
        const sheet = page.locator('article.prep-sheet');
        await sheet.getByRole('heading', { name: 'Prep sheet' }).waitFor();
        await expect
          .poll(() => sheet.locator('.goal-text').textContent())
          .toBe('Two meaningful conversations about data tooling');
        const targets = sheet.locator('.prep-target');
        await expect.poll(() => targets.count()).toBe(4);
        await expect.poll(() => targets.first().locator('h4').textContent()).toContain('Sam Lee');
        await expect.poll(() => targets.first().textContent()).toMatch(/you share/i);
        for (let i = 0; i < 4; i++) {
          const openers = await targets.nth(i).locator('.openers li').count();
          expect(openers).toBeGreaterThanOrEqual(2);
          expect(openers).toBeLessThanOrEqual(3);
        }
        await expect.poll(() => sheet.getByRole('heading', { name: 'Breaks' }).isVisible()).toBe(true);
        await expect.poll(() => sheet.locator('.exit-line').textContent()).toMatch(/\S/);
        await checkPage(page, 'event-prep', viewport);

        // On paper: no navigation, no debrief form, the sheet itself black on white.
        await page.emulateMedia({ media: 'print' });
        await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
        await expect
          .poll(() => page.getByRole('button', { name: 'Print the prep sheet' }).isVisible())
          .toBe(false);
        await expect.poll(() => page.getByRole('heading', { name: 'Debrief' }).isVisible()).toBe(false);
        await expect.poll(() => sheet.isVisible()).toBe(true);
        const colours = await sheet.evaluate((el) => {
          const style = getComputedStyle(el);
          return { color: style.color, body: getComputedStyle(document.body).backgroundColor };
        });
        expect(colours).toEqual({ color: 'rgb(0, 0, 0)', body: 'rgb(255, 255, 255)' });
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('button', { name: 'Print the prep sheet' }).waitFor();

        // The debrief: two people, one detail each.
        const first = page.getByRole('group', { name: 'Person 1' });
        await first.getByLabel('Name').fill('Sam Lee');
        await first.getByLabel('One detail').fill('Training for the Lisbon half marathon in May');
        const second = page.getByRole('group', { name: 'Person 2' });
        await second.getByLabel('Name').fill('Rosa Quint');
        await second.getByLabel('Organisation (optional)').fill('Kite & Co');
        await second.getByLabel('One detail').fill('Hiring a data lead in spring');
        // A third row, added and removed again, leaves the two.
        await page.getByRole('button', { name: 'Add another person' }).click();
        await page.getByRole('group', { name: 'Person 3' }).waitFor();
        await page.getByRole('button', { name: 'Remove person 3' }).click();
        await expect.poll(() => page.getByRole('group', { name: 'Person 3' }).count()).toBe(0);
        await page.getByRole('button', { name: 'Save the debrief' }).click();

        const outcome = page.locator('.debrief-outcome');
        await expect
          .poll(() => outcome.getByRole('heading').textContent())
          .toBe('Noted 2 people from Climbing & code night');
        await expect
          .poll(() => outcome.getByRole('link', { name: 'Rosa Quint' }).getAttribute('href'))
          .toMatch(/^\/people\//);
        await expect
          .poll(() => outcome.getByRole('link', { name: 'Sam Lee' }).getAttribute('href'))
          .toMatch(/^\/people\//);
        await expect.poll(() => outcome.textContent()).toMatch(/Already known: the detail was added/);
        await expect.poll(() => outcome.textContent()).toMatch(/Follow-ups/);

        const people = await apiCall<{ items: PersonRow[] }>(context, 'GET', '/people');
        const byName = new Map(people.items.map((p) => [p.name, p.id]));
        expect([...byName.keys()].sort()).toEqual(['Ana Duarte', 'Rosa Quint', 'Sam Lee']);
        for (const [name, detail] of [
          ['Sam Lee', 'Training for the Lisbon half marathon in May'],
          ['Rosa Quint', 'Hiring a data lead in spring'],
        ] as const) {
          const overview = await apiCall<{
            details: { text: string }[];
            person: { organisation: string | null };
          }>(context, 'GET', `/people/${byName.get(name)}`);
          expect(overview.details.map((d) => d.text)).toContain(detail);
          if (name === 'Rosa Quint') expect(overview.person.organisation).toBe('Kite & Co');
        }
        const event = await apiCall<{ debriefedAt: string | null }>(context, 'GET', `/events/${eventId}`);
        expect(event.debriefedAt).not.toBeNull();

        // The list: what is coming up and what has been.
        await page.getByRole('link', { name: '← All events' }).click();
        await page.waitForURL('**/events');
        const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Coming up' }) });
        const past = page.locator('section', { has: page.getByRole('heading', { name: 'Past events' }) });
        await expect
          .poll(() => upcoming.getByRole('link', { name: 'Data tooling meetup', exact: true }).isVisible())
          .toBe(true);
        await expect
          .poll(() => past.getByRole('link', { name: 'Climbing & code night', exact: true }).isVisible())
          .toBe(true);
        await expect.poll(() => past.textContent()).toContain('Debriefed');
        await checkPage(page, 'events', viewport);

        // Deleting asks first; keeping it changes nothing, a second yes removes it.
        await page.getByRole('button', { name: 'Delete Data tooling meetup' }).click();
        await page.getByRole('button', { name: 'Keep it' }).click();
        await page.getByRole('button', { name: 'Delete Data tooling meetup' }).click();
        await page.getByRole('button', { name: 'Delete event' }).click();
        await expect
          .poll(() => page.getByRole('link', { name: 'Data tooling meetup', exact: true }).count())
          .toBe(0);
        const events = await apiCall<{ items: { name: string }[] }>(context, 'GET', '/events');
        expect(events.items.map((e) => e.name)).toEqual(['Climbing & code night']);
      } finally {
        await context.close();
        await kindred.stop();
      }
    });
  }
});
