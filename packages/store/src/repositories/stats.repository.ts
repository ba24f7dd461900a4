/**
 * Per-person summaries of the history. The app rewrites a person's summary whenever
 * their history changes; the plan reads all summaries in one query.
 */
import type { PersonStats } from '@kindred/core';
import type { PersonStatsTable } from '../schema/database.types.ts';
import { chunk, type Executor } from './executor.ts';

const toStats = (r: PersonStatsTable): PersonStats => ({
  contactCount: Number(r.contact_count),
  firstContactOn: r.first_contact_on,
  lastContactOn: r.last_contact_on,
  lastTopics: JSON.parse(r.last_topics) as string[],
  everInPerson: Number(r.ever_in_person) === 1,
  recent: JSON.parse(r.recent) as PersonStats['recent'],
  stageSince: r.stage_since,
});

export function createStatsRepository(db: Executor) {
  return {
    async upsertMany(ownerId: string, stats: { personId: string; stats: PersonStats }[]): Promise<void> {
      for (const part of chunk(stats, 400)) {
        await db
          .insertInto('person_stats')
          .values(
            part.map(({ personId, stats: s }) => ({
              person_id: personId,
              owner_id: ownerId,
              contact_count: s.contactCount,
              first_contact_on: s.firstContactOn,
              last_contact_on: s.lastContactOn,
              last_topics: JSON.stringify(s.lastTopics),
              ever_in_person: s.everInPerson ? 1 : 0,
              recent: JSON.stringify(s.recent),
              stage_since: s.stageSince,
            })),
          )
          .onConflict((oc) =>
            oc
              .column('person_id')
              .doUpdateSet((eb) => ({
                contact_count: eb.ref('excluded.contact_count'),
                first_contact_on: eb.ref('excluded.first_contact_on'),
                last_contact_on: eb.ref('excluded.last_contact_on'),
                last_topics: eb.ref('excluded.last_topics'),
                ever_in_person: eb.ref('excluded.ever_in_person'),
                recent: eb.ref('excluded.recent'),
                stage_since: eb.ref('excluded.stage_since'),
              }))
              .where('person_stats.owner_id', '=', ownerId),
          )
          .execute();
      }
    },

    /** Every summary the owner has, by person id. */
    async listAll(ownerId: string): Promise<Map<string, PersonStats>> {
      const rows = await db.selectFrom('person_stats').selectAll().where('owner_id', '=', ownerId).execute();
      return new Map(rows.map((r) => [r.person_id, toStats(r)]));
    },

    async get(ownerId: string, personId: string): Promise<PersonStats | undefined> {
      const row = await db
        .selectFrom('person_stats')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return row && toStats(row);
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
