/**
 * The common shape every contact importer (vCard, LinkedIn CSV, Google CSV) produces.
 * Importers only parse; turning records into people (dedupe, merge, save) is the
 * import use case's job, so every format gets the same duplicate and error handling.
 */

export interface LabelledValue {
  value: string;
  /** Free label from the source, lower-case ("work", "home", "mobile"), when it gave one. */
  label?: string;
}

export interface ContactRecord {
  /** 1-based line in the source file where this record starts (for messages). */
  line: number;
  /** 1-based position of the record in the file. */
  index: number;
  name: string;
  organisation?: string;
  team?: string;
  role?: string;
  emails: LabelledValue[];
  phones: LabelledValue[];
  links: LabelledValue[];
  /** `YYYY-MM-DD`, or `--MM-DD` when the source gave no year. */
  birthday?: string;
  notes?: string;
  tags: string[];
  /** `YYYY-MM-DD`: when the connection was made, where the source knows it. */
  metOn?: string;
  /** How this contact came to us, e.g. "LinkedIn connection". */
  metHow?: string;
  /** An embedded photo as a `data:` URI, or a photo URL. */
  photo?: string;
}

/** A record the parser could not read; `line` is 1-based in the source file. */
export interface RecordProblem {
  line: number;
  index: number;
  /** What identifies the record to a person, e.g. its name, when one could be read. */
  label?: string;
  message: string;
}

export interface ParseResult {
  records: ContactRecord[];
  problems: RecordProblem[];
}
