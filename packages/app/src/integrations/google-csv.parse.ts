/**
 * Reads Google Contacts' CSV export, in both header sets Google has used: the
 * current one (First Name, Last Name, Organization Name, Labels, E-mail 1 -
 * Label…) and the older "Google CSV" one (Name, Given Name, Family Name, Group
 * Membership, E-mail 1 - Type, Organization 1 - Name…). A cell may hold several
 * entries joined by ` ::: `, e.g. two addresses sharing the label "Work".
 */

import { normaliseBirthday } from './birthday.normalise.ts';
import { normaliseLabel, tagFromGroup } from './contact-label.ts';
import type { ContactRecord, LabelledValue, ParseResult, RecordProblem } from './contact-record.ts';
import { type CsvRow, cellOf, columnIndex, findHeaderRow, headerKey, readCsvRows } from './csv-rows.ts';

/** Which header set the file uses; they differ in names, not in meaning. */
interface Dialect {
  tags: string;
  organisation: string;
  role: string;
  team: string;
}

const CURRENT: Dialect = {
  tags: 'labels',
  organisation: 'organization name',
  role: 'organization title',
  team: 'organization department',
};

const LEGACY: Dialect = {
  tags: 'group membership',
  organisation: 'organization 1 - name',
  role: 'organization 1 - title',
  team: 'organization 1 - department',
};

/** An `E-mail 2 - Label` / `E-mail 2 - Value` pair (Label is `Type` in the older set). */
interface Channel {
  kind: 'emails' | 'phones' | 'links';
  label?: number;
  value?: number;
}

const CHANNEL_KINDS: Readonly<Record<string, Channel['kind']>> = {
  'e-mail': 'emails',
  phone: 'phones',
  website: 'links',
};

function channelsOf(header: readonly string[]): Channel[] {
  const byKey = new Map<string, Channel>();
  header.forEach((cell, column) => {
    const match = /^(e-mail|phone|website) (\d+) - (label|type|value)$/.exec(headerKey(cell));
    if (!match) return;
    const [, kindName = '', number = '', part = ''] = match;
    const kind = CHANNEL_KINDS[kindName] as Channel['kind'];
    const key = `${kind} ${number}`;
    const channel = byKey.get(key) ?? { kind };
    if (part === 'value') channel.value ??= column;
    else channel.label ??= column;
    byKey.set(key, channel);
  });
  return [...byKey.values()];
}

/** Splits a ` ::: `-joined cell into its trimmed, non-empty entries. */
function entries(cell: string): string[] {
  return cell
    .split(':::')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function joinWords(...words: string[]): string {
  return words.filter(Boolean).join(' ');
}

function toRecord(
  row: CsvRow,
  columns: ReadonlyMap<string, number>,
  dialect: Dialect,
  channels: readonly Channel[],
  index: number,
): ContactRecord | RecordProblem {
  const cell = (key: string) => cellOf(row, columns, key);
  const lists: Record<Channel['kind'], LabelledValue[]> = { emails: [], phones: [], links: [] };
  for (const channel of channels) {
    if (channel.value === undefined) continue;
    const label = channel.label === undefined ? undefined : normaliseLabel(row.cells[channel.label]);
    for (const value of entries(row.cells[channel.value] ?? '')) {
      lists[channel.kind].push(label === undefined ? { value } : { value, label });
    }
  }
  const organisation = cell(dialect.organisation);
  const personal =
    dialect === LEGACY
      ? cell('name') ||
        joinWords(
          cell('name prefix'),
          cell('given name'),
          cell('additional name'),
          cell('family name'),
          cell('name suffix'),
        )
      : joinWords(
          cell('name prefix'),
          cell('first name'),
          cell('middle name'),
          cell('last name'),
          cell('name suffix'),
        );
  const name =
    personal || cell('nickname') || cell('file as') || organisation || lists.emails[0]?.value || '';
  if (name === '') {
    return {
      line: row.line,
      index,
      message: `Row ${index} (line ${row.line}) has no name, company or e-mail: add a First Name or Last Name, or delete the row.`,
    };
  }
  const tags = new Set<string>();
  for (const group of entries(cell(dialect.tags))) {
    const tag = tagFromGroup(group);
    if (tag) tags.add(tag);
  }
  const record: ContactRecord = { line: row.line, index, name, ...lists, tags: [...tags] };
  const team = cell(dialect.team);
  const role = cell(dialect.role);
  const birthday = normaliseBirthday(cell('birthday'));
  const notes = cell('notes');
  const photo = cell('photo');
  if (organisation) record.organisation = organisation;
  if (team) record.team = team;
  if (role) record.role = role;
  if (birthday) record.birthday = birthday;
  if (notes) record.notes = notes;
  if (photo) record.photo = photo;
  return record;
}

/**
 * Parses a Google Contacts CSV export (either header set). `index` counts data
 * rows from 1 and `line` is the physical line a row starts on. Without a
 * recognisable header, the result is one problem (index 0) naming the columns
 * expected; rows the CSV reader cannot read are problems with index 0 too.
 */
export function parseGoogleContactsCsv(text: string): ParseResult {
  const { rows, errors } = readCsvRows(text);
  const problems: RecordProblem[] = errors.map((error) => ({
    line: error.line,
    index: 0,
    message: error.message,
  }));
  let headerAt = findHeaderRow(rows, ['Given Name', 'Family Name']);
  let dialect = LEGACY;
  if (headerAt === -1) {
    headerAt = findHeaderRow(rows, ['First Name', 'Last Name']);
    dialect = CURRENT;
  }
  if (headerAt === -1) {
    problems.unshift({
      line: 1,
      index: 0,
      message:
        'No Google Contacts header row found: expected the columns First Name, Last Name, E-mail 1 - Value… ' +
        '(or, in older exports, Name, Given Name, Family Name…). ' +
        'Export from Google Contacts as "Google CSV" and import the file unchanged.',
    });
    return { records: [], problems };
  }
  const header = (rows[headerAt] as CsvRow).cells;
  const columns = columnIndex(header);
  const channels = channelsOf(header);
  const records: ContactRecord[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const result = toRecord(rows[i] as CsvRow, columns, dialect, channels, i - headerAt);
    if ('name' in result) records.push(result);
    else problems.push(result);
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
