/**
 * The plan's bulk read: every person with what planning needs and their history
 * summary, in three queries. Each query folds its rows into one JSON document in the
 * database (json_group_array on SQLite, json_agg on PostgreSQL): building ten thousand
 * row objects in the driver cost several times more than parsing one document.
 */
import type { ChannelKind, PersonInterest, PlanPerson, Seniority, Stage } from '@kindred/core';
import { EMPTY_STATS } from '@kindred/core';
import { sql } from 'kysely';
import type { Executor } from './executor.ts';
import { type Dialect, jsonRows, parseJson } from './json-rows.ts';

type PersonTuple = [
  id: string,
  name: string,
  organisation: string | null,
  team: string | null,
  seniority: string | null,
  stage: string,
  preferredChannel: string | null,
  prefersAsync: number,
  doNotContactUntil: string | null,
  cadenceDays: number | null,
  metOn: string | null,
  metWhere: string | null,
  createdAt: string,
  contactCount: number | null,
  firstContactOn: string | null,
  lastContactOn: string | null,
  lastTopics: string[] | null,
  everInPerson: number | null,
  recent: PlanPerson['stats']['recent'] | null,
  stageSince: string | null,
];

export function createPlanReadRepository(db: Executor, dialect: Dialect) {
  const { agg, embed } = jsonRows(dialect);

  return {
    async people(ownerId: string): Promise<PlanPerson[]> {
      const fields = sql.join([
        sql`p.id`,
        sql`p.name`,
        sql`p.organisation`,
        sql`p.team`,
        sql`p.seniority`,
        sql`p.stage`,
        sql`p.preferred_channel`,
        sql`p.prefers_async`,
        sql`p.do_not_contact_until`,
        sql`p.cadence_days`,
        sql`p.met_on`,
        sql`p.met_where`,
        sql`p.created_at`,
        sql`s.contact_count`,
        sql`s.first_contact_on`,
        sql`s.last_contact_on`,
        embed(sql`s.last_topics`),
        sql`s.ever_in_person`,
        embed(sql`s.recent`),
        sql`s.stage_since`,
      ]);
      const [peopleRow, interestRow, channelRow] = await Promise.all([
        sql<{
          j: unknown;
        }>`select ${agg(fields)} as j from people p left join person_stats s on s.person_id = p.id and s.owner_id = p.owner_id where p.owner_id = ${ownerId}`.execute(
          db,
        ),
        sql<{
          j: unknown;
        }>`select ${agg(sql.join([sql`person_id`, sql`interest_key`, sql`label`]), sql`person_id, position`)} as j from (select person_id, interest_key, label, position from person_interests where owner_id = ${ownerId} order by person_id, position) i`.execute(
          db,
        ),
        sql<{
          j: unknown;
        }>`select ${agg(sql.join([sql`person_id`, sql`kind`]))} as j from (select distinct person_id, kind from person_channels where owner_id = ${ownerId}) c`.execute(
          db,
        ),
      ]);
      const interests = new Map<string, PersonInterest[]>();
      for (const [personId, key, label] of parseJson<[string, string, string][]>(
        interestRow.rows[0]?.j ?? '[]',
      )) {
        const list = interests.get(personId);
        if (list) list.push({ key, label });
        else interests.set(personId, [{ key, label }]);
      }
      const channels = new Map<string, ChannelKind[]>();
      for (const [personId, kind] of parseJson<[string, ChannelKind][]>(channelRow.rows[0]?.j ?? '[]')) {
        const list = channels.get(personId);
        if (list) list.push(kind);
        else channels.set(personId, [kind]);
      }
      return parseJson<PersonTuple[]>(peopleRow.rows[0]?.j ?? '[]').map((t) => ({
        person: {
          id: t[0],
          name: t[1],
          organisation: t[2],
          team: t[3],
          seniority: t[4] as Seniority | null,
          stage: t[5] as Stage,
          preferredChannel: t[6] as ChannelKind | null,
          prefersAsync: Number(t[7]) === 1,
          doNotContactUntil: t[8],
          cadenceDays: t[9] === null ? null : Number(t[9]),
          metOn: t[10],
          metWhere: t[11],
          createdAt: t[12],
          interests: interests.get(t[0]) ?? [],
          channelKinds: channels.get(t[0]) ?? [],
        },
        stats:
          t[13] === null
            ? EMPTY_STATS
            : {
                contactCount: Number(t[13]),
                firstContactOn: t[14],
                lastContactOn: t[15],
                lastTopics: t[16] ?? [],
                everInPerson: Number(t[17]) === 1,
                recent: t[18] ?? [],
                stageSince: t[19],
              },
      }));
    },
  };
}

export type PlanReadRepository = ReturnType<typeof createPlanReadRepository>;
