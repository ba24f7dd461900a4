/**
 * The set-up every browser test file shares, registered as vitest hooks: Debian's
 * Chromium for the whole file and, when the file's tests share one, the real server.
 * Both are closed after the file, however its tests ended.
 *
 *   const env = setUpKindredBrowser({ server: true });
 *   test('…', async () => { const { page } = await openPage(env.browser, viewport, env.kindred.url); });
 *
 * Call it at the top of the file, before any other `beforeAll` that needs them: before
 * hooks run in the order they are registered.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Kindred, launchBrowser, startKindred } from './browser.ts';

export interface KindredBrowser {
  /** The file's browser; each test opens its own context with `openPage`. */
  readonly browser: Browser;
  /** The file's server, when asked for with `server: true`. */
  readonly kindred: Kindred;
}

export function setUpKindredBrowser(options: { server?: boolean } = {}): KindredBrowser {
  let browser: Browser | undefined;
  let kindred: Kindred | undefined;
  beforeAll(async () => {
    if (options.server) [kindred, browser] = await Promise.all([startKindred(), launchBrowser()]);
    else browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await kindred?.stop();
  });
  return {
    get browser() {
      if (!browser)
        throw new Error('The browser starts before the tests: use env.browser inside a test or hook.');
      return browser;
    },
    get kindred() {
      if (!kindred) {
        throw new Error(
          options.server
            ? 'The server starts before the tests: use env.kindred inside a test or hook.'
            : 'This file starts a server per test: call setUpKindredBrowser({ server: true }) for a shared one.',
        );
      }
      return kindred;
    },
  };
}
