/**
 * Runs periodic jobs (digests, rounds, sweeps) inside the server. Time is cut into
 * slots of each job's period; a slot is claimed in the database before the job runs,
 * so when several server processes share one PostgreSQL (or one SQLite file), each
 * slot runs once, in whichever process claims it first (at most once: a process that
 * dies mid-run leaves its slot claimed; the jobs are written so the next slot catches up).
 */
import type { Store } from '@kindred/store';

export interface ScheduledJob {
  name: string;
  /** The period: one run per slot of this length, counted from the Unix epoch. */
  everyMs: number;
  /** Returns a short outcome to record (e.g. "sent 3"); throwing records the failure. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a job with nothing to report returns nothing
  run(now: Date): Promise<string | void>;
}

export interface SchedulerOptions {
  store: Store;
  jobs: ScheduledJob[];
  clock?: () => Date;
  onError?: (job: ScheduledJob, error: unknown) => void;
}

export interface Scheduler {
  /** Stops ticking and waits for any run in progress to finish. */
  stop(): Promise<void>;
}

export type JobRunOutcome =
  | { status: 'skipped' }
  | { status: 'done'; outcome: string }
  | { status: 'failed'; error: unknown };

/** The start of the slot holding `now`, as an ISO instant: the claim's key. */
export function slotOf(now: Date, everyMs: number): string {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs).toISOString();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Claims `slot` of job `name` and, if this caller won it, runs the job and records the
 * outcome. A failed run still uses up its slot: the next slot is the retry, so a job
 * that keeps failing does not run in a tight loop.
 */
export async function runJobOnce(
  store: Store,
  name: string,
  slot: string,
  now: Date,
  run: ScheduledJob['run'],
  clock: () => Date = () => new Date(),
): Promise<JobRunOutcome> {
  if (!(await store.repos.jobRuns.claim(name, slot, now.toISOString()))) return { status: 'skipped' };
  try {
    const outcome = (await run(now)) || 'ok';
    await store.repos.jobRuns.finish(name, slot, clock().toISOString(), outcome);
    return { status: 'done', outcome };
  } catch (error) {
    await store.repos.jobRuns.finish(name, slot, clock().toISOString(), `failed: ${messageOf(error)}`);
    return { status: 'failed', error };
  }
}

/**
 * Ticks twice per period (at most every 30 s), so every slot sees a tick from each
 * process even when timers drift; claims that lose cost one conflicting insert.
 */
function tickMs(everyMs: number): number {
  return Math.max(10, Math.min(Math.floor(everyMs / 2), 30_000));
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? (() => new Date());
  const report = (job: ScheduledJob, error: unknown) => {
    try {
      options.onError?.(job, error);
    } catch {
      // A failing error handler must not stop the scheduler.
    }
  };
  const inFlight = new Map<string, Promise<void>>();
  let stopped = false;

  const tick = (job: ScheduledJob) => {
    // One run of a job at a time in this process; a slow run simply skips ticks.
    if (stopped || inFlight.has(job.name)) return;
    const now = clock();
    const running = runJobOnce(options.store, job.name, slotOf(now, job.everyMs), now, job.run, clock)
      .then((result) => {
        if (result.status === 'failed') report(job, result.error);
      })
      .catch((error: unknown) => report(job, error))
      .finally(() => inFlight.delete(job.name));
    inFlight.set(job.name, running);
  };

  for (const job of options.jobs) {
    if (!(job.everyMs > 0)) throw new Error(`Job ${job.name}: everyMs must be a positive number.`);
  }
  const timers = options.jobs.map((job) => {
    const timer = setInterval(() => tick(job), tickMs(job.everyMs));
    // The scheduler alone should not keep a process alive.
    timer.unref();
    return timer;
  });
  // Start now rather than one tick in: a restarted server catches up at once.
  for (const job of options.jobs) setImmediate(() => tick(job)).unref();

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(inFlight.values());
    },
  };
}

/** Forgets the claims of slots that began before `before` (they are only history then). */
export async function pruneJobRuns(store: Store, before: Date): Promise<number> {
  return store.repos.jobRuns.deleteBefore(before.toISOString());
}
