/**
 * Exports: the full JSON backup (everything, restorable), or the people alone as vCard
 * 3.0 or CSV for address books and spreadsheets.
 */
import type { UseCaseContext } from '../context.ts';
import { exportBackup } from '../import/backup.service.ts';
import { writeContactsCsv } from '../integrations/contacts-csv.write.ts';
import { writeVCards } from '../integrations/vcard.write.ts';
import { personToContact } from './person-to-contact.ts';

export const EXPORT_FORMATS = ['json', 'vcard', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  format: ExportFormat;
  people: number;
  text: string;
}

export async function exportData(ctx: UseCaseContext, format: ExportFormat): Promise<ExportResult> {
  if (format === 'json') {
    const backup = await exportBackup(ctx);
    return { format, people: backup.people.length, text: `${JSON.stringify(backup, null, 2)}\n` };
  }
  const people = await ctx.store.repos.people.list(ctx.ownerId);
  const contacts = people.map(personToContact);
  return {
    format,
    people: people.length,
    text: format === 'vcard' ? writeVCards(contacts) : writeContactsCsv(contacts),
  };
}
