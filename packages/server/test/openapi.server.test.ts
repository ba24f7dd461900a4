import { openStore } from '@kindred/store';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/test-app.ts';

describe('the OpenAPI document', () => {
  let app: TestApp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    close = () => store.close();
    app = testApp(store);
  });
  afterAll(() => close());

  it('is served without signing in, is OpenAPI 3.1, and validates', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: a JSON document walked by path
    const doc: any = await response.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('describes every companion capability with its request schema', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a JSON document walked by path
    const doc: any = await (await app.request('/api/openapi.json')).json();
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/people',
      '/api/people/{id}',
      '/api/people/{id}/details',
      '/api/people/{id}/stage',
      '/api/interactions',
      '/api/interests',
      '/api/settings',
      '/api/plan',
      '/api/plan/actions/{ref}/done',
      '/api/drafts/pitch',
      '/api/events/{id}/prep',
      '/api/events/{id}/debrief',
      '/api/import',
      '/api/export',
      '/api/tokens',
      '/api/auth/signin',
    ]) {
      expect(paths).toContain(path);
    }
    const create = doc.paths['/api/people'].post.requestBody.content['application/json'].schema;
    expect(create.additionalProperties).toBe(false);
    expect(create.required).toContain('name');
  });
});
