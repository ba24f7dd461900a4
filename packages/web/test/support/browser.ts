/**
 * What every browser test needs: Debian's Chromium (never a downloaded browser), the real
 * server over a fresh SQLite data directory serving the built app, a page at each of the
 * two sizes we support, the owner signed in, an accessibility check and screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ServerProcess, startServerProcess } from '../../../server/test/support/server-process.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.KINDRED_CHROMIUM ?? '/usr/bin/chromium';

export interface Viewport {
  name: 'phone' | 'desktop';
  width: number;
  height: number;
}

/** A phone held upright (390 px, as an iPhone 12–15) and an ordinary laptop screen. */
export const VIEWPORTS: Viewport[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

export const OWNER = {
  email: 'robin@example.test',
  password: 'a long and quiet evening',
  displayName: 'Robin Ash',
};

export function launchBrowser(): Promise<Browser> {
  // launch() gives every run a fresh, temporary profile of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface Kindred {
  url: string;
  dataDir: string;
  server: ServerProcess;
  stop(): Promise<void>;
}

/** The real server (`npm start`'s entry) on a free port over a new, empty data directory. */
export async function startKindred(env: Record<string, string> = {}): Promise<Kindred> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-web-'));
  const server = await startServerProcess({ dataDir, env });
  return {
    url: server.url,
    dataDir,
    server,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openPage(
  browser: Browser,
  viewport: Viewport,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    isMobile: viewport.name === 'phone',
    hasTouch: viewport.name === 'phone',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Calls the API with the context's cookies (a signed-in context acts as its user), for
 * setting up data a test is not about. Throws with the server's answer on failure.
 */
export async function apiCall<T = unknown>(
  context: BrowserContext,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await context.request.fetch(`/api${path}`, {
    method,
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} /api${path} answered ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Creates the owner account on a fresh install through the API and leaves the context
 * signed in (for tests that are not about the first run).
 */
export async function signUpOwner(context: BrowserContext, owner = OWNER): Promise<void> {
  await apiCall(context, 'POST', '/auth/signup', owner);
}

/** Fails with a readable list when axe finds serious or critical problems on the page. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const lines = bad.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ')}`)
        .join('\n')}`,
  );
  throw new Error(`Accessibility problems on ${where}:\n${lines.join('\n')}`);
}

/** Writes docs/screenshots/<name>-<viewport>.png of the whole page. */
export async function screenshot(page: Page, name: string, viewport: Viewport): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${viewport.name}.png`), fullPage: true });
}

/** The page's accessibility check and its screenshot, once it has settled. */
export async function checkPage(page: Page, name: string, viewport: Viewport): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, `${name} (${viewport.name})`);
  await screenshot(page, name, viewport);
}
