/**
 * The real server application on a test store, called in-process (`app.request`), with
 * a tiny client that signs up, keeps the session cookie and sends JSON.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@kindred/app';
import { loadServerConfig } from '../../src/config/server-config.ts';
import { createLogger } from '../../src/logger.ts';
import { createServerApp } from '../../src/server-app.ts';

export function testApp(store: Store, env: Record<string, string> = {}, clock?: () => Date) {
  const config = loadServerConfig({
    KINDRED_DATA_DIR: mkdtempSync(join(tmpdir(), 'kindred-server-')),
    LOG_LEVEL: 'silent',
    ALLOW_SIGNUP: 'true',
    AUTH_RATE_LIMIT: '10000',
    ...env,
  });
  return createServerApp({ store, config, logger: createLogger('silent'), ...(clock ? { clock } : {}) });
}

export type TestApp = ReturnType<typeof testApp>;

export interface Client {
  userId: string;
  cookie: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read bodies loosely
  json<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

let counter = 0;

/** A response's JSON body, read loosely as tests do. */
// biome-ignore lint/suspicious/noExplicitAny: tests read bodies loosely
export async function bodyOf(response: Response): Promise<any> {
  return response.json();
}

/** The password every seeded account uses: long enough for the sign-up rules. */
export const PASSWORD = 'a long enough password';

export function cookieFrom(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

/** Signs a new user up and returns a client acting as them. */
export async function signedUp(app: TestApp, name = 'Tester'): Promise<Client> {
  counter += 1;
  const email = `user${counter}-${Date.now()}@example.org`;
  const response = await app.request('/api/auth/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password: PASSWORD,
      displayName: name,
      timeZone: 'Europe/London',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const signed = (await response.json()) as { account: { id: string } };
  return clientFor(app, signed.account.id, cookieFrom(response));
}

export function clientFor(app: TestApp, userId: string, cookie: string): Client {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    userId,
    cookie,
    call,
    async json(method, path, body) {
      const response = await call(method, path, body);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
  };
}
