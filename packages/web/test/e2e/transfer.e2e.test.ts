/**
 * Import & export in a real browser: a vCard file checked by a dry run that writes
 * nothing (new people, a merge with someone already kept, an invalid card named by its
 * line and what is wrong with it), then imported for real; and a JSON backup downloaded with everyone in it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { apiCall, checkPage, openPage, signUpOwner, startKindred, VIEWPORTS } from '../support/browser.ts';
import { setUpKindredBrowser } from '../support/hooks.ts';

const env = setUpKindredBrowser();

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'contacts.vcf');

interface PersonRow {
  id: string;
  name: string;
  organisation: string | null;
  channels: { kind: string; value: string }[];
}

const names = (rows: PersonRow[]) => rows.map((p) => p.name).sort();

describe('import and export', () => {
  for (const viewport of VIEWPORTS) {
    test(`a vCard import previewed, then run, and a backup downloaded (${viewport.name})`, async () => {
      // A server of its own per size, so both imports meet the same single existing person.
      const kindred = await startKindred();
      const { context, page } = await openPage(env.browser, viewport, kindred.url);
      try {
        await signUpOwner(context);
        await apiCall(context, 'POST', '/people', {
          name: 'Mei Chen',
          organisation: 'Lantern Labs',
          channels: [{ kind: 'email', value: 'mei.chen@lantern.example' }],
        });
        const before = await apiCall<{ items: PersonRow[] }>(context, 'GET', '/people');
        expect(names(before.items)).toEqual(['Mei Chen']);

        await page.goto('/import');
        const dropZone = page.getByRole('button', { name: /Choose a file to import/ });
        await dropZone.waitFor();
        // The drop zone is a real button: reachable and described.
        expect(await dropZone.getAttribute('aria-describedby')).toBeTruthy();
        // From the keyboard, the drop zone opens the file chooser for the labelled file input.
        // (Listening first: file-chooser interception is switched on by the listener, and
        // the focus call's round trip makes sure it is on before Enter is pressed.)
        const chooserOpened = page.waitForEvent('filechooser');
        await dropZone.focus();
        await page.keyboard.press('Enter');
        const chooser = await chooserOpened;
        expect(await chooser.element().getAttribute('aria-label')).toBe('Contacts file to import');
        await page.getByLabel('Contacts file to import').setInputFiles(FIXTURE);

        // The dry run's preview: counts, the merge and with whom, the invalid card and why.
        const preview = page.locator('.import-preview');
        await preview
          .getByRole('heading', { name: 'Preview of contacts.vcf: nothing is saved yet' })
          .waitFor();
        const summary = preview.getByRole('list', { name: 'Summary' });
        await expect.poll(() => summary.textContent()).toContain('3 new people');
        await expect.poll(() => summary.textContent()).toContain('1 merged with someone you have');
        await expect.poll(() => summary.textContent()).toContain('1 skipped');
        await expect.poll(() => preview.textContent()).toContain('5 records in this vCard file');
        const added = preview.locator('section', {
          has: page.getByRole('heading', { name: 'Will be added' }),
        });
        for (const name of ['Amara Okafor', 'Jonas Berg', 'Priya Natarajan']) {
          await expect.poll(() => added.textContent()).toContain(name);
        }
        const merged = preview.locator('section', {
          has: page.getByRole('heading', { name: 'Will be merged' }),
        });
        await expect
          .poll(() => merged.textContent())
          .toMatch(/Mei Chen \(line \d+\) → into Mei Chen: same email/);
        const skipped = preview.locator('section', {
          has: page.getByRole('heading', { name: 'Will be skipped' }),
        });
        await expect
          .poll(() => skipped.textContent())
          .toMatch(
            /Line 28 \(Rory Example\): .*line 28 is not a vCard property \("Ask about the allotment"\)/,
          );
        await checkPage(page, 'import', viewport);

        // A dry run writes nothing.
        const afterDryRun = await apiCall<{ items: PersonRow[] }>(context, 'GET', '/people');
        expect(afterDryRun.items).toEqual(before.items);

        await page.getByRole('button', { name: 'Import these 4 people' }).click();
        const done = page.locator('.import-done');
        await done.getByRole('heading', { name: 'Imported contacts.vcf' }).waitFor();
        await expect
          .poll(() => done.getByRole('status').textContent())
          .toMatch(/3 people added, 1 merged, 1 skipped/);
        await expect
          .poll(() => done.getByRole('link', { name: 'Jonas Berg' }).getAttribute('href'))
          .toMatch(/^\/people\//);

        const after = await apiCall<{ items: PersonRow[] }>(context, 'GET', '/people');
        expect(names(after.items)).toEqual(['Amara Okafor', 'Jonas Berg', 'Mei Chen', 'Priya Natarajan']);
        const mei = after.items.find((p) => p.name === 'Mei Chen');
        expect(mei?.id).toBe(before.items[0]?.id);
        expect(mei?.channels.map((c) => c.value)).toContain('+44 20 7946 0018');

        // The JSON backup downloads as a file holding everyone.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Download the Kindred backup (.json)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^kindred-\d{4}-\d{2}-\d{2}\.json$/);
        const path = await download.path();
        const backup = JSON.parse(readFileSync(path, 'utf8')) as { format: string; people: PersonRow[] };
        expect(names(backup.people)).toEqual(['Amara Okafor', 'Jonas Berg', 'Mei Chen', 'Priya Natarajan']);
      } finally {
        await context.close();
        await kindred.stop();
      }
    });
  }
});
