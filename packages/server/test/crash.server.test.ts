/**
 * Crash safety: the real server, on a SQLite data directory, is killed with SIGKILL in
 * the middle of a stream of concurrent writes. After a restart on the same directory the
 * file must be intact, every write the server acknowledged (a 2xx) must be there, and no
 * write may be visible half done (an interaction without its people, a person without
 * their interests, a history summary that disagrees with the history).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { type ServerProcess, signUpWithToken, startServerProcess } from './support/server-process.ts';

const LOOPS = 8;
/** Write for at least this long, and until this many writes are acknowledged, then kill. */
const MIN_WRITE_MS = 1_500;
const MIN_ACKED = 300;
/** Kill anyway after this long, so a slow machine makes a smaller test, not a hung one. */
const MAX_WRITE_MS = 20_000;
const SEED_PEOPLE = 12;
const INTERESTS = ['chess', 'gardening', 'rock climbing'];

interface Attempt {
  kind: 'interaction' | 'person';
  /** For interactions: the people it names. */
  personIds: string[];
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface PersonRow {
  id: string;
  name: string;
  interests: { key: string }[];
  channels: { value: string }[];
}
interface InteractionRow {
  id: string;
  personIds: string[];
  note: string | null;
}

const dataDir = mkdtempSync(join(tmpdir(), 'kindred-crash-'));
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const server of running) await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(
  url: string,
  token: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
}

async function listAll<T>(url: string, token: string, path: string): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { status, json } = await api<Page<T>>(url, token, `${path}?limit=500${query}`);
    expect(status, `GET ${path}`).toBe(200);
    all.push(...json.items);
    cursor = json.nextCursor;
  } while (cursor);
  return all;
}

test('a SIGKILL mid-write loses no acknowledged write and leaves none half done', {
  timeout: 180_000,
}, async () => {
  const first = await startServerProcess({ dataDir });
  running.push(first);
  const { token } = await signUpWithToken(first.url);

  const seedIds: string[] = [];
  for (let i = 0; i < SEED_PEOPLE; i++) {
    const { status, json } = await api<{ person: { id: string } }>(first.url, token, '/api/people', {
      name: `Seed Person ${i}`,
      organisation: 'Crash Test Ltd',
      interests: ['chess'],
    });
    expect(status).toBe(201);
    seedIds.push(json.person.id);
  }

  // Every write names itself (an interaction by its note, a person by their name), so
  // whatever survives can be checked against exactly what was sent.
  const attempts = new Map<string, Attempt>();
  const acked: { kind: Attempt['kind']; id: string; tag: string }[] = [];
  let sequence = 0;
  let inFlight = 0;
  let killed = false;
  let failedAfterKill = 0;
  let ackedAfterKill = 0;
  let otherStatuses = 0;
  let broken: unknown = null;

  async function writer(loop: number): Promise<void> {
    for (let n = 0; !killed; n++) {
      const seq = sequence++;
      const tag = `crash-${seq}`;
      const isInteraction = (loop + n) % 2 === 0;
      const a = seedIds[seq % SEED_PEOPLE] as string;
      const b = seedIds[(seq * 7 + 3) % SEED_PEOPLE] as string;
      const personIds = a === b ? [a] : [a, b];
      attempts.set(tag, { kind: isInteraction ? 'interaction' : 'person', personIds });
      inFlight++;
      try {
        const { status, json } = isInteraction
          ? await api<{ interaction: { id: string } }>(first.url, token, '/api/interactions', {
              personIds,
              form: seq % 3 === 0 ? 'coffee' : 'message',
              topics: ['crash test'],
              note: tag,
            })
          : await api<{ person: { id: string } }>(first.url, token, '/api/people', {
              name: `Crash Person ${tag}`,
              interests: INTERESTS,
              channels: [{ kind: 'email', value: `${tag}@example.test` }],
            });
        if (status >= 200 && status < 300) {
          const id = isInteraction
            ? (json as { interaction: { id: string } }).interaction.id
            : (json as { person: { id: string } }).person.id;
          acked.push({ kind: isInteraction ? 'interaction' : 'person', id, tag });
          if (killed) ackedAfterKill++;
        } else {
          otherStatuses++;
        }
      } catch (error) {
        // After the kill the connection died with the process: the write may or may not
        // have landed. Before it, a failure is the server's, and ends the test.
        if (!killed) {
          broken ??= error;
          return;
        }
        failedAfterKill++;
      } finally {
        inFlight--;
      }
    }
  }

  const writers = Array.from({ length: LOOPS }, (_, loop) => writer(loop));
  const started = performance.now();
  const checkWriters = () => {
    if (broken) throw new Error(`a write failed before the kill: ${broken}\n${first.output()}`);
  };
  while (true) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    checkWriters();
    const elapsed = performance.now() - started;
    if ((elapsed >= MIN_WRITE_MS && acked.length >= MIN_ACKED) || elapsed >= MAX_WRITE_MS) break;
  }
  // Kill while most loops are waiting on an answer, so writes are truly in flight.
  while (inFlight < LOOPS / 2) {
    await new Promise((resolve) => setImmediate(resolve));
    checkWriters();
  }
  const inFlightAtKill = inFlight;
  const ackedBeforeKill = acked.length;
  killed = true;
  const writeMs = Math.round(performance.now() - started);
  const exitCode = await first.kill();
  await Promise.all(writers);
  expect(exitCode).toBeNull();

  console.info(
    `crash test: ${ackedBeforeKill} writes acknowledged in ${writeMs} ms, ${inFlightAtKill} in flight at the SIGKILL ` +
      `(${ackedAfterKill} of them answered after all, ${failedAfterKill} cut off); ${otherStatuses} non-2xx answers`,
  );
  expect(otherStatuses).toBe(0);
  expect(acked.length).toBeGreaterThanOrEqual(Math.min(MIN_ACKED, 50));
  expect(inFlightAtKill).toBeGreaterThan(0);

  const second = await startServerProcess({ dataDir });
  running.push(second);

  // (a) The file itself is sound.
  const db = new SqliteDatabase(join(dataDir, 'kindred.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Every interaction has its people, and every history summary agrees with the history.
    const orphans = db
      .prepare(
        'select count(*) as n from interactions i where not exists (select 1 from interaction_people ip where ip.interaction_id = i.id)',
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    const disagreeing = db
      .prepare(
        `select s.person_id, s.contact_count, (select count(*) from interaction_people ip where ip.person_id = s.person_id) as linked
         from person_stats s where s.contact_count <> (select count(*) from interaction_people ip where ip.person_id = s.person_id)`,
      )
      .all();
    expect(disagreeing).toEqual([]);
  } finally {
    db.close();
  }

  // (b) Through the API: every acknowledged write is there, and every write there is whole.
  const people = await listAll<PersonRow>(second.url, token, '/api/people');
  const interactions = await listAll<InteractionRow>(second.url, token, '/api/interactions');
  const personIds = new Set(people.map((p) => p.id));
  const interactionIds = new Set(interactions.map((i) => i.id));
  const lost = acked.filter((w) => !(w.kind === 'person' ? personIds : interactionIds).has(w.id));
  expect(lost).toEqual([]);

  for (const interaction of interactions) {
    const attempt = interaction.note ? attempts.get(interaction.note) : undefined;
    expect(attempt, `interaction ${interaction.id} was never sent`).toBeDefined();
    expect([...interaction.personIds].sort()).toEqual([...(attempt?.personIds ?? [])].sort());
  }
  for (const person of people) {
    if (person.name.startsWith('Seed Person ')) continue;
    const tag = person.name.replace('Crash Person ', '');
    expect(attempts.get(tag)?.kind, `person ${person.name} was never sent`).toBe('person');
    expect(person.interests).toHaveLength(INTERESTS.length);
    expect(person.channels.map((c) => c.value)).toEqual([`${tag}@example.test`]);
  }
  const present = people.length - SEED_PEOPLE + interactions.length;
  console.info(
    `after the restart: ${present} writes present (${acked.length} acknowledged, ${present - acked.length} more that were in flight)`,
  );
  expect(present).toBeGreaterThanOrEqual(acked.length);
  expect(present).toBeLessThanOrEqual(acked.length + inFlightAtKill);

  expect(await second.stop()).toBe(0);
});
