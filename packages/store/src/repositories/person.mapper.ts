/** Maps between the Person value and its rows (people + channels, tags, interests). */
import type { Channel, ChannelKind, Person, Seniority, Stage } from '@kindred/core';
import { channelKey, foldText } from '@kindred/core';
import type {
  PeopleTable,
  PersonChannelsTable,
  PersonInterestsTable,
  PersonTagsTable,
} from '../schema/database.types.ts';

export function personRow(ownerId: string, p: Person): PeopleTable {
  return {
    id: p.id,
    owner_id: ownerId,
    name: p.name,
    name_key: foldText(p.name),
    met_how: p.metHow,
    met_where: p.metWhere,
    met_on: p.metOn,
    organisation: p.organisation,
    organisation_key: p.organisation ? foldText(p.organisation) : null,
    team: p.team,
    role: p.role,
    seniority: p.seniority,
    notes: p.notes,
    birthday: p.birthday,
    photo: p.photo,
    preferred_channel: p.preferredChannel,
    prefers_async: p.prefersAsync ? 1 : 0,
    do_not_contact_until: p.doNotContactUntil,
    cadence_days: p.cadenceDays,
    stage: p.stage,
    stage_set_by: p.stageSetBy,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function childRows(ownerId: string, p: Person) {
  const channels: PersonChannelsTable[] = p.channels.map((c, position) => ({
    owner_id: ownerId,
    person_id: p.id,
    kind: c.kind,
    value: c.value,
    value_key: channelKey(c.kind, c.value),
    label: c.label,
    position,
  }));
  const tags: PersonTagsTable[] = [...new Set(p.tags)].map((tag) => ({
    owner_id: ownerId,
    person_id: p.id,
    tag,
  }));
  const seen = new Set<string>();
  const interests: PersonInterestsTable[] = [];
  for (const i of p.interests) {
    if (seen.has(i.key)) continue;
    seen.add(i.key);
    interests.push({
      owner_id: ownerId,
      person_id: p.id,
      interest_key: i.key,
      label: i.label,
      position: interests.length,
    });
  }
  return { channels, tags, interests };
}

export function toPerson(
  row: PeopleTable,
  channels: Channel[],
  tags: string[],
  interests: { key: string; label: string }[],
): Person {
  return {
    id: row.id,
    name: row.name,
    metHow: row.met_how,
    metWhere: row.met_where,
    metOn: row.met_on,
    organisation: row.organisation,
    team: row.team,
    role: row.role,
    seniority: row.seniority as Seniority | null,
    channels,
    tags,
    interests,
    notes: row.notes,
    birthday: row.birthday,
    photo: row.photo,
    preferredChannel: row.preferred_channel as ChannelKind | null,
    prefersAsync: Number(row.prefers_async) === 1,
    doNotContactUntil: row.do_not_contact_until,
    cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
    stage: row.stage as Stage,
    stageSetBy: row.stage_set_by as 'auto' | 'manual',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
