/**
 * bench/api: the real HTTP server (a child process, `packages/server/src/main.ts`) on
 * SQLite and then on PostgreSQL (a fresh database), seeded through its own API with one
 * user's companion (1,000 people with interests, organisations, channels and some
 * details; 4,000 interactions over two years), then driven with autocannon (50
 * connections, 30 s each; BENCH_API_SECONDS to shorten):
 *
 * - people: GET /api/people?limit=50 alone;
 * - mixed: per connection, a cycle of 20 requests: 9 people pages, 9 plans for the day
 *   (GET /api/plan?horizon=day) and 2 logged contacts (POST /api/interactions), i.e.
 *   45% / 45% / 10%.
 *
 * Every acknowledged write (a 2xx with its id) is looked up in the database afterwards:
 * zero lost writes means all are there. The peer, measured in the same run with the same
 * autocannon settings, is a bare Hono app on @hono/node-server answering the same route
 * with the same JSON page (no middleware, no auth, no database): the HTTP floor.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, createRandom } from '@kindred/core';
import { createTestPgDatabase } from '@kindred/store/testing';
import autocannon from 'autocannon';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  type ServerProcess,
  signUpWithToken,
  startServerProcess,
} from '../../packages/server/test/support/server-process.ts';
import { machine, table, writeResult } from '../shared.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_API_WARMUP_SECONDS ?? Math.min(5, Math.max(1, SECONDS / 6)));
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const PEOPLE = Number(process.env.BENCH_API_PEOPLE ?? 1_000);
const INTERACTIONS = Number(process.env.BENCH_API_INTERACTIONS ?? 4_000);
const DIALECTS = (process.env.BENCH_API_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
const PG_ADMIN_URL = process.env.KINDRED_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** A directory for V8 CPU profiles of the server children (`--cpu-prof`), when set. */
const PROFILE_DIR = process.env.BENCH_API_PROFILE;
const MIX = { people: 9, plan: 9, write: 2 } as const;
/** Serving processes (the server's WORKERS): one per core is the most that helps. */
const WORKERS = process.env.BENCH_API_WORKERS ?? '1';
const TARGETS = { peopleReqPerSec: 2_000, peopleP99Ms: 50, errors: 0, lostWrites: 0 };

type Dialect = 'sqlite' | 'postgres';
type Route = keyof typeof MIX;

const FIRST =
  'Ada Ben Chloé Dev Emeka Fatima Greta Hiro Ines Jonas Kemal Lena Mateo Nadia Oskar Priya Quentin Rosa Sami Tomás Uma Viktor Wen Xavier Yara Zoltan Amara Björn Carmen Diego Elif Farid Hana Ivan Júlia Kofi Lucía Mika Noor Olu'.split(
    ' ',
  );
const LAST =
  'Okafor Lindqvist Moreau Sharma Adeyemi Haddad Novak Tanaka Ferreira Schmidt Yilmaz Kowalski García Nguyen Andersen Mensah Rossi Dubois Kim Papadopoulos Jansen Ivanova Cohen Osei Silva Müller Hernández Petrov Larsen Bianchi Costa Nakamura Walsh Popescu Horvat Eriksen Duarte Mwangi Ortiz Fischer'.split(
    ' ',
  );
const ORGS = Array.from(
  { length: 40 },
  (_, i) =>
    `${['Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Acme', 'Stark'][i % 8]} ${['Labs', 'Group', 'GmbH', 'Ltd', 'Studio'][i % 5]}`,
);
const ROLES = [
  'Engineer',
  'Designer',
  'Product manager',
  'Data scientist',
  'Researcher',
  'Engineering manager',
  'Founder',
  'Analyst',
];
const INTERESTS = [
  'chess',
  'trail running',
  'machine learning',
  'gardening',
  'board games',
  'photography',
  'product management',
  'rock climbing',
  'jazz',
  'sourdough',
  'kubernetes',
  'typography',
  'birdwatching',
  'cycling',
  'poetry',
  'rust',
  'urban sketching',
  'climate tech',
  'open source',
  'salsa dancing',
];
const FORMS = ['message', 'email', 'coffee', 'call', 'video_call', 'greeting', 'lunch', 'meeting'];
const TOPICS = ['work', 'hiring', 'conference', 'side project', 'family', 'travel', 'books', 'career'];

interface Summary {
  requests: number;
  reqPerSec: number;
  /** Median of autocannon's per-second samples. */
  medianReqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface RouteFigures {
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

interface DialectResult {
  dialect: Dialect;
  seed: { people: number; interactions: number; details: number; seconds: number };
  people: Summary;
  mixed: Summary & { routes: Record<Route, RouteFigures> };
  writes: { acknowledged: number; present: number; lost: number; landedUnanswered: number; rejected: number };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function summarise(result: autocannon.Result): Summary {
  return {
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.total / result.duration),
    medianReqPerSec: Math.round(result.requests.p50),
    p50Ms: round1(result.latency.p50),
    p99Ms: round1(result.latency.p99),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function api<T>(url: string, token: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${body === undefined ? 'GET' : 'POST'} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Runs `work(i)` for i in [0, count) with at most `concurrency` at once. */
async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** One user's companion, through the API (so the seed is what the server itself writes). */
async function seed(url: string, token: string): Promise<{ personIds: string[]; details: number }> {
  const random = createRandom('bench-api');
  const today = new Date().toISOString().slice(0, 10);
  const pick = <T>(list: readonly T[]) => list[random.int(list.length)] as T;
  const bodies = Array.from({ length: PEOPLE }, (_, i) => {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
    const interests = new Set<string>();
    const wanted = 2 + random.int(4);
    while (interests.size < wanted) interests.add(pick(INTERESTS));
    const body: Record<string, unknown> = {
      name: `${first} ${last}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`,
      organisation: pick(ORGS),
      role: pick(ROLES),
      interests: [...interests],
      channels: [{ kind: 'email', value: `${first}.${last}.${i}@example.test`.toLowerCase() }],
      metOn: addDays(today, -30 - random.int(1000)),
    };
    if (i % 5 === 0) body.tags = ['conference'];
    if (i % 4 === 0) {
      body.detail = {
        text: 'is presenting at the regional meetup',
        happensOn: addDays(today, random.int(40) - 20),
      };
    }
    return body;
  });
  const personIds: string[] = new Array(PEOPLE);
  await pool(PEOPLE, 8, async (i) => {
    const made = await api<{ person: { id: string } }>(url, token, '/api/people', bodies[i]);
    personIds[i] = made.person.id;
  });
  // Interactions lean on a few close ties, as real histories do.
  const contacts = Array.from({ length: INTERACTIONS }, () => {
    const main = personIds[Math.floor(PEOPLE * random.next() ** 2)] as string;
    const ids = random.next() < 0.1 ? [main, pick(personIds)] : [main];
    const body: Record<string, unknown> = {
      personIds: [...new Set(ids)],
      form: pick(FORMS),
      occurredOn: addDays(today, -1 - random.int(730)),
      initiatedBy: random.next() < 0.6 ? 'me' : 'them',
      topics: random.next() < 0.5 ? [pick(TOPICS)] : [],
    };
    const roll = random.next();
    if (roll < 0.1) body.give = 'help';
    else if (roll < 0.15) body.ask = 'advice';
    return body;
  });
  await pool(INTERACTIONS, 8, async (i) => {
    await api(url, token, '/api/interactions', contacts[i]);
  });
  return { personIds, details: bodies.filter((b) => b.detail).length };
}

/** Interaction ids of the owner in the database itself (not through the server). */
async function interactionIds(dialect: Dialect, where: string, ownerId: string): Promise<Set<string>> {
  if (dialect === 'sqlite') {
    const db = new SqliteDatabase(where, { readonly: true });
    try {
      const rows = db.prepare('select id from interactions where owner_id = ?').all(ownerId) as {
        id: string;
      }[];
      return new Set(rows.map((r) => r.id));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: where });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('select id from interactions where owner_id = $1', [
      ownerId,
    ]);
    return new Set(rows.map((r) => r.id));
  } finally {
    await client.end();
  }
}

/** Waits until the count stops moving (writes cut off by autocannon's stop still land). */
async function settledIds(dialect: Dialect, where: string, ownerId: string): Promise<Set<string>> {
  let previous = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = await interactionIds(dialect, where, ownerId);
    if (ids.size === previous) return ids;
    previous = ids.size;
  }
}

async function peopleList(url: string, token: string, seconds: number): Promise<autocannon.Result> {
  return cannon({
    url: `${url}/api/people?limit=50`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
}

/** The mixed workload, with per-route latencies and the ids of acknowledged writes. */
async function mixed(url: string, token: string, personIds: string[], seconds: number) {
  const timings: Record<Route, number[]> = { people: [], plan: [], write: [] };
  const non2xx: Record<Route, number> = { people: 0, plan: 0, write: 0 };
  const ackedIds: string[] = [];
  const random = createRandom(`bench-api-mix-${seconds}`);
  let startedAt = Number.POSITIVE_INFINITY;
  type Context = { t?: number };
  const timed = (route: Route, request: autocannon.Request): autocannon.Request => ({
    ...request,
    setupRequest: (req, context) => {
      (context as Context).t = performance.now();
      if (route !== 'write') return req;
      const main = personIds[random.int(personIds.length)] as string;
      return {
        ...req,
        body: JSON.stringify({
          personIds: [main],
          form: FORMS[random.int(FORMS.length)],
          topics: ['bench'],
          note: 'logged during bench/api',
        }),
      };
    },
    onResponse: (status, body, context) => {
      const t = (context as Context).t;
      // Each connection's first request is built before the run starts, and is left out
      // here: on a saturated server a new connection's first answer can wait seconds
      // behind the established ones (autocannon's own figures include them).
      if (t !== undefined && t >= startedAt) timings[route].push(performance.now() - t);
      if (status < 200 || status >= 300) non2xx[route]++;
      else if (route === 'write')
        ackedIds.push((JSON.parse(body) as { interaction: { id: string } }).interaction.id);
    },
  });
  const people = timed('people', { method: 'GET', path: '/api/people?limit=50' });
  const plan = timed('plan', { method: 'GET', path: '/api/plan?horizon=day' });
  const write = timed('write', {
    method: 'POST',
    path: '/api/interactions',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  // Interleaved, so each connection's cycle of 20 spreads its writes out.
  const cycle: autocannon.Request[] = [];
  for (let i = 0; i < MIX.people; i++) {
    cycle.push(people, plan);
    if (i === 0 || i === 5) cycle.push(write);
  }
  const running = cannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: cycle,
  });
  startedAt = performance.now();
  const result = await running;
  const routes = Object.fromEntries(
    (Object.keys(MIX) as Route[]).map((route) => {
      const sorted = [...timings[route]].sort((a, b) => a - b);
      return [
        route,
        {
          requests: sorted.length,
          reqPerSec: Math.round(sorted.length / result.duration),
          p50Ms: round1(percentile(sorted, 50)),
          p99Ms: round1(percentile(sorted, 99)),
          non2xx: non2xx[route],
        },
      ];
    }),
  ) as Record<Route, RouteFigures>;
  return { result, routes, ackedIds, rejectedWrites: non2xx.write };
}

/** One directory per child: the main thread and tsx's loader thread each write a profile. */
function profileArgs(name: string): string[] {
  return PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, name)}`] : [];
}

async function runDialect(dialect: Dialect, pagePath: string): Promise<DialectResult> {
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  let pgDatabase: { url: string; drop: () => Promise<void> } | undefined;
  try {
    let where: string;
    if (dialect === 'sqlite') {
      dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-api-'));
      where = join(dataDir, 'kindred.sqlite');
      server = await startServerProcess({
        dataDir,
        env: { WORKERS },
        nodeArgs: profileArgs(`server-${dialect}`),
      });
    } else {
      pgDatabase = await createTestPgDatabase(PG_ADMIN_URL);
      where = pgDatabase.url;
      server = await startServerProcess({
        env: { DATABASE_URL: pgDatabase.url, WORKERS },
        nodeArgs: profileArgs(`server-${dialect}`),
      });
    }
    const { url } = server;
    const { token } = await signUpWithToken(url);
    const ownerId = (await api<{ id: string }>(url, token, '/api/account')).id;

    const t = performance.now();
    const seeded = await seed(url, token);
    const seedSeconds = Math.round((performance.now() - t) / 100) / 10;
    console.log(`${dialect}: seeded ${PEOPLE} people and ${INTERACTIONS} interactions in ${seedSeconds} s`);
    // The peer serves the same page (from the first dialect run; they are alike).
    if (!existsSync(pagePath)) {
      writeFileSync(pagePath, JSON.stringify(await api(url, token, '/api/people?limit=50')));
    }

    await peopleList(url, token, WARMUP_SECONDS);
    const people = summarise(await peopleList(url, token, SECONDS));
    console.log(`${dialect}: people list ${people.reqPerSec} req/s, p99 ${people.p99Ms} ms`);

    await mixed(url, token, seeded.personIds, WARMUP_SECONDS);
    const before = await settledIds(dialect, where, ownerId);
    const mix = await mixed(url, token, seeded.personIds, SECONDS);
    console.log(`${dialect}: mixed ${Math.round(mix.result.requests.total / mix.result.duration)} req/s`);

    const exitCode = await server.stop();
    server = undefined;
    if (exitCode !== 0) throw new Error(`the ${dialect} server exited with ${exitCode} on SIGTERM`);
    const after = await interactionIds(dialect, where, ownerId);
    const lost = mix.ackedIds.filter((id) => !after.has(id)).length;
    const added = [...after].filter((id) => !before.has(id)).length;
    return {
      dialect,
      seed: { people: PEOPLE, interactions: INTERACTIONS, details: seeded.details, seconds: seedSeconds },
      people,
      mixed: { ...summarise(mix.result), routes: mix.routes },
      writes: {
        acknowledged: mix.ackedIds.length,
        present: mix.ackedIds.length - lost,
        lost,
        // Writes autocannon cut off at the end of the run (no answer read) that landed.
        landedUnanswered: added - (mix.ackedIds.length - lost),
        rejected: mix.rejectedWrites,
      },
    };
  } catch (error) {
    if (server) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    await server?.kill();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await pgDatabase?.drop();
  }
}

async function runPeer(pagePath: string): Promise<Summary> {
  const peer = await startServerProcess({
    entry: join(here, 'bare-hono.ts'),
    env: { BENCH_BARE_BODY: pagePath },
    nodeArgs: profileArgs('bare-hono'),
  });
  try {
    await peopleList(peer.url, 'none', WARMUP_SECONDS);
    return summarise(await peopleList(peer.url, 'none', SECONDS));
  } finally {
    await peer.stop();
  }
}

const loadBefore = loadavg().map((n) => Math.round(n * 100) / 100);
const scratch = mkdtempSync(join(tmpdir(), 'kindred-bench-api-page-'));
try {
  const pagePath = join(scratch, 'people-page.json');
  const results: DialectResult[] = [];
  for (const dialect of DIALECTS) results.push(await runDialect(dialect, pagePath));
  const peer = await runPeer(pagePath);
  const sqlite = results.find((r) => r.dialect === 'sqlite');

  const row = (
    what: string,
    s: { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number },
    errors = '',
  ) => ({
    what,
    'req/s': s.reqPerSec,
    'p50 ms': s.p50Ms,
    'p99 ms': s.p99Ms,
    'non-2xx': s.non2xx,
    errors,
  });
  const errorText = (s: Summary) => (s.timeouts ? `${s.errors} (${s.timeouts} timeouts)` : String(s.errors));
  const rows = [];
  for (const r of results) {
    rows.push(row(`${r.dialect}: people list`, r.people, errorText(r.people)));
    rows.push(row(`${r.dialect}: mixed (all)`, r.mixed, errorText(r.mixed)));
    for (const route of Object.keys(MIX) as Route[])
      rows.push(row(`${r.dialect}:   mixed ${route}`, r.mixed.routes[route]));
  }
  rows.push(row('peer: bare Hono, same page', peer, errorText(peer)));
  table(rows);
  table(
    results.map((r) => ({
      dialect: r.dialect,
      'writes acknowledged': r.writes.acknowledged,
      'present afterwards': r.writes.present,
      lost: r.writes.lost,
      'cut off at the end, landed': r.writes.landedUnanswered,
    })),
  );

  const errors = results.reduce(
    (n, r) => n + r.people.errors + r.mixed.errors + r.people.non2xx + r.mixed.non2xx,
    0,
  );
  const lostWrites = results.reduce((n, r) => n + r.writes.lost, 0);
  const result = {
    workload:
      `one user with ${PEOPLE} people (2-5 interests, organisation, role, email; a quarter with a dated detail) and ` +
      `${INTERACTIONS} interactions over two years, seeded through the API; autocannon, ${CONNECTIONS} connections, ` +
      `${SECONDS} s per workload after a ${WARMUP_SECONDS} s warm-up; people = GET /api/people?limit=50; ` +
      `mixed = per connection a cycle of ${MIX.people} people pages, ${MIX.plan} GET /api/plan?horizon=day and ` +
      `${MIX.write} POST /api/interactions (45/45/10%); server at LOG_LEVEL=info (one access-log line a request)`,
    machine: machine(),
    /** Other work on the machine competes for its cores: the 1/5/15-minute load averages. */
    loadAverage: { before: loadBefore, after: loadavg().map((n) => Math.round(n * 100) / 100) },
    seconds: SECONDS,
    connections: CONNECTIONS,
    results,
    peer: {
      what: 'bare Hono on @hono/node-server answering GET /api/people with the same JSON page (no middleware, auth or database)',
      ...peer,
    },
    ratio: sqlite ? Math.round((sqlite.people.reqPerSec / peer.reqPerSec) * 100) / 100 : null,
    targets: TARGETS,
    met: {
      peopleReqPerSec: sqlite ? sqlite.people.reqPerSec >= TARGETS.peopleReqPerSec : null,
      peopleP99Ms: sqlite ? sqlite.people.p99Ms < TARGETS.peopleP99Ms : null,
      errors: errors === 0,
      lostWrites: lostWrites === 0,
    },
  };
  if (sqlite) {
    console.log(
      `people list on SQLite: ${sqlite?.people.reqPerSec} req/s vs bare Hono ${peer.reqPerSec} req/s (ratio ${result.ratio})`,
    );
  }
  console.log(`wrote ${writeResult('api', result)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
