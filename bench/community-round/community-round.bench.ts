/**
 * bench/community-round: a whole scheduled pairing round for a community of 20,000
 * generated members on PostgreSQL, end to end as the server's job runs it: read every
 * member with their profile, the past matches and the kept-apart pairs; pair them; propose
 * times from both members' availability; store the round, its matches and each member's
 * row; queue one email per member; move the schedule on. One transaction, timed from the
 * job's call to its return.
 *
 * Three rounds run a week apart on the same community, so the second and third read the
 * history the earlier ones wrote (the repeat rules bite). The peer is the pairing engine
 * alone on the same input (the part no database can speed up), so the rest is what
 * storage and orchestration cost. The same is run on SQLite (a file) for comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScheduledRound } from '@kindred/app';
import { normaliseInterests, pairMembers } from '@kindred/core';
import { openStore, type Store } from '@kindred/store';
import pg from 'pg';
import { generateCommunity } from '../pairing/generate-community.ts';
import { machine, median, table, writeResult } from '../shared.ts';

const SIZE = Number(process.env.BENCH_ROUND_MEMBERS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const PG_ADMIN_URL = process.env.KINDRED_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ZONES = ['Europe/Lisbon', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Europe/London'];
const SENIORITY = ['early-career', 'mid-level', 'senior', 'lead', 'executive'];
const FIRST_ROUND = Date.parse('2027-01-07T09:00:00Z');
const WEEK = 7 * 86_400_000;
const CHUNK = 500;

async function chunked<T>(rows: T[], insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The generated community as stored rows: accounts, memberships, profiles, weekly rounds on. */
async function seed(store: Store): Promise<string> {
  const members = generateCommunity({ size: SIZE, seed: 2026 });
  const at = new Date(FIRST_ROUND - WEEK).toISOString();
  const communityId = 'bench-community';
  await chunked(members, (part) =>
    store.db
      .insertInto('users')
      .values(
        part.map((m, i) => ({
          id: m.id,
          display_name: `Member ${m.id}`,
          email: `${m.id}@example.org`,
          time_zone: ZONES[i % ZONES.length] as string,
          settings: '{}',
          created_at: at,
          updated_at: at,
          password_hash: null,
          digest_week: null,
        })),
      )
      .execute(),
  );
  await store.db
    .insertInto('communities')
    .values({
      id: communityId,
      name: 'Bench guild',
      description: null,
      created_by: members[0]?.id ?? null,
      created_at: at,
    })
    .execute();
  await chunked(members, (part) =>
    store.db
      .insertInto('community_members')
      .values(
        part.map((m, i) => ({
          community_id: communityId,
          user_id: m.id,
          role: i === 0 ? 'admin' : 'member',
          joined_at: at,
        })),
      )
      .execute(),
  );
  await chunked(members, (part) =>
    store.db
      .insertInto('community_profiles')
      .values(
        part.map((m, i) => ({
          community_id: communityId,
          user_id: m.id,
          interests: JSON.stringify(normaliseInterests(m.interests).map((x) => x.key)),
          team: m.team,
          seniority: m.seniority ? (SENIORITY[Math.min(4, Math.max(0, m.seniority - 1))] ?? null) : null,
          location: null,
          time_zone: ZONES[i % ZONES.length] as string,
          availability: JSON.stringify(
            i % 3 === 0
              ? [
                  { day: 'tue', start: '09:00', end: '12:00' },
                  { day: 'thu', start: '14:00', end: '18:00' },
                ]
              : [],
          ),
          formats: JSON.stringify(['coffee']),
          frequency: 'weekly',
          paused: m.paused ? 1 : 0,
          paused_until: null,
          open_to: JSON.stringify(m.openTo ?? ['peer']),
          intro: null,
          visibility: '{}',
          updated_at: at,
        })),
      )
      .execute(),
  );
  await store.db
    .insertInto('community_round_rules')
    .values({
      community_id: communityId,
      cadence: 'weekly',
      weekday: 3,
      hour: 9,
      time_zone: 'UTC',
      cross_team_only: 0,
      repeat_window_days: 90,
      next_round_at: new Date(FIRST_ROUND).toISOString(),
      updated_at: at,
    })
    .execute();
  return communityId;
}

interface RoundFigure {
  seconds: number;
  pairs: number;
  trios: number;
  emailsQueued: number;
}

async function runRounds(store: Store, communityId: string): Promise<RoundFigure[]> {
  const figures: RoundFigure[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const scheduledFor = new Date(FIRST_ROUND + r * WEEK).toISOString();
    const started = performance.now();
    const outcome = await runScheduledRound(store, communityId, scheduledFor, new Date(scheduledFor));
    const seconds = (performance.now() - started) / 1000;
    if (!outcome) throw new Error(`round ${r + 1} did not run`);
    figures.push({ seconds, pairs: outcome.pairs, trios: outcome.trios, emailsQueued: outcome.emailsQueued });
  }
  return figures;
}

async function onPostgres(): Promise<RoundFigure[]> {
  const name = `kindred_bench_round_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    const store = await openStore({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
    try {
      return await runRounds(store, await seed(store));
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onSqlite(): Promise<RoundFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-bench-round-'));
  try {
    const store = await openStore({ kind: 'sqlite', file: join(dir, 'kindred.sqlite') });
    try {
      return await runRounds(store, await seed(store));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The engine alone on the same members (no history): the floor of a round's time. */
function engineOnly(): number {
  const members = generateCommunity({ size: SIZE, seed: 2026 });
  const started = performance.now();
  pairMembers({ members, today: FIRST_ROUND, seed: 'bench' });
  return (performance.now() - started) / 1000;
}

const pgRounds = await onPostgres();
const sqliteRounds = await onSqlite();
const engine = engineOnly();
const rows = [
  ...pgRounds.map((f, i) => ({
    store: 'PostgreSQL',
    round: i + 1,
    seconds: f.seconds.toFixed(2),
    pairs: f.pairs,
    trios: f.trios,
    emails: f.emailsQueued,
  })),
  ...sqliteRounds.map((f, i) => ({
    store: 'SQLite',
    round: i + 1,
    seconds: f.seconds.toFixed(2),
    pairs: f.pairs,
    trios: f.trios,
    emails: f.emailsQueued,
  })),
];
table(rows);
const summary = {
  members: SIZE,
  postgresMedianSeconds: median(pgRounds.map((f) => f.seconds)),
  sqliteMedianSeconds: median(sqliteRounds.map((f) => f.seconds)),
  engineOnlySeconds: engine,
};
console.log(summary);
console.log(
  `wrote ${writeResult('community-round', { machine: machine(), workload: { members: SIZE, rounds: ROUNDS }, postgres: pgRounds, sqlite: sqliteRounds, summary })}`,
);
