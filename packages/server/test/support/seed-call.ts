/** One call made while seeding test data: it must succeed, or the test setup says which call failed. */
import type { Client } from './test-app.ts';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read as loose JSON in fixtures
export async function seedCall(client: Client, method: string, path: string, body?: unknown): Promise<any> {
  const answer = await client.json(method, path, body);
  if (answer.status >= 300) {
    throw new Error(`seeding ${method} ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}
