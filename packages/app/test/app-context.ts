/** A use-case context on a store under test, with its own owner and a settable clock. */
import type { Store } from '@kindred/store';
import { newId, type UseCaseContext } from '../src/context.ts';

export async function contextFor(store: Store, now = '2026-03-02T09:00:00Z', timeZone = 'Europe/London') {
  const at = new Date(now);
  // Each call makes a distinct owner, so tests in one file never see each other's rows.
  const id = newId();
  await store.repos.users.insert({
    id,
    displayName: 'Tester',
    email: null,
    timeZone,
    settings: {},
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  });
  const ctx: UseCaseContext = { store, ownerId: id, now: at, timeZone };
  return { ctx, at: (iso: string): UseCaseContext => ({ ...ctx, now: new Date(iso) }) };
}
