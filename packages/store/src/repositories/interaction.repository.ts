/** Logged interactions and who took part in each. */
import type { Exchange, ExchangeKind, Initiator, Interaction, InteractionForm, Outcome } from '@kindred/core';
import type { InteractionsTable } from '../schema/database.types.ts';
import { chunk, type Executor, type Keyset } from './executor.ts';

export interface InteractionRange {
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string;
  to?: string;
}

export function createInteractionRepository(db: Executor) {
  async function withPeople(ownerId: string, rows: InteractionsTable[]): Promise<Interaction[]> {
    const people = new Map<string, string[]>();
    for (const part of chunk(rows.map((r) => r.id))) {
      const links = await db
        .selectFrom('interaction_people')
        .select(['interaction_id', 'person_id'])
        .where('owner_id', '=', ownerId)
        .where('interaction_id', 'in', part)
        .orderBy('interaction_id')
        .orderBy('person_id')
        .execute();
      for (const l of links) {
        const list = people.get(l.interaction_id) ?? [];
        list.push(l.person_id);
        people.set(l.interaction_id, list);
      }
    }
    return rows.map((r) => ({
      id: r.id,
      personIds: people.get(r.id) ?? [],
      occurredOn: r.occurred_on,
      form: r.form as InteractionForm,
      initiatedBy: r.initiated_by as Initiator,
      energyCost: Number(r.energy_cost),
      exchange: r.exchange as Exchange,
      exchangeKind: r.exchange_kind as ExchangeKind | null,
      outcome: r.outcome as Outcome | null,
      topics: JSON.parse(r.topics) as string[],
      note: r.note,
      createdAt: r.created_at,
    }));
  }

  return {
    async insertMany(ownerId: string, interactions: Interaction[]): Promise<void> {
      for (const part of chunk(interactions)) {
        await db
          .insertInto('interactions')
          .values(
            part.map((i) => ({
              id: i.id,
              owner_id: ownerId,
              occurred_on: i.occurredOn,
              form: i.form,
              initiated_by: i.initiatedBy,
              energy_cost: i.energyCost,
              exchange: i.exchange,
              exchange_kind: i.exchangeKind,
              outcome: i.outcome,
              topics: JSON.stringify(i.topics),
              note: i.note,
              created_at: i.createdAt,
            })),
          )
          .execute();
      }
      const links = interactions.flatMap((i) =>
        [...new Set(i.personIds)].map((personId) => ({
          owner_id: ownerId,
          interaction_id: i.id,
          person_id: personId,
        })),
      );
      for (const part of chunk(links)) await db.insertInto('interaction_people').values(part).execute();
    },

    async insert(ownerId: string, interaction: Interaction): Promise<void> {
      await this.insertMany(ownerId, [interaction]);
    },

    async get(ownerId: string, id: string): Promise<Interaction | undefined> {
      const rows = await db
        .selectFrom('interactions')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .execute();
      return (await withPeople(ownerId, rows))[0];
    },

    /**
     * A person's interactions, newest first. The owner is checked on the link rows (always
     * the interaction's owner): with the check on `interactions`, SQLite's planner walked
     * all of the owner's interactions by (owner, day) and probed each for the person, so
     * a log or a person's page cost time in proportion to the whole history. The link
     * rows' owner is the interaction's because `insertMany` (the only writer of both)
     * writes them together from one `ownerId`; a store test checks it.
     */
    async listForPerson(ownerId: string, personId: string, limit?: number): Promise<Interaction[]> {
      let query = db
        .selectFrom('interaction_people')
        .innerJoin('interactions', 'interactions.id', 'interaction_people.interaction_id')
        .selectAll('interactions')
        .where('interaction_people.owner_id', '=', ownerId)
        .where('interaction_people.person_id', '=', personId)
        .orderBy('interactions.occurred_on', 'desc')
        .orderBy('interactions.id', 'desc');
      if (limit) query = query.limit(limit);
      return withPeople(ownerId, await query.execute());
    },

    /** The owner's interactions in a date range, oldest first. */
    async list(ownerId: string, range: InteractionRange = {}): Promise<Interaction[]> {
      let query = db.selectFrom('interactions').selectAll().where('owner_id', '=', ownerId);
      if (range.from) query = query.where('occurred_on', '>=', range.from);
      if (range.to) query = query.where('occurred_on', '<=', range.to);
      const rows = await query.orderBy('occurred_on').orderBy('id').execute();
      return withPeople(ownerId, rows);
    },

    /**
     * A page of the owner's interactions, newest first, optionally in a day range;
     * `after` is where the previous page ended (its last day and id).
     */
    async page(
      ownerId: string,
      options: InteractionRange & { limit: number; after?: Keyset | undefined },
    ): Promise<Interaction[]> {
      let query = db.selectFrom('interactions').selectAll().where('owner_id', '=', ownerId);
      if (options.from) query = query.where('occurred_on', '>=', options.from);
      if (options.to) query = query.where('occurred_on', '<=', options.to);
      if (options.after) {
        const last = options.after;
        query = query.where((eb) =>
          eb.or([
            eb('occurred_on', '<', last.key),
            eb.and([eb('occurred_on', '=', last.key), eb('id', '<', last.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('occurred_on', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .execute();
      return withPeople(ownerId, rows);
    },

    /** Energy spent and the largest single cost, per day, for days in a range. */
    async energyByDay(
      ownerId: string,
      from: string,
      to: string,
    ): Promise<{ day: string; spent: number; largest: number }[]> {
      const rows = await db
        .selectFrom('interactions')
        .select((eb) => [
          'occurred_on',
          eb.fn.sum<number>('energy_cost').as('spent'),
          eb.fn.max<number>('energy_cost').as('largest'),
        ])
        .where('owner_id', '=', ownerId)
        .where('occurred_on', '>=', from)
        .where('occurred_on', '<=', to)
        .groupBy('occurred_on')
        .execute();
      return rows.map((r) => ({ day: r.occurred_on, spent: Number(r.spent), largest: Number(r.largest) }));
    },

    async delete(ownerId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('interactions')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /**
     * Removes interactions nobody is left in (after a person is removed): a contact with
     * no one is not a contact, and a backup could not restore it.
     */
    async deleteOrphans(ownerId: string): Promise<number> {
      const r = await db
        .deleteFrom('interactions')
        .where('owner_id', '=', ownerId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('interaction_people')
                .select('interaction_people.person_id')
                .whereRef('interaction_people.interaction_id', '=', 'interactions.id'),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    /** Moves one person's part in interactions to another (merging duplicates). */
    async reassign(ownerId: string, fromPersonId: string, toPersonId: string): Promise<void> {
      const theirs = await db
        .selectFrom('interaction_people')
        .select('interaction_id')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', fromPersonId)
        .execute();
      for (const { interaction_id } of theirs) {
        const already = await db
          .selectFrom('interaction_people')
          .select('person_id')
          .where('owner_id', '=', ownerId)
          .where('interaction_id', '=', interaction_id)
          .where('person_id', '=', toPersonId)
          .executeTakeFirst();
        if (already) {
          await db
            .deleteFrom('interaction_people')
            .where('owner_id', '=', ownerId)
            .where('interaction_id', '=', interaction_id)
            .where('person_id', '=', fromPersonId)
            .execute();
        } else {
          await db
            .updateTable('interaction_people')
            .set({ person_id: toPersonId })
            .where('owner_id', '=', ownerId)
            .where('interaction_id', '=', interaction_id)
            .where('person_id', '=', fromPersonId)
            .execute();
        }
      }
    },
  };
}

export type InteractionRepository = ReturnType<typeof createInteractionRepository>;
