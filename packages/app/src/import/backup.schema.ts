/**
 * The full JSON backup: everything one user owns, with ids, so that restoring it into
 * an empty data directory reproduces the data exactly. Versioned for later changes.
 */
import { z } from 'zod';
import {
  actionStateRecordSchema,
  detailRecordSchema,
  eventRecordSchema,
  instantSchema,
  interactionRecordSchema,
  personRecordSchema,
  savedItemRecordSchema,
  stageChangeRecordSchema,
} from '../records/record.schemas.ts';

export const BACKUP_FORMAT = 'kindred-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: instantSchema,
  profile: z.object({ displayName: z.string().min(1), timeZone: z.string().min(1), settings: z.unknown() }),
  people: z.array(personRecordSchema),
  details: z.array(detailRecordSchema),
  interactions: z.array(interactionRecordSchema),
  stageChanges: z.array(stageChangeRecordSchema),
  events: z.array(eventRecordSchema).default([]),
  savedItems: z.array(savedItemRecordSchema).default([]),
  actionStates: z.array(actionStateRecordSchema).default([]),
});

export type Backup = z.infer<typeof backupSchema>;
