/**
 * Introductions in a real browser, three people in their own browser contexts: the
 * owner runs a community that Ben and Cleo join (over the API, with Ben's ask and Cleo's
 * profile: this file is not about them). The owner opens Ben's ask in the page, sees
 * Cleo suggested for the interest they share (and not the team she keeps to herself),
 * and suggests the introduction with a note. Ben and Cleo each see it with the note and
 * accept in the page; nobody's email shows until both have, then each sees the other's,
 * and the owner sees only that it went ahead. Suggesting the pair again, the owner is
 * told of her own introduction, and Ben, suggesting a pair the owner keeps apart, gets
 * only the neutral answer. Each viewport has a fresh install.
 */
import type { BrowserContext, Page } from 'playwright-core';
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

/** A fresh server, three people and several full-page checks: more than the default time. */
const SLOW = 180_000;

const BEN = { displayName: 'Ben Okafor', email: 'ben@example.test', password: 'a long and quiet evening' };
const CLEO = { displayName: 'Cleo Marsh', email: 'cleo@example.test', password: 'a long and quiet evening' };

async function bringIn(admin: BrowserContext, member: BrowserContext, communityId: string, who: typeof BEN) {
  await apiCall(member, 'POST', '/auth/signup', who);
  const invite = await apiCall<{ url: string }>(admin, 'POST', `/communities/${communityId}/invites`, {});
  await apiCall(member, 'POST', '/invites/accept', { token: invite.url });
}

const introductions = (page: Page) => page.getByRole('region', { name: 'Introductions' });

/** Suggests two members to each other with the form for any two. */
async function suggestPair(page: Page, one: string, other: string) {
  const form = introductions(page).getByRole('form', { name: 'Suggest an introduction' });
  if (!(await form.isVisible())) {
    await introductions(page).getByText('Suggest an introduction between two members').click();
  }
  await form.getByLabel('One person').selectOption({ label: one });
  await form.getByLabel('The other').selectOption({ label: other });
  await form.getByRole('button', { name: 'Suggest this introduction' }).click();
}

describe('community introductions', () => {
  for (const viewport of VIEWPORTS) {
    test(
      `an ask, an introduction suggested in the page, both accept and see each other's email (${viewport.name})`,
      async () => {
        const kindred: Kindred = await startKindred({ ALLOW_SIGNUP: 'true' });
        try {
          const owner = await openPage(env.browser, viewport, kindred.url);
          await signUpOwner(owner.context);
          const community = await apiCall<{ id: string }>(owner.context, 'POST', '/communities', {
            name: 'Book lovers',
          });
          const ben = await openPage(env.browser, viewport, kindred.url);
          const cleo = await openPage(env.browser, viewport, kindred.url);
          await bringIn(owner.context, ben.context, community.id, BEN);
          await bringIn(owner.context, cleo.context, community.id, CLEO);
          await apiCall(cleo.context, 'PATCH', `/communities/${community.id}/profile`, {
            interests: ['bookbinding', 'jazz'],
            team: 'Quiet archive team',
            visibility: { team: 'nobody' },
          });
          await apiCall(ben.context, 'POST', `/communities/${community.id}/asks`, {
            interests: ['bookbinding'],
            note: 'Someone to show me how to sew a binding',
          });
          const path = `/communities/${community.id}`;

          // The owner opens Ben's ask: Cleo fits, by the interest she shares with everyone.
          const o = owner.page;
          await o.goto(path);
          await o.getByRole('heading', { level: 1, name: 'Book lovers' }).waitFor();
          const oIntro = introductions(o);
          const ask = oIntro
            .getByRole('listitem')
            .filter({ hasText: 'Ben Okafor would like to meet someone' });
          await ask.getByText('“Someone to show me how to sew a binding”').waitFor();
          await ask.getByRole('button', { name: /Suggest someone/ }).click();
          const fits = ask.getByRole('list', { name: "Members who fit Ben Okafor's ask" });
          await fits.getByText('Cleo Marsh', { exact: true }).waitFor();
          expect(await fits.textContent()).toContain('shares Bookbinding');
          expect(await o.content()).not.toContain('Quiet archive team');
          const whom = ask.getByLabel('Whom should Ben Okafor meet?');
          await expect
            .poll(async () => (await whom.locator('option:checked').textContent())?.trim())
            .toBe('Cleo Marsh');
          await ask
            .getByLabel('A note for both (optional)')
            .fill('Cleo binds books by hand; Ben wants to learn.');
          await ask.getByRole('button', { name: 'Suggest this introduction' }).click();
          await ask.getByText('Sent. Ben Okafor and Cleo Marsh will each be asked').waitFor();
          const mine = oIntro
            .getByRole('listitem')
            .filter({ hasText: 'You suggested Ben Okafor and Cleo Marsh meet' });
          await mine.getByText('Waiting for answers').waitFor();
          await checkPage(o, 'community-introductions-connector', viewport);

          // Ben sees who suggested it and why, and says yes; Cleo's email is not shown yet.
          const b = ben.page;
          await b.goto(path);
          const bItem = introductions(b).getByRole('listitem').filter({ hasText: 'You and Cleo Marsh' });
          await bItem.getByText(`Suggested by ${OWNER.displayName}.`).waitFor();
          await bItem.getByText('Cleo binds books by hand; Ben wants to learn.').waitFor();
          await bItem.getByRole('button', { name: 'Accept' }).click();
          await bItem
            .getByText("You said yes. Cleo Marsh's email shows here once they say yes too.")
            .waitFor();
          expect(await b.content()).not.toContain(CLEO.email);

          // Cleo says yes too, and Ben's address is hers to use.
          const c = cleo.page;
          await c.goto(path);
          const cItem = introductions(c).getByRole('listitem').filter({ hasText: 'You and Ben Okafor' });
          await cItem.getByText('Waiting for answers').waitFor();
          expect(await c.content()).not.toContain(BEN.email);
          await cItem.getByRole('button', { name: 'Accept' }).click();
          await cItem.getByRole('link', { name: BEN.email }).waitFor();
          expect(await cItem.getByRole('link', { name: BEN.email }).getAttribute('href')).toBe(
            `mailto:${BEN.email}`,
          );
          await cItem.getByText('Introduced').waitFor();
          await checkPage(c, 'community-introductions', viewport);

          // Ben sees Cleo's; the owner sees only that it went ahead.
          await b.reload();
          await introductions(b).getByRole('link', { name: CLEO.email }).waitFor();
          await o.reload();
          await introductions(o)
            .getByRole('listitem')
            .filter({ hasText: 'You suggested Ben Okafor and Cleo Marsh meet' })
            .getByText('Introduced')
            .waitFor();
          const ownerPage = await o.content();
          expect(ownerPage).not.toContain(BEN.email);
          expect(ownerPage).not.toContain(CLEO.email);

          // Suggesting the same two again: the owner made it, so she is told, in full.
          await suggestPair(o, 'Ben Okafor', 'Cleo Marsh');
          await introductions(o)
            .getByText('Ben Okafor and Cleo Marsh are introduced already, through the introduction you made.')
            .waitFor();

          // The owner keeps herself and Cleo apart; Ben, who has no part in that, is not told why.
          const ids = Object.fromEntries(
            (
              await apiCall<{ items: { userId: string; displayName: string }[] }>(
                owner.context,
                'GET',
                `/communities/${community.id}/members`,
              )
            ).items.map((m) => [m.displayName, m.userId]),
          );
          await apiCall(owner.context, 'POST', `/communities/${community.id}/exclusions`, {
            userIds: [ids[OWNER.displayName], ids['Cleo Marsh']],
          });
          await b.reload();
          await suggestPair(b, OWNER.displayName, 'Cleo Marsh');
          await introductions(b)
            .getByText(
              `Kindred won't suggest ${OWNER.displayName} and Cleo Marsh to each other just now, and can't say why.`,
              {
                exact: false,
              },
            )
            .waitFor();
          expect(await introductions(b).textContent()).not.toMatch(/kept|apart|admin/i);
        } finally {
          await kindred.stop();
        }
      },
      SLOW,
    );
  }
});
