/**
 * Narrow reads for the Insights page, each one statement whatever the number of people:
 * interactions grouped by local day, gives and asks grouped by person, the people as
 * the stage counts and spread need them, and the stage history in order. The app folds
 * them (core/insights).
 */
import type { DayTotal, PersonExchange, StageStep, TieRow } from '@kindred/core/insights/insights.types.ts';
import type { Stage } from '@kindred/core/ladder/stages.ts';
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export function createInsightRepository(db: Executor) {
  return {
    /** Interactions per local day in an inclusive range: count, energy, gives and asks. */
    async dayTotals(ownerId: string, from: string, to: string): Promise<DayTotal[]> {
      const rows = await db
        .selectFrom('interactions')
        .select((eb) => [
          'occurred_on',
          eb.fn.countAll<number>().as('count'),
          eb.fn.sum<number>('energy_cost').as('spent'),
          sql<number>`sum(case when exchange = 'give' then 1 else 0 end)`.as('gives'),
          sql<number>`sum(case when exchange = 'ask' then 1 else 0 end)`.as('asks'),
        ])
        .where('owner_id', '=', ownerId)
        .where('occurred_on', '>=', from)
        .where('occurred_on', '<=', to)
        .groupBy('occurred_on')
        .orderBy('occurred_on')
        .execute();
      return rows.map((r) => ({
        day: r.occurred_on,
        count: Number(r.count),
        spent: Number(r.spent),
        gives: Number(r.gives),
        asks: Number(r.asks),
      }));
    },

    /** Gives and asks per person in an inclusive range, for people with at least one ask. */
    async exchangesByPerson(ownerId: string, from: string, to: string): Promise<PersonExchange[]> {
      const rows = await db
        .selectFrom('interaction_people')
        .innerJoin('interactions', 'interactions.id', 'interaction_people.interaction_id')
        .select([
          'interaction_people.person_id',
          sql<number>`sum(case when interactions.exchange = 'give' then 1 else 0 end)`.as('gives'),
          sql<number>`sum(case when interactions.exchange = 'ask' then 1 else 0 end)`.as('asks'),
        ])
        .where('interaction_people.owner_id', '=', ownerId)
        .where('interactions.owner_id', '=', ownerId)
        .where('interactions.occurred_on', '>=', from)
        .where('interactions.occurred_on', '<=', to)
        .where('interactions.exchange', 'in', ['give', 'ask'])
        .groupBy('interaction_people.person_id')
        .having(sql`sum(case when interactions.exchange = 'ask' then 1 else 0 end)`, '>', 0)
        .execute();
      return rows.map((r) => ({ personId: r.person_id, gives: Number(r.gives), asks: Number(r.asks) }));
    },

    /** Every person, with only what the stage counts and the spread read. */
    async ties(ownerId: string): Promise<TieRow[]> {
      const rows = await db
        .selectFrom('people')
        .select(['id', 'name', 'stage', 'organisation_key', 'team'])
        .where('owner_id', '=', ownerId)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        stage: r.stage as Stage,
        organisationKey: r.organisation_key,
        team: r.team,
      }));
    },

    /** Every stage change, oldest first (per person, the order they were recorded). */
    async stageSteps(ownerId: string): Promise<StageStep[]> {
      const rows = await db
        .selectFrom('stage_changes')
        .select(['person_id', 'stage', 'changed_on'])
        .where('owner_id', '=', ownerId)
        .orderBy('changed_on')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ personId: r.person_id, stage: r.stage as Stage, changedOn: r.changed_on }));
    },
  };
}

export type InsightRepository = ReturnType<typeof createInsightRepository>;
