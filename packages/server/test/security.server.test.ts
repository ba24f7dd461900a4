import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openStore, type Store } from '@kindred/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServerConfig } from '../src/config/server-config.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { bodyOf, signedUp, testApp } from './support/test-app.ts';

describe('security', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
  });
  afterAll(() => store.close());

  it('refuses cookie-authenticated writes declared from another site, and allows same-origin ones', async () => {
    const app = testApp(store);
    const me = await signedUp(app);
    const body = { name: 'Sam Lee' };
    const foreign = await me.call('POST', '/api/people', body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await bodyOf(foreign)).error.code).toBe('csrf_rejected');
    const crossSite = await me.call('POST', '/api/people', body, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const own = await me.call('POST', '/api/people', body, {
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(own.status).toBe(201);
    // Reads are never refused, and nothing was written by the refused ones.
    const list = await me.json('GET', '/api/people');
    expect(list.body.items).toHaveLength(1);
    // A script with a token is not a browser: no Origin needed, a foreign one does not matter.
    const { secret } = (await me.json('POST', '/api/tokens', { name: 'script' })).body;
    const scripted = await app.request('/api/people', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        origin: 'https://evil.example',
      },
      body: JSON.stringify({ name: 'Ana Silva' }),
    });
    expect(scripted.status).toBe(201);
  });

  it('limits sign-in attempts per address, then says when to retry', async () => {
    const app = testApp(store, { AUTH_RATE_LIMIT: '3' });
    const attempt = () =>
      app.request('/api/auth/signin', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'x@example.org', password: 'guess' }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await bodyOf(limited)).error.code).toBe('rate_limited');
  });

  it('sends security headers and refuses bodies over the limit', async () => {
    const app = testApp(store, { BODY_LIMIT: '2048' });
    const me = await signedUp(app);
    const health = await app.request('/healthz');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(health.headers.get('strict-transport-security')).toBeTruthy();
    expect(health.headers.get('referrer-policy')).toBe('no-referrer');
    const big = await me.call('POST', '/api/people', { name: 'Sam', notes: 'x'.repeat(4000) });
    expect(big.status).toBe(413);
    expect((await bodyOf(big)).error.code).toBe('payload_too_large');
  });

  it('never writes a password, token, cookie or feed secret to the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadServerConfig({
      KINDRED_DATA_DIR: mkdtempSync(join(tmpdir(), 'kindred-log-')),
      LOG_LEVEL: 'trace',
      ALLOW_SIGNUP: 'true',
    });
    const app = createServerApp({ store, config, logger: createLogger('trace', sink) });
    const password = 'my very secret password';
    const signup = await app.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'logs@example.org', password, displayName: 'Logs' }),
    });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const created = await app.request('/api/tokens', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'script' }),
    });
    const token = (await bodyOf(created)).secret as string;
    await app.request('/api/people', { headers: { authorization: `Bearer ${token}` } });
    await app.request('/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'logs@example.org', password: 'a wrong secret guess' }),
    });
    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const secret of [password, 'a wrong secret guess', token, cookie.split('=')[1] as string]) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('"route":"/api/auth/signup"');
  });

  it('answers only to its own names (no DNS rebinding)', async () => {
    const app = testApp(store, { PUBLIC_URL: 'https://kindred.example.org' });
    const rebound = await app.request('http://evil.example/api/setup');
    expect(rebound.status).toBe(403);
    expect((await bodyOf(rebound)).error.code).toBe('host_rejected');
    const signup = await app.request('http://evil.example/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ email: 'x@evil.example', password: 'a long enough password', displayName: 'X' }),
    });
    expect(signup.status).toBe(403);
    for (const url of [
      'https://kindred.example.org/healthz',
      'http://localhost/healthz',
      'http://127.0.0.1/healthz',
    ]) {
      expect((await app.request(url)).status).toBe(200);
    }
  });

  it('answers unknown routes and methods with the error body', async () => {
    const app = testApp(store);
    const response = await app.request('/api/nothing-here');
    expect([401, 404]).toContain(response.status);
    const root = await app.request('/nothing');
    expect(root.status).toBe(404);
    expect((await bodyOf(root)).error.code).toBe('route_not_found');
  });
});

describe('configuration', () => {
  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadServerConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'mail.example.org',
        LOG_LEVEL: 'loud',
        ALLOW_SIGNUP: 'perhaps',
        PUBLIC_URL: 'ftp://x',
      });
    } catch (e) {
      error = e;
    }
    const fields = (error as { details: { field: string }[] }).details.map((d) => d.field).sort();
    expect(fields).toEqual(['ALLOW_SIGNUP', 'DATABASE_URL', 'LOG_LEVEL', 'PORT', 'PUBLIC_URL', 'SMTP_URL']);
  });
});
