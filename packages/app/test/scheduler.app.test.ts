import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store, type StoreConfig } from '@kindred/store';
import {
  createTestPgDatabase,
  type Dialect,
  describeEachDialect,
  dialectsAvailable,
} from '@kindred/store/testing';
import { describe, expect, inject, it } from 'vitest';
import { runJobOnce, type ScheduledJob, slotOf, startScheduler } from '../src/jobs/index.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');

/** One database that two stores can open separately: a temp file, or a fresh PostgreSQL database. */
async function sharedDatabase(
  dialect: Dialect,
): Promise<{ config: StoreConfig; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'kindred-scheduler-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'kindred.db') },
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const pgUrl = inject('pgUrl');
  if (!pgUrl) throw new Error('PostgreSQL is not available');
  const { url, drop } = await createTestPgDatabase(pgUrl);
  return { config: { kind: 'postgres', url, maxConnections: 2 }, cleanup: drop };
}

describeEachDialect('runJobOnce and the scheduler', (getStore) => {
  it('runs a slot once, records its outcome, and records a failure without retrying the slot', async () => {
    const store = getStore();
    const now = new Date('2026-03-02T09:00:00Z');
    let calls = 0;
    const job = async () => {
      calls++;
      return 'sent 2';
    };
    expect(await runJobOnce(store, 'once', '2026-03-02T09:00:00.000Z', now, job)).toEqual({
      status: 'done',
      outcome: 'sent 2',
    });
    expect(await runJobOnce(store, 'once', '2026-03-02T09:00:00.000Z', now, job)).toEqual({
      status: 'skipped',
    });
    expect(calls).toBe(1);

    const boom = new Error('mail server said no');
    const failing = async () => {
      throw boom;
    };
    expect(await runJobOnce(store, 'once', '2026-03-02T09:15:00.000Z', now, failing)).toEqual({
      status: 'failed',
      error: boom,
    });
    expect(await runJobOnce(store, 'once', '2026-03-02T09:15:00.000Z', now, job)).toEqual({
      status: 'skipped',
    });
    const rows = await store.repos.jobRuns.list('once');
    expect(rows.map((r) => [r.slot, r.outcome])).toEqual([
      ['2026-03-02T09:00:00.000Z', 'sent 2'],
      ['2026-03-02T09:15:00.000Z', 'failed: mail server said no'],
    ]);
    expect(rows.every((r) => r.claimedAt === now.toISOString() && r.finishedAt !== null)).toBe(true);
  });

  it('reports a failing job, and on stop waits for the run in flight', async () => {
    const store = getStore();
    const errors: unknown[] = [];
    let finished = 0;
    const failing: ScheduledJob = {
      name: 'failing',
      everyMs: 100,
      run: async () => {
        throw new Error('nope');
      },
    };
    const slow: ScheduledJob = {
      name: 'slow',
      everyMs: 60_000,
      run: async () => {
        await sleep(300);
        finished++;
        return 'done slowly';
      },
    };
    const scheduler = startScheduler({
      store,
      jobs: [failing, slow],
      onError: (job, e) => errors.push([job.name, e]),
    });
    await sleep(50);
    await scheduler.stop();
    // The slow job started at once; stop waited for it to finish and be recorded.
    expect(finished).toBe(1);
    expect((await store.repos.jobRuns.list('slow')).map((r) => r.outcome)).toEqual(['done slowly']);
    expect(errors).toContainEqual(['failing', new Error('nope')]);
    expect((await store.repos.jobRuns.list('failing'))[0]?.outcome).toBe('failed: nope');
  });
});

for (const dialect of dialectsAvailable()) {
  describe(`scheduler on one database, two connections [${dialect}]`, () => {
    it('runs every slot exactly once between two schedulers', async () => {
      const { config, cleanup } = await sharedDatabase(dialect);
      const stores: Store[] = [];
      try {
        stores.push(await openStore(config));
        stores.push(await openStore(config));
        const everyMs = 200;
        const ran: { slot: string; by: string }[] = [];
        const job = (by: string): ScheduledJob => ({
          name: 'probe',
          everyMs,
          async run(now) {
            ran.push({ slot: slotOf(now, everyMs), by });
            // Long enough that the other scheduler ticks while this run is going.
            await sleep(30);
            return `ran by ${by}`;
          },
        });
        const schedulers = stores.map((store, i) => startScheduler({ store, jobs: [job(`s${i}`)] }));
        await sleep(2000);
        await Promise.all(schedulers.map((s) => s.stop()));

        const rows = await (stores[0] as Store).repos.jobRuns.list('probe');
        const slots = ran.map((r) => r.slot);
        expect(rows.length).toBeGreaterThan(1);
        expect(new Set(slots).size).toBe(slots.length);
        expect(rows.map((r) => r.slot)).toEqual([...slots].sort());
        for (const row of rows) {
          expect(row.outcome).toBe(`ran by ${ran.find((r) => r.slot === row.slot)?.by}`);
          expect(row.finishedAt).not.toBeNull();
        }
      } finally {
        for (const store of stores) await store.close();
        await cleanup();
      }
    });
  });
}

interface ChildSummary {
  pid: number;
  ticks: number;
  wins: number;
}

/** A child "server process" running the scheduler (test/support/scheduler-child.ts). */
function startChild(url: string, everyMs: number) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'support', 'scheduler-child.ts'), url, String(everyMs)],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = out.split('\n').find((l) => pattern.test(l));
        if (found) resolve(found);
      };
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        check();
      });
      exited.then(() => reject(new Error(`child exited early:\n${out}\n${err}`)));
    });
  const ready = line(/^ready \d+$/);
  const summary = line(/^\{.*\}$/);
  return {
    child,
    ready,
    async stop(): Promise<ChildSummary> {
      child.stdin.write('stop\n');
      const result = JSON.parse(await summary) as ChildSummary;
      expect(await exited, err).toBe(0);
      return result;
    },
    kill: () => child.kill(),
  };
}

describe('scheduler across two server processes [postgres]', () => {
  it.skipIf(!inject('pgUrl'))('runs every slot exactly once, in one process or the other', async () => {
    const { url, drop } = await createTestPgDatabase(inject('pgUrl') as string);
    // Migrated once here, with the probe table the children write to.
    const store = await openStore({ kind: 'postgres', url, maxConnections: 2 });
    const children: ReturnType<typeof startChild>[] = [];
    try {
      await store.db.schema
        .createTable('scheduler_probe')
        .addColumn('slot', 'text', (c) => c.notNull())
        .addColumn('pid', 'integer', (c) => c.notNull())
        .execute();
      const everyMs = 200;
      children.push(startChild(url, everyMs), startChild(url, everyMs));
      await Promise.all(children.map((c) => c.ready));
      await sleep(3000);
      const summaries = await Promise.all(children.map((c) => c.stop()));

      const pids = children.map((c) => c.child.pid);
      // Both processes were alive and ticking the whole time.
      expect(summaries.map((s) => s.pid).sort()).toEqual([...pids].sort());
      for (const s of summaries) expect(s.ticks).toBeGreaterThan(0);

      const probes = await store.db
        .withTables<{ scheduler_probe: { slot: string; pid: number } }>()
        .selectFrom('scheduler_probe')
        .selectAll()
        .orderBy('slot')
        .execute();
      const runs = await store.repos.jobRuns.list('probe');
      expect(probes.length).toBeGreaterThan(1);
      // No slot ran twice, and every claimed slot ran, in the process that claimed it.
      expect(new Set(probes.map((p) => p.slot)).size).toBe(probes.length);
      expect(runs.map((r) => [r.slot, r.outcome])).toEqual(probes.map((p) => [p.slot, `pid ${p.pid}`]));
      expect(summaries.reduce((n, s) => n + s.wins, 0)).toBe(probes.length);
    } finally {
      for (const c of children) c.kill();
      await store.close();
      await drop();
    }
  });
});
