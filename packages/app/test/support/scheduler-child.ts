/**
 * One "server process" for the scheduler test: opens its own store on the shared
 * PostgreSQL database and runs the scheduler with a job that records which process ran
 * which slot. Prints `ready <pid>` once ticking; on `stop` from stdin, stops the
 * scheduler and prints a JSON summary of its ticks and wins.
 *
 * Usage: node --import tsx scheduler-child.ts <postgres-url> <everyMs>
 */
import { openStore } from '@kindred/store';
import { type ScheduledJob, slotOf, startScheduler } from '../../src/jobs/index.ts';

const [url, every] = process.argv.slice(2);
if (!url || !every) throw new Error('usage: scheduler-child.ts <postgres-url> <everyMs>');
const everyMs = Number(every);

const store = await openStore({ kind: 'postgres', url, maxConnections: 2 });
// The probe table is the test's own (made before this process starts), not the app's.
const db = store.db.withTables<{ scheduler_probe: { slot: string; pid: number } }>();
let clockReads = 0;
let wins = 0;
const probe: ScheduledJob = {
  name: 'probe',
  everyMs,
  async run(now) {
    wins++;
    await db
      .insertInto('scheduler_probe')
      .values({ slot: slotOf(now, everyMs), pid: process.pid })
      .execute();
    return `pid ${process.pid}`;
  },
};
const scheduler = startScheduler({
  store,
  jobs: [probe],
  clock: () => {
    clockReads++;
    return new Date();
  },
  onError: (_job, error) => console.error(error),
});
process.stdout.write(`ready ${process.pid}\n`);

process.stdin.setEncoding('utf8');
process.stdin.on('data', async (chunk: string) => {
  if (!chunk.includes('stop')) return;
  await scheduler.stop();
  // Each tick reads the clock once, and each win once more when it finishes.
  process.stdout.write(`${JSON.stringify({ pid: process.pid, ticks: clockReads - wins, wins })}\n`);
  await store.close();
  process.exit(0);
});
