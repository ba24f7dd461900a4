/**
 * A list of expected attendees as people usually have it: a CSV with a name column and,
 * where known, organisation, role and interests (separated by ; or , inside the cell).
 * Header names are matched loosely ("Company" works for organisation).
 */
import { parse } from 'csv-parse/sync';
import type { RecordProblem } from './contact-record.ts';

export interface AttendeeRow {
  line: number;
  name: string;
  organisation: string | null;
  role: string | null;
  interests: string[];
}

const COLUMNS: Record<string, string[]> = {
  name: ['name', 'full name', 'attendee', 'guest'],
  organisation: ['organisation', 'organization', 'company', 'org', 'employer'],
  role: ['role', 'title', 'job title', 'position'],
  interests: ['interests', 'interest', 'topics', 'tags'],
};

export function parseAttendeesCsv(text: string): { rows: AttendeeRow[]; problems: RecordProblem[] } {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const index = (key: string) => header.findIndex((h) => COLUMNS[key]?.includes(h));
  const nameAt = index('name');
  if (nameAt < 0) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          index: 0,
          message: `The first line must be a header with a "name" column (and optionally organisation, role, interests); it reads: ${header.join(', ') || '(empty)'}.`,
        },
      ],
    };
  }
  const [orgAt, roleAt, interestsAt] = [index('organisation'), index('role'), index('interests')];
  const rows: AttendeeRow[] = [];
  const problems: RecordProblem[] = [];
  records.slice(1).forEach(({ record, info }, i) => {
    const cell = (at: number) => (at >= 0 ? (record[at] ?? '').trim() : '');
    const name = cell(nameAt);
    if (!name) {
      problems.push({ line: info.lines, index: i + 1, message: `Line ${info.lines} has no name.` });
      return;
    }
    rows.push({
      line: info.lines,
      name,
      organisation: cell(orgAt) || null,
      role: cell(roleAt) || null,
      interests: cell(interestsAt)
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    });
  });
  return { rows, problems };
}
