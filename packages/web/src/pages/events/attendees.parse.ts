/**
 * Expected attendees as people type or paste them into the event form: one per line
 * ("Sam Lee | Acme | climbing; jazz", or "Sam Lee (Acme)"), or a CSV pasted whole with a
 * header naming a "name" column (and optionally organisation, role, interests), loosely
 * matched as the server's CSV import does ("Company" works for organisation).
 */

export interface AttendeeInput {
  name: string;
  organisation: string | null;
  role: string | null;
  interests: string[];
}

export interface AttendeeProblem {
  line: number;
  message: string;
}

export interface ParsedAttendees {
  attendees: AttendeeInput[];
  problems: AttendeeProblem[];
  /** How the text was read, to say so under the box. */
  as: 'lines' | 'csv';
}

const COLUMNS: Record<'name' | 'organisation' | 'role' | 'interests', string[]> = {
  name: ['name', 'full name', 'attendee', 'guest'],
  organisation: ['organisation', 'organization', 'company', 'org', 'employer'],
  role: ['role', 'title', 'job title', 'position'],
  interests: ['interests', 'interest', 'topics', 'tags'],
};

const splitInterests = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function headerIndex(header: string[], key: keyof typeof COLUMNS): number {
  return header.findIndex((h) => COLUMNS[key].includes(h));
}

/** Whether the first line reads like a CSV header with a name column. */
function looksLikeCsv(firstLine: string): boolean {
  if (!firstLine.includes(',')) return false;
  const header = parseCsv(firstLine)[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  return headerIndex(header, 'name') >= 0;
}

function fromCsv(text: string): ParsedAttendees {
  const rows = parseCsv(text);
  const header = rows[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const at = {
    name: headerIndex(header, 'name'),
    organisation: headerIndex(header, 'organisation'),
    role: headerIndex(header, 'role'),
    interests: headerIndex(header, 'interests'),
  };
  const attendees: AttendeeInput[] = [];
  const problems: AttendeeProblem[] = [];
  for (const row of rows.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
    const name = cell(at.name);
    if (!name) {
      problems.push({ line: row.line, message: 'has no name; add one or remove the line.' });
      continue;
    }
    attendees.push({
      name,
      organisation: cell(at.organisation) || null,
      role: cell(at.role) || null,
      interests: splitInterests(cell(at.interests)),
    });
  }
  return { attendees, problems, as: 'csv' };
}

function fromLines(text: string): ParsedAttendees {
  const attendees: AttendeeInput[] = [];
  const problems: AttendeeProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [who = '', organisation = '', interests = ''] = line.split('|').map((s) => s.trim());
    const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(who);
    const name = (paren ? (paren[1] as string) : who).trim();
    if (!name) {
      problems.push({ line: i + 1, message: 'has no name before the first “|”.' });
      return;
    }
    attendees.push({
      name,
      organisation: organisation || (paren ? (paren[2] as string).trim() : null),
      role: null,
      interests: splitInterests(interests),
    });
  });
  return { attendees, problems, as: 'lines' };
}

export function parseAttendees(text: string): ParsedAttendees {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return looksLikeCsv(firstLine) ? fromCsv(clean) : fromLines(clean);
}
