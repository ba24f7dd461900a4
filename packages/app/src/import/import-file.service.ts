/**
 * One entry point for every import: works out the format (or takes the one given),
 * parses, and hands the records to the contact import or the backup restore.
 */
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { detectContactFormat } from '../integrations/detect-format.ts';
import { parseGoogleContactsCsv } from '../integrations/google-csv.parse.ts';
import { parseLinkedInConnections } from '../integrations/linkedin-csv.parse.ts';
import { parseVCards } from '../integrations/vcard.parse.ts';
import { parseBackup, restoreBackup } from './backup.service.ts';
import { type ImportOptions, importContacts } from './import-contacts.service.ts';
import type { ImportReport } from './import-report.ts';

export const IMPORT_FORMATS = ['vcard', 'linkedin', 'google', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportFileInput {
  fileName: string;
  text: string;
  format?: ImportFormat | undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new AppError(
      'import_invalid_rows',
      `Nothing was imported: the file is not valid JSON (${message}). Restore a file written by \`kindred export --format json\`.`,
      [{ message }],
    );
  }
}

export async function importFile(
  ctx: UseCaseContext,
  input: ImportFileInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const format = input.format ?? detectContactFormat(input.fileName, input.text);
  switch (format) {
    case 'vcard':
      return importContacts(ctx, 'vCard', parseVCards(input.text), options);
    case 'linkedin':
      return importContacts(ctx, 'LinkedIn', parseLinkedInConnections(input.text), options);
    case 'google':
      return importContacts(ctx, 'Google Contacts', parseGoogleContactsCsv(input.text), options);
    case 'json':
      return restoreBackup(ctx, parseBackup(parseJson(input.text)), options);
    default:
      throw new AppError(
        'import_unknown_format',
        `I could not tell what kind of file ${input.fileName} is. Say it with --format vcard, linkedin, google or json.`,
        [{ field: 'format', message: 'unknown format' }],
      );
  }
}
