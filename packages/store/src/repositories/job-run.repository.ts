/**
 * Claims on scheduled job slots. Several server processes tick at once; the primary key
 * lets exactly one insert the row for a slot, and only that one runs the job.
 */
import type { Executor } from './executor.ts';

export interface JobRunRecord {
  job: string;
  slot: string;
  claimedAt: string;
  finishedAt: string | null;
  outcome: string | null;
}

export function createJobRunRepository(db: Executor) {
  return {
    /** True if this caller won the slot; false if another process already holds it. */
    async claim(job: string, slot: string, at: string): Promise<boolean> {
      const result = await db
        .insertInto('job_runs')
        .values({ job, slot, claimed_at: at, finished_at: null, outcome: null })
        .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async finish(job: string, slot: string, at: string, outcome: string): Promise<void> {
      await db
        .updateTable('job_runs')
        .set({ finished_at: at, outcome })
        .where('job', '=', job)
        .where('slot', '=', slot)
        .execute();
    },

    async list(job: string): Promise<JobRunRecord[]> {
      const rows = await db
        .selectFrom('job_runs')
        .selectAll()
        .where('job', '=', job)
        .orderBy('slot')
        .execute();
      return rows.map((r) => ({
        job: r.job,
        slot: r.slot,
        claimedAt: r.claimed_at,
        finishedAt: r.finished_at,
        outcome: r.outcome,
      }));
    },

    /** Old claims are only history: every job's slots before `slot` go. */
    async deleteBefore(slot: string): Promise<number> {
      const result = await db.deleteFrom('job_runs').where('slot', '<', slot).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
