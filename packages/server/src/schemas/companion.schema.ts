/**
 * The companion's records as the API returns them. The records themselves are described
 * once in packages/app (the backup uses the same descriptions); here they get their
 * names in the OpenAPI document, with the shapes only the API returns.
 */

import { z } from '@hono/zod-openapi';
import {
  attendeeRecordSchema,
  detailRecordSchema,
  eventRecordSchema,
  interactionRecordSchema,
  personRecordSchema,
  savedItemRecordSchema,
  stageChangeRecordSchema,
} from '@kindred/app';
import { ACTION_KINDS, INTERACTION_FORMS, STAGES } from '@kindred/core';

/**
 * Names a record schema from packages/app in the OpenAPI document. Zod gives each schema
 * its methods when it is made, so one made before @hono/zod-openapi extended zod has no
 * `.openapi()`: the shape is wrapped in an object made here instead.
 */
function named<S extends z.ZodRawShape>(schema: z.ZodObject<S>, name: string) {
  return z.object(schema.shape).openapi(name);
}

const day = z.string().openapi({ example: '2026-03-14', description: 'A local day, YYYY-MM-DD.' });

export const PersonSchema = named(personRecordSchema, 'Person');

export const DetailSchema = named(detailRecordSchema, 'Detail');

export const InteractionSchema = named(interactionRecordSchema, 'Interaction');

export const StageChangeSchema = named(stageChangeRecordSchema, 'StageChange');

export const PersonOverviewSchema = z
  .object({
    person: PersonSchema,
    stageLabel: z.string(),
    stageDescription: z.string(),
    nextStep: z
      .object({ kind: z.string(), title: z.string(), live: z.boolean() })
      .nullable()
      .openapi({ description: 'The concrete step that moves the tie up a rung; null at the top.' }),
    proposedStage: z.enum(STAGES),
    proposedStageLabel: z.string(),
    proposedStageReason: z
      .string()
      .openapi({ description: 'The evidence behind the proposed stage, completing "because …".' }),
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

export const AttendeeSchema = named(attendeeRecordSchema, 'Attendee');

export const EventSchema = named(eventRecordSchema, 'Event');

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

export const SavedItemSchema = named(savedItemRecordSchema, 'SavedItem');
