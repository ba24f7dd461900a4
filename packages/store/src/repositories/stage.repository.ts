/** The dated history of where each tie stood on the ladder. */
import type { Stage, StageChange } from '@kindred/core';
import type { StageChangesTable } from '../schema/database.types.ts';
import { chunk, type Executor } from './executor.ts';

const toChange = (r: StageChangesTable): StageChange => ({
  id: r.id,
  personId: r.person_id,
  stage: r.stage as Stage,
  changedOn: r.changed_on,
  source: r.source as StageChange['source'],
  note: r.note,
  createdAt: r.created_at,
});

export function createStageRepository(db: Executor) {
  return {
    async insertMany(ownerId: string, changes: StageChange[]): Promise<void> {
      for (const part of chunk(changes)) {
        await db
          .insertInto('stage_changes')
          .values(
            part.map((c) => ({
              id: c.id,
              owner_id: ownerId,
              person_id: c.personId,
              stage: c.stage,
              changed_on: c.changedOn,
              source: c.source,
              note: c.note,
              created_at: c.createdAt,
            })),
          )
          .execute();
      }
    },

    async insert(ownerId: string, change: StageChange): Promise<void> {
      await this.insertMany(ownerId, [change]);
    },

    /** A person's stage history, oldest first. */
    async listForPerson(ownerId: string, personId: string): Promise<StageChange[]> {
      const rows = await db
        .selectFrom('stage_changes')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .orderBy('changed_on')
        .orderBy('id')
        .execute();
      return rows.map(toChange);
    },

    async listAll(ownerId: string): Promise<StageChange[]> {
      const rows = await db
        .selectFrom('stage_changes')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('changed_on')
        .orderBy('id')
        .execute();
      return rows.map(toChange);
    },

    async reassign(ownerId: string, fromPersonId: string, toPersonId: string): Promise<void> {
      await db
        .updateTable('stage_changes')
        .set({ person_id: toPersonId })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', fromPersonId)
        .execute();
    },
  };
}

export type StageRepository = ReturnType<typeof createStageRepository>;
