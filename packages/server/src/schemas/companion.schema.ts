/** The companion's records as the API returns them (the shapes packages/core defines). */

import { z } from '@hono/zod-openapi';
import {
  ACTION_KINDS,
  ASK_KINDS,
  CHANNEL_KINDS,
  DETAIL_KINDS,
  EVENT_KINDS,
  GIVE_KINDS,
  INITIATORS,
  INTERACTION_FORMS,
  OUTCOMES,
  SENIORITIES,
  STAGES,
} from '@kindred/core';

const day = z.string().openapi({ example: '2026-03-14', description: 'A local day, YYYY-MM-DD.' });
const instant = z.string().openapi({ example: '2026-03-14T09:30:00.000Z' });

export const InterestSchema = z.object({ key: z.string(), label: z.string() }).openapi('Interest');

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    metHow: z.string().nullable(),
    metWhere: z.string().nullable(),
    metOn: day.nullable(),
    organisation: z.string().nullable(),
    team: z.string().nullable(),
    role: z.string().nullable(),
    seniority: z.enum(SENIORITIES).nullable(),
    channels: z.array(
      z.object({ kind: z.enum(CHANNEL_KINDS), value: z.string(), label: z.string().nullable() }),
    ),
    tags: z.array(z.string()),
    interests: z.array(InterestSchema),
    notes: z.string().nullable(),
    birthday: z.string().nullable(),
    photo: z.string().nullable(),
    preferredChannel: z.enum(CHANNEL_KINDS).nullable(),
    prefersAsync: z.boolean(),
    doNotContactUntil: day.nullable(),
    cadenceDays: z.number().int().nullable(),
    stage: z.enum(STAGES),
    stageSetBy: z.enum(['auto', 'manual']),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('Person');

export const DetailSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    text: z.string(),
    kind: z.enum(DETAIL_KINDS),
    happensOn: day.nullable(),
    followUpOn: day.nullable(),
    followedUpAt: instant.nullable(),
    createdAt: instant,
  })
  .openapi('Detail');

export const InteractionSchema = z
  .object({
    id: z.string(),
    personIds: z.array(z.string()),
    occurredOn: day,
    form: z.enum(INTERACTION_FORMS),
    initiatedBy: z.enum(INITIATORS),
    energyCost: z.number().int(),
    exchange: z.enum(['give', 'ask', 'neither']),
    exchangeKind: z.enum([...GIVE_KINDS, ...ASK_KINDS]).nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    topics: z.array(z.string()),
    note: z.string().nullable(),
    createdAt: instant,
  })
  .openapi('Interaction');

export const StageChangeSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    stage: z.enum(STAGES),
    changedOn: day,
    source: z.enum(['auto', 'manual', 'import']),
    note: z.string().nullable(),
    createdAt: instant,
  })
  .openapi('StageChange');

export const PersonOverviewSchema = z
  .object({
    person: PersonSchema,
    stageLabel: z.string(),
    proposedStage: z.enum(STAGES),
    proposedStageLabel: z.string(),
    details: z.array(DetailSchema),
    interactions: z.array(InteractionSchema),
    stageHistory: z.array(StageChangeSchema),
    lastContactOn: day.nullable(),
    balance: z.object({ gives: z.number().int(), asks: z.number().int() }),
  })
  .openapi('PersonOverview');

export const DraftSchema = z
  .object({
    channel: z.enum(['email', 'message', 'in_person']),
    subject: z.string().nullable(),
    body: z.string(),
    variant: z.number().int(),
  })
  .openapi('Draft');

export const PlanActionSchema = z
  .object({
    key: z.string(),
    handle: z.string().openapi({ description: 'Short id for done/snooze/dismiss.' }),
    kind: z.enum(ACTION_KINDS),
    personIds: z.array(z.string()),
    day,
    title: z.string(),
    reason: z.string(),
    form: z.enum(INTERACTION_FORMS),
    energyCost: z.number().int(),
    value: z.number(),
    window: z.object({ from: day, to: day }),
    drafts: z.array(z.object({ personId: z.string(), kind: z.string(), draft: DraftSchema })),
    detailId: z.string().optional(),
    itemId: z.string().optional(),
    step: z.string().optional(),
  })
  .openapi('PlanAction');

export const PlanSchema = z
  .object({
    today: day,
    horizon: z.enum(['day', 'week']),
    days: z.array(day),
    energy: z.array(
      z.object({
        weekStart: day,
        budget: z.number(),
        spent: z.number(),
        reserved: z.number(),
        planned: z.number(),
        left: z.number(),
      }),
    ),
    actions: z.array(PlanActionSchema),
    notes: z.array(z.string()),
    people: z
      .record(z.string(), z.string())
      .openapi({ description: 'Names of the people mentioned, by id.' }),
  })
  .openapi('Plan');

export const AttendeeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    interests: z.array(InterestSchema),
    personId: z.string().nullable(),
  })
  .openapi('Attendee');

export const EventSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(EVENT_KINDS),
    startsOn: day,
    location: z.string().nullable(),
    energyCost: z.number().int(),
    goal: z.string().nullable(),
    notes: z.string().nullable(),
    debriefedAt: instant.nullable(),
    createdAt: instant,
    attendees: z.array(AttendeeSchema),
  })
  .openapi('Event');

export const EventPrepSchema = z
  .object({
    event: EventSchema,
    goal: z.string(),
    targets: z.array(
      z.object({
        attendee: AttendeeSchema,
        score: z.number(),
        why: z.string(),
        sharedInterests: z.array(z.string()),
        openers: z.array(z.string()),
      }),
    ),
    breaks: z.array(z.string()),
    exitLine: z.string(),
    energy: z.object({ cost: z.number(), leftAfter: z.number() }),
    afterwards: z.string(),
  })
  .openapi('EventPrep');

const importedRecord = z.object({
  line: z.number().int(),
  record: z.number().int(),
  name: z.string(),
  personId: z.string(),
});

export const ImportReportSchema = z
  .object({
    format: z.string(),
    dryRun: z.boolean(),
    records: z.number().int(),
    created: z.array(importedRecord),
    merged: z.array(importedRecord.extend({ intoName: z.string(), reason: z.string() })),
    skipped: z.array(
      z.object({
        line: z.number().int(),
        record: z.number().int(),
        label: z.string().nullable(),
        reason: z.string(),
      }),
    ),
  })
  .openapi('ImportReport');

export const SavedItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    note: z.string().nullable(),
    interestKeys: z.array(z.string()),
    createdOn: day,
  })
  .openapi('SavedItem');
