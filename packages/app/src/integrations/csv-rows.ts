/**
 * Reads a CSV export into rows that remember the physical line they start on,
 * shared by the LinkedIn and Google importers so both report the same way.
 *
 * csv-parse's `info.lines` is the line a record *ends* on, and it miscounts CRLF
 * inside quoted fields, so we normalise line ends to LF first and subtract the
 * line breaks held inside the record's fields.
 */

import { parse } from 'csv-parse/sync';

/** One CSV record and the 1-based physical line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** A stretch of the file csv-parse could not read, already worded for a person. */
export interface CsvError {
  line: number;
  message: string;
}

export interface CsvRows {
  rows: CsvRow[];
  errors: CsvError[];
}

const PLAIN_ERRORS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed, so the rest of the file could not be read',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by more text',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of values from the header',
};

function countNewlines(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/**
 * Parses CSV text (BOM, CRLF/LF/CR all fine) into rows. Blank rows and rows of
 * only empty values are skipped; a row csv-parse cannot read is skipped and
 * reported, and the rows around it still come through.
 */
export function readCsvRows(text: string): CsvRows {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const errors: CsvError[] = [];
  const parsed = parse(body, {
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return;
      const line = typeof error.lines === 'number' ? error.lines : 1;
      const plain = PLAIN_ERRORS[error.code] ?? error.message;
      errors.push({
        line,
        message: `Line ${line} could not be read as CSV: ${plain}. Check the quotes on that line.`,
      });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[]; // `info: true` changes the shape
  const rows = parsed.map(({ record, info }) => ({
    cells: record,
    line: info.lines - countNewlines(record),
  }));
  return { rows, errors };
}

/** Normalises a header cell for matching: trimmed, lower-case, single spaces. */
export function headerKey(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Finds the first row that holds every one of `required` (compared by headerKey)
 * and returns its position, or -1. Exports often start with a preamble, so the
 * header is looked for rather than assumed to be the first row.
 */
export function findHeaderRow(rows: readonly CsvRow[], required: readonly string[], within = 50): number {
  const wanted = required.map(headerKey);
  const limit = Math.min(rows.length, within);
  for (let i = 0; i < limit; i++) {
    const keys = new Set((rows[i] as CsvRow).cells.map(headerKey));
    if (wanted.every((key) => keys.has(key))) return i;
  }
  return -1;
}

/** Maps each header key to its column; the first column wins when a name repeats. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Reads a trimmed cell by header key; '' when the column or the cell is missing. */
export function cellOf(row: CsvRow, columns: ReadonlyMap<string, number>, key: string): string {
  const column = columns.get(key);
  return column === undefined ? '' : (row.cells[column] ?? '').trim();
}
