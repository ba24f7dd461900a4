/**
 * The companion's records as they leave Kindred: in a JSON backup, and in the HTTP API's
 * answers. One description of each, so the backup format and the API document agree.
 */
import {
  ASK_KINDS,
  CHANNEL_KINDS,
  DETAIL_KINDS,
  EVENT_KINDS,
  EXCHANGES,
  GIVE_KINDS,
  INITIATORS,
  INTERACTION_FORMS,
  isIsoDay,
  OUTCOMES,
  SENIORITIES,
  STAGES,
} from '@kindred/core';
import { z } from 'zod';

const day = z.string().refine(isIsoDay, { message: 'must be a date written YYYY-MM-DD' });
/** An instant in UTC, ISO 8601. */
export const instantSchema = z.iso.datetime({ offset: false });
const instant = instantSchema;
const id = z.string().min(1).max(100);

export const personRecordSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  metHow: z.string().nullable(),
  metWhere: z.string().nullable(),
  metOn: day.nullable(),
  organisation: z.string().nullable(),
  team: z.string().nullable(),
  role: z.string().nullable(),
  seniority: z.enum(SENIORITIES).nullable(),
  channels: z.array(
    z.object({ kind: z.enum(CHANNEL_KINDS), value: z.string().min(1), label: z.string().nullable() }),
  ),
  tags: z.array(z.string().min(1)),
  interests: z.array(z.object({ key: z.string().min(1), label: z.string().min(1) })),
  notes: z.string().nullable(),
  birthday: z.string().nullable(),
  photo: z.string().nullable(),
  preferredChannel: z.enum(CHANNEL_KINDS).nullable(),
  prefersAsync: z.boolean(),
  doNotContactUntil: day.nullable(),
  cadenceDays: z.number().int().positive().nullable(),
  stage: z.enum(STAGES),
  stageSetBy: z.enum(['auto', 'manual']),
  createdAt: instant,
  updatedAt: instant,
});

export const detailRecordSchema = z.object({
  id,
  personId: id,
  text: z.string().min(1),
  kind: z.enum(DETAIL_KINDS),
  happensOn: day.nullable(),
  followUpOn: day.nullable(),
  followedUpAt: instant.nullable(),
  createdAt: instant,
});

export const interactionRecordSchema = z.object({
  id,
  personIds: z.array(id).min(1),
  occurredOn: day,
  form: z.enum(INTERACTION_FORMS),
  initiatedBy: z.enum(INITIATORS),
  energyCost: z.number().int().min(0),
  exchange: z.enum(EXCHANGES),
  exchangeKind: z.enum([...GIVE_KINDS, ...ASK_KINDS]).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  topics: z.array(z.string()),
  note: z.string().nullable(),
  createdAt: instant,
});

export const stageChangeRecordSchema = z.object({
  id,
  personId: id,
  stage: z.enum(STAGES),
  changedOn: day,
  source: z.enum(['auto', 'manual', 'import']),
  note: z.string().nullable(),
  createdAt: instant,
});

export const attendeeRecordSchema = z.object({
  id,
  name: z.string().min(1),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  interests: z.array(z.object({ key: z.string().min(1), label: z.string().min(1) })),
  personId: id.nullable(),
});

export const eventRecordSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  startsOn: day,
  location: z.string().nullable(),
  energyCost: z.number().int().min(0),
  goal: z.string().nullable(),
  notes: z.string().nullable(),
  debriefedAt: instant.nullable(),
  createdAt: instant,
  attendees: z.array(attendeeRecordSchema),
});

export const savedItemRecordSchema = z.object({
  id,
  title: z.string().min(1),
  url: z.string().nullable(),
  note: z.string().nullable(),
  interestKeys: z.array(z.string().min(1)),
  createdOn: day,
});

export const actionStateRecordSchema = z.object({
  key: z.string().min(1),
  state: z.enum(['done', 'snoozed', 'dismissed']),
  until: day.nullable(),
});
