/** Periodic jobs, run once per slot across every process that shares the database. */
export {
  type JobRunOutcome,
  pruneJobRuns,
  runJobOnce,
  type ScheduledJob,
  type Scheduler,
  type SchedulerOptions,
  slotOf,
  startScheduler,
} from './scheduler.ts';
