/**
 * bench/plan: one user with 10,000 people, 1,000,000 interactions and 50,000 details on
 * SQLite. Measures the median time of the real `week` use case (load from the store,
 * plan, draft) and, in the same run, a plain SQL read of the same inputs with
 * better-sqlite3 (no planning): the floor any plan must stand on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openKindred, planFor } from '@kindred/app';
import type { Interaction } from '@kindred/core';
import { addDays, createRandom, summariseHistory, weekStart } from '@kindred/core';
import SqliteDatabase from 'better-sqlite3';
import { machine, median, table, writeResult } from '../shared.ts';

const PEOPLE = Number(process.env.BENCH_PLAN_PEOPLE ?? 10_000);
const INTERACTIONS = Number(process.env.BENCH_PLAN_INTERACTIONS ?? 1_000_000);
const DETAILS = Number(process.env.BENCH_PLAN_DETAILS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const FORMS = ['message', 'email', 'coffee', 'call', 'video_call', 'greeting', 'lunch', 'meeting'] as const;
const STAGES = ['first_contact', 'repeat_contact', 'asking', 'sharing', 'close'] as const;
const INTERESTS = [
  'chess',
  'trail-running',
  'machine-learning',
  'gardening',
  'board-games',
  'photography',
  'product-management',
  'rock-climbing',
];

async function seed(dataDir: string): Promise<string> {
  const kindred = await openKindred(loadConfig({ flags: { dataDir }, env: {} }), NOW);
  const ownerId = kindred.owner.id;
  const file = kindred.config.store.kind === 'sqlite' ? kindred.config.store.file : '';
  await kindred.close();
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  const random = createRandom('bench-plan');
  const at = NOW.toISOString();
  const insertPerson = db.prepare(
    `insert into people (id, owner_id, name, name_key, met_on, organisation, organisation_key, stage, stage_set_by, prefers_async, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'auto', 0, ?, ?)`,
  );
  const insertChannel = db.prepare(
    `insert into person_channels (owner_id, person_id, kind, value, value_key, label, position) values (?, ?, 'email', ?, ?, null, 0)`,
  );
  const insertInterest = db.prepare(
    'insert into person_interests (owner_id, person_id, interest_key, label, position) values (?, ?, ?, ?, ?)',
  );
  const insertInteraction = db.prepare(
    `insert into interactions (id, owner_id, occurred_on, form, initiated_by, energy_cost, exchange, exchange_kind, outcome, topics, note, created_at)
     values (?, ?, ?, ?, 'me', ?, ?, null, null, ?, null, ?)`,
  );
  const insertLink = db.prepare(
    'insert into interaction_people (owner_id, interaction_id, person_id) values (?, ?, ?)',
  );
  const insertDetail = db.prepare(
    `insert into details (id, owner_id, person_id, text, kind, happens_on, follow_up_on, followed_up_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStats = db.prepare(
    `insert into person_stats (person_id, owner_id, contact_count, first_contact_on, last_contact_on, last_topics, ever_in_person, recent, stage_since)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perPerson = Math.floor(INTERACTIONS / PEOPLE);
  let interactionId = 0;
  db.transaction(() => {
    for (let p = 0; p < PEOPLE; p++) {
      const id = `person-${p}`;
      const org = `Org ${p % 50}`;
      insertPerson.run(
        id,
        ownerId,
        `Person ${p}`,
        `person ${p}`,
        addDays(TODAY, -800 - (p % 200)),
        org,
        org.toLowerCase(),
        STAGES[p % STAGES.length],
        at,
        at,
      );
      insertChannel.run(ownerId, id, `p${p}@example.test`, `p${p}@example.test`);
      for (let k = 0; k < 3; k++) {
        const key = INTERESTS[(p + k * 3) % INTERESTS.length] as string;
        insertInterest.run(ownerId, id, key, key, k);
      }
      const history: Interaction[] = [];
      for (let i = 0; i < perPerson; i++) {
        const iid = `i-${interactionId++}`;
        const form = FORMS[random.int(FORMS.length)] as (typeof FORMS)[number];
        const on = addDays(TODAY, -random.int(1500) - 1);
        const exchange = random.next() < 0.1 ? 'ask' : random.next() < 0.1 ? 'give' : 'neither';
        insertInteraction.run(iid, ownerId, on, form, 2, exchange, '["work"]', at);
        insertLink.run(ownerId, iid, id);
        history.push({
          id: iid,
          personIds: [id],
          occurredOn: on,
          form,
          initiatedBy: 'me',
          energyCost: 2,
          exchange,
          exchangeKind: null,
          outcome: null,
          topics: ['work'],
          note: null,
          createdAt: at,
        });
      }
      const s = summariseHistory(history, addDays(TODAY, -400));
      insertStats.run(
        id,
        ownerId,
        s.contactCount,
        s.firstContactOn,
        s.lastContactOn,
        JSON.stringify(s.lastTopics),
        s.everInPerson ? 1 : 0,
        JSON.stringify(s.recent),
        s.stageSince,
      );
    }
    for (let d = 0; d < DETAILS; d++) {
      const person = `person-${random.int(PEOPLE)}`;
      const follow = addDays(TODAY, -random.int(900) + 10);
      const done = follow < addDays(TODAY, -40) ? at : null;
      insertDetail.run(
        `d-${d}`,
        ownerId,
        person,
        'presenting at the board',
        d % 20 === 0 ? 'win' : 'fact',
        follow,
        follow,
        done,
        `${addDays(follow, -20)}T10:00:00.000Z`,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
  return file;
}

/**
 * The same inputs the plan reads (the same columns), as plain row-per-record SQL with
 * better-sqlite3: no mapping, no planning.
 */
function plainRead(db: SqliteDatabase.Database, ownerId: string): number {
  const start = weekStart(TODAY);
  const end = addDays(TODAY, 6);
  const rows = [
    db.prepare('select * from users where id = ?').all(ownerId),
    db
      .prepare(
        `select p.id, p.name, p.organisation, p.team, p.seniority, p.stage, p.preferred_channel, p.prefers_async,
         p.do_not_contact_until, p.cadence_days, p.met_on, p.created_at, s.contact_count, s.first_contact_on,
         s.last_contact_on, s.last_topics, s.ever_in_person, s.recent, s.stage_since
         from people p left join person_stats s on s.person_id = p.id where p.owner_id = ?`,
      )
      .all(ownerId),
    db.prepare('select distinct person_id, kind from person_channels where owner_id = ?').all(ownerId),
    db
      .prepare(
        'select person_id, interest_key, label from person_interests where owner_id = ? order by person_id, position',
      )
      .all(ownerId),
    db
      .prepare(
        'select * from details where owner_id = ? and follow_up_on >= ? and follow_up_on <= ? and followed_up_at is null',
      )
      .all(ownerId, addDays(TODAY, -31), end),
    db
      .prepare(
        `select * from details where owner_id = ? and kind = 'win' and followed_up_at is null and (happens_on >= ? or created_at >= ?)`,
      )
      .all(ownerId, addDays(TODAY, -31), addDays(TODAY, -31)),
    db
      .prepare(
        'select occurred_on, sum(energy_cost), max(energy_cost) from interactions where owner_id = ? and occurred_on >= ? and occurred_on <= ? group by occurred_on',
      )
      .all(ownerId, addDays(start, -1), end),
    db
      .prepare('select * from events where owner_id = ? and starts_on >= ? and starts_on <= ?')
      .all(ownerId, addDays(start, -1), addDays(start, 13)),
    db
      .prepare('select * from saved_items where owner_id = ? and created_on >= ?')
      .all(ownerId, addDays(TODAY, -60)),
    db.prepare('select * from plan_action_states where owner_id = ?').all(ownerId),
  ];
  return rows.reduce((n, r) => n + r.length, 0);
}

const dataDir = process.env.KEEP_DIR ?? mkdtempSync(join(tmpdir(), 'kindred-bench-plan-'));
try {
  const seedStarted = performance.now();
  const file = process.env.REUSE ? join(dataDir, 'kindred.sqlite') : await seed(dataDir);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const kindred = await openKindred(loadConfig({ flags: { dataDir }, env: {} }), NOW);
  const ctx = kindred.context(NOW);
  const peerDb = new SqliteDatabase(file, { readonly: true });
  const weekTimes: number[] = [];
  const peerTimes: number[] = [];
  let actions = 0;
  let rowsRead = 0;
  // One warm-up of each, then alternate so both see the same cache state.
  await planFor(ctx, 'week');
  plainRead(peerDb, kindred.owner.id);
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const plan = await planFor(ctx, 'week');
    weekTimes.push(performance.now() - t);
    actions = plan.actions.length;
    t = performance.now();
    rowsRead = plainRead(peerDb, kindred.owner.id);
    peerTimes.push(performance.now() - t);
  }
  peerDb.close();
  await kindred.close();
  const week = median(weekTimes);
  const peer = median(peerTimes);
  const result = {
    workload: `${PEOPLE} people, ${INTERACTIONS} interactions, ${DETAILS} details, one user, SQLite; plan for the week of ${TODAY}`,
    machine: machine(),
    runs: RUNS,
    seedSeconds: Math.round(seedSeconds),
    kindred: { medianWeekMs: Math.round(week), actions },
    peer: {
      what: 'plain better-sqlite3 read of the same inputs (no mapping, no planning)',
      medianMs: Math.round(peer),
      rowsRead,
    },
    ratio: Math.round((week / peer) * 100) / 100,
    targets: { weekMs: 300, ratio: 2 },
  };
  table([
    { what: 'kindred week (load + plan + drafts)', 'median ms': result.kindred.medianWeekMs },
    { what: 'peer: plain SQL read of the inputs', 'median ms': result.peer.medianMs },
    { what: 'ratio', 'median ms': result.ratio },
  ]);
  console.log(`wrote ${writeResult('plan', result)}`);
} finally {
  if (!process.env.KEEP_DIR) rmSync(dataDir, { recursive: true, force: true });
}
