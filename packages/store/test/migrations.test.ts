import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openStore } from '../src/index.ts';
import { describeEachDialect } from './each-dialect.ts';

const TABLES = [
  'api_tokens',
  'calendar_feeds',
  'communities',
  'community_asks',
  'community_group_members',
  'community_group_rounds',
  'community_groups',
  'community_introductions',
  'community_invites',
  'community_match_members',
  'community_matches',
  'community_members',
  'community_notifications',
  'community_outbox',
  'community_pair_blocks',
  'community_profiles',
  'community_round_rules',
  'community_rounds',
  'community_seating_attendees',
  'community_seating_events',
  'details',
  'event_attendees',
  'events',
  'interaction_people',
  'interactions',
  'job_runs',
  'people',
  'person_channels',
  'person_interests',
  'person_stats',
  'person_tags',
  'plan_action_states',
  'saved_items',
  'sessions',
  'stage_changes',
  'users',
];

describeEachDialect('migrations', (getStore) => {
  it('create every table, and running them again changes nothing', async () => {
    const { db } = getStore();
    const names = (await db.introspection.getTables())
      .map((t) => t.name)
      .filter((n) => !n.startsWith('kysely_'));
    expect(names.sort()).toEqual(TABLES);
    await migrateToLatest(db);
    const again = (await db.introspection.getTables())
      .map((t) => t.name)
      .filter((n) => !n.startsWith('kysely_'));
    expect(again.sort()).toEqual(TABLES);
  });

  it('enforce foreign keys', async () => {
    const { repos } = getStore();
    await expect(
      repos.details.insert('no-such-user', {
        id: 'd-orphan',
        personId: 'no-such-person',
        text: 'x',
        kind: 'fact',
        happensOn: null,
        followUpOn: null,
        followedUpAt: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      }),
    ).rejects.toThrow();
  });
});

describe('the embedded SQLite file', () => {
  it('runs in WAL mode with foreign keys on, and reopens with its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-store-'));
    const file = join(dir, 'nested', 'kindred.sqlite');
    const store = await openStore({ kind: 'sqlite', file });
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(Number(fk.rows[0]?.foreign_keys)).toBe(1);
    await store.repos.users.insert({
      id: 'u1',
      displayName: 'Jo',
      email: null,
      timeZone: 'UTC',
      settings: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await store.close();
    const reopened = await openStore({ kind: 'sqlite', file });
    expect((await reopened.repos.users.first())?.displayName).toBe('Jo');
    await reopened.close();
  });
});
