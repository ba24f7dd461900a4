/**
 * The server's side of the web app: the built files, index.html for every address the
 * browser's router owns, caching that lets a new build through, the content security
 * policy, and a plain explanation when the app has not been built. The API keeps
 * answering in JSON beside it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@kindred/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/test-app.ts';

describe('the web app', () => {
  let store: Store;
  let webDir: string;
  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    webDir = mkdtempSync(join(tmpdir(), 'kindred-web-dist-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("kindred")');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  afterAll(() => store.close());

  it('serves index.html at every address the app routes, never cached, with a strict policy', async () => {
    const app = testApp(store, { WEB_DIR: webDir });
    for (const path of ['/', '/people', '/people/0193-abc', '/settings?tab=tokens']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets for good, and a missing one as a 404', async () => {
    const app = testApp(store, { WEB_DIR: webDir });
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("kindred")');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/favicon.svg')).status).toBe(200);
    const missing = await app.request('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/Reload the page/);
  });

  it('leaves /api to the API: unknown API paths answer JSON, not the app', async () => {
    const app = testApp(store, { WEB_DIR: webDir });
    const setup = await app.request('/api/setup');
    expect(setup.headers.get('content-type')).toContain('application/json');
    const unknown = await app.request('/api/no-such-route');
    expect(unknown.headers.get('content-type')).toContain('application/json');
    expect(await unknown.text()).not.toContain('<div id="root">');
  });

  it('says how to build the app when it has not been built', async () => {
    const app = testApp(store, { WEB_DIR: join(webDir, 'not-built') });
    const response = await app.request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expect((await app.request('/api/setup')).status).toBe(200);
  });
});
