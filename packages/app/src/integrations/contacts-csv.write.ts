/**
 * A plain CSV export of contacts for spreadsheets: one row per person, with
 * several e-mails, phones, links and tags joined by "; " so the file stays one
 * row per person and opens cleanly in Excel, Numbers and LibreOffice.
 */

import { stringify } from 'csv-stringify/sync';
import type { ContactRecord, LabelledValue } from './contact-record.ts';

/** The header row, in column order. */
export const CONTACTS_CSV_COLUMNS = [
  'Name',
  'Organisation',
  'Team',
  'Role',
  'Emails',
  'Phones',
  'Links',
  'Birthday',
  'Tags',
  'Notes',
] as const;

/** Joins values; the label is left out, as a spreadsheet user wants the address itself. */
function joined(values: readonly LabelledValue[]): string {
  return values.map((item) => item.value).join('; ');
}

/**
 * Writes contacts as CSV with a header row (see CONTACTS_CSV_COLUMNS), CRLF line
 * ends as RFC 4180 asks, and a byte-order mark so Excel reads UTF-8 accents right.
 */
export function writeContactsCsv(contacts: readonly Omit<ContactRecord, 'line' | 'index'>[]): string {
  const rows = contacts.map((contact) => [
    contact.name,
    contact.organisation ?? '',
    contact.team ?? '',
    contact.role ?? '',
    joined(contact.emails),
    joined(contact.phones),
    joined(contact.links),
    contact.birthday ?? '',
    contact.tags.join('; '),
    contact.notes ?? '',
  ]);
  return stringify(rows, {
    header: true,
    columns: [...CONTACTS_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    // With CRLF record ends, csv-stringify leaves a value holding a bare LF unquoted,
    // which splits a multi-line note across rows; quote any line break explicitly.
    quoted_match: /[\r\n]/,
  });
}
