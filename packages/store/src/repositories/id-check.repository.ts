/**
 * Which ids are already taken, by anyone. Ids are global keys, so a restore that
 * brings its own ids must know whether they are free; the answer says nothing about
 * whose rows they are.
 */
import { chunk, type Executor } from './executor.ts';

type IdTable = 'people' | 'details' | 'interactions' | 'stage_changes' | 'events' | 'saved_items';

export function createIdCheckRepository(db: Executor) {
  return {
    async taken(table: IdTable, ids: string[]): Promise<string[]> {
      const out: string[] = [];
      for (const part of chunk(ids)) {
        const rows = await db.selectFrom(table).select('id').where('id', 'in', part).execute();
        out.push(...rows.map((r) => r.id));
      }
      return out;
    },
  };
}
