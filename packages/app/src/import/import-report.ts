/** What an import did (or, on a dry run, would do), record by record. */

export interface ImportedRecord {
  line: number;
  record: number;
  name: string;
  personId: string;
}

export interface MergedRecord extends ImportedRecord {
  /** The name of the person the record was merged into. */
  intoName: string;
  /** Why they count as the same person. */
  reason: string;
}

export interface SkippedRecord {
  line: number;
  record: number;
  label: string | null;
  reason: string;
}

export interface ImportReport {
  format: string;
  dryRun: boolean;
  records: number;
  created: ImportedRecord[];
  merged: MergedRecord[];
  skipped: SkippedRecord[];
}

export type ProgressListener = (done: number, total: number) => void;
