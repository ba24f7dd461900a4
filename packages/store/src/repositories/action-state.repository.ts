/** What the user answered to past suggestions: done, snoozed until a day, or dismissed. */
import type { ActionState, ActionStateKind } from '@kindred/core';
import type { Executor } from './executor.ts';

export function createActionStateRepository(db: Executor) {
  return {
    async set(ownerId: string, state: ActionState, at: string): Promise<void> {
      await db
        .insertInto('plan_action_states')
        .values({
          owner_id: ownerId,
          action_key: state.key,
          state: state.state,
          until: state.until,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(['owner_id', 'action_key'])
            .doUpdateSet({ state: state.state, until: state.until, updated_at: at }),
        )
        .execute();
    },

    async get(ownerId: string, key: string): Promise<ActionState | undefined> {
      const row = await db
        .selectFrom('plan_action_states')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('action_key', '=', key)
        .executeTakeFirst();
      return row && { key: row.action_key, state: row.state as ActionStateKind, until: row.until };
    },

    async list(ownerId: string): Promise<ActionState[]> {
      const rows = await db
        .selectFrom('plan_action_states')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .execute();
      return rows.map((r) => ({ key: r.action_key, state: r.state as ActionStateKind, until: r.until }));
    },
  };
}

export type ActionStateRepository = ReturnType<typeof createActionStateRepository>;
