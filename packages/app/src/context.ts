/**
 * What every use case runs with: the store, whose data it is, and the clock. The clock
 * is passed in (the CLI's `--now`), so every result can be reproduced.
 */
import { localDate } from '@kindred/core';
import { openStore, type Store, type UserRecord } from '@kindred/store';
import type { KindredConfig } from './config/config.ts';
import { newId } from './ids.ts';
import { readSettings, type Settings } from './settings/settings.schema.ts';

export interface UseCaseContext {
  readonly store: Store;
  readonly ownerId: string;
  readonly now: Date;
  readonly timeZone: string;
}

export interface Kindred {
  readonly config: KindredConfig;
  readonly store: Store;
  readonly owner: UserRecord;
  /** A context for this owner at `now`. */
  context(now?: Date): UseCaseContext;
  close(): Promise<void>;
}

export { newId } from './ids.ts';

/** Today's date in the owner's zone. */
export function today(ctx: UseCaseContext): string {
  return localDate(ctx.now, ctx.timeZone);
}

export function settingsOf(owner: UserRecord): Settings {
  return readSettings(owner.settings);
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The local owner of an embedded install: the first user, created on first use so that
 * the CLI needs no sign-up. (The server's first account will be this same user.)
 */
export async function ensureLocalOwner(store: Store, now: Date): Promise<UserRecord> {
  const existing = await store.repos.users.first();
  if (existing) return existing;
  const at = now.toISOString();
  const owner: UserRecord = {
    id: newId(),
    displayName: 'Me',
    email: null,
    timeZone: systemTimeZone(),
    settings: readSettings({}),
    createdAt: at,
    updatedAt: at,
  };
  await store.repos.users.insert(owner);
  return owner;
}

/**
 * Opens the configured database (migrating it) without making anyone: the server's
 * users sign up, and the first to do so becomes the CLI's local owner if there is one.
 */
export async function openDatabase(config: KindredConfig): Promise<Store> {
  return openStore(config.store);
}

/** Opens the configured database (migrating it) and finds or creates the local owner. */
export async function openKindred(config: KindredConfig, now: Date = new Date()): Promise<Kindred> {
  const store = await openStore(config.store);
  try {
    const owner = await ensureLocalOwner(store, now);
    return {
      config,
      store,
      owner,
      context: (at = now) => ({ store, ownerId: owner.id, now: at, timeZone: owner.timeZone }),
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
