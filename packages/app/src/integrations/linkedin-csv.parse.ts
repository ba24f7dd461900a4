/**
 * Reads LinkedIn's "Connections.csv" (from "Get a copy of your data"). The file
 * opens with a notes preamble before its header row, many e-mails are empty (a
 * privacy setting), and "Connected On" reads like `03 Feb 2024`; each connection
 * becomes a record whose metOn is that date.
 */

import type { ContactRecord, ParseResult, RecordProblem } from './contact-record.ts';
import { type CsvRow, cellOf, columnIndex, findHeaderRow, readCsvRows } from './csv-rows.ts';

/** The header LinkedIn writes, in its order. */
export const LINKEDIN_COLUMNS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** `03 Feb 2024` (or `3 February 2024`, or ISO) -> `2024-02-03`; undefined when unreadable. */
export function parseLinkedInDate(raw: string): string | undefined {
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS[monthName.toLowerCase()];
  if (!month) return undefined;
  const iso = `${year}-${month}-${day.padStart(2, '0')}`;
  // Date normalises 31 Feb to 2 Mar; a date that changes was not a real day.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

function toRecord(
  row: CsvRow,
  columns: ReadonlyMap<string, number>,
  index: number,
): ContactRecord | RecordProblem {
  const cell = (key: string) => cellOf(row, columns, key);
  const name = `${cell('first name')} ${cell('last name')}`.trim();
  const url = cell('url');
  const email = cell('email address');
  if (name === '') {
    const who = url || email;
    return {
      line: row.line,
      index,
      ...(who ? { label: who } : {}),
      message:
        `Row ${index} (line ${row.line}) has no first or last name` +
        (who ? ` (${who})` : '') +
        ': add a name in the First Name or Last Name column, or delete the row.',
    };
  }
  const record: ContactRecord = {
    line: row.line,
    index,
    name,
    emails: email ? [{ value: email }] : [],
    phones: [],
    links: url ? [{ value: url, label: 'linkedin' }] : [],
    tags: [],
    metHow: 'LinkedIn connection',
  };
  const company = cell('company');
  const position = cell('position');
  const metOn = parseLinkedInDate(cell('connected on'));
  if (company) record.organisation = company;
  if (position) record.role = position;
  if (metOn) record.metOn = metOn;
  return record;
}

/**
 * Parses LinkedIn's Connections.csv. The header row is looked for wherever it is;
 * `index` counts data rows from 1 and `line` is the physical line a row starts
 * on. Without a header, the result is one problem (index 0) naming the columns
 * expected. An unreadable "Connected On" date leaves metOn unset.
 */
export function parseLinkedInConnections(text: string): ParseResult {
  const { rows, errors } = readCsvRows(text);
  const problems: RecordProblem[] = errors.map((error) => ({
    line: error.line,
    index: 0,
    message: error.message,
  }));
  const headerAt = findHeaderRow(rows, ['First Name', 'Last Name']);
  if (headerAt === -1) {
    problems.unshift({
      line: 1,
      index: 0,
      message:
        `No LinkedIn header row found: expected a row with the columns ${LINKEDIN_COLUMNS.join(', ')}. ` +
        'Import the Connections.csv file from LinkedIn\'s "Get a copy of your data" unchanged.',
    });
    return { records: [], problems };
  }
  const columns = columnIndex((rows[headerAt] as CsvRow).cells);
  const records: ContactRecord[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const result = toRecord(rows[i] as CsvRow, columns, i - headerAt);
    if ('name' in result) records.push(result);
    else problems.push(result);
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
