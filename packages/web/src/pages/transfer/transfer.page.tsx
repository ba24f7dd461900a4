/**
 * Import & export. An import is read in the browser, checked by a dry run that writes
 * nothing, shown as a preview (new, merged and with whom, skipped with line and reason),
 * and only then run for real. Long files show progress at every step.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { ImportReport } from '../../api/types.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportReportView } from './import-report.tsx';
import {
  estimateRecords,
  formatBytes,
  type ImportFormat,
  type Progress,
  postImport,
  readFileText,
} from './transfer.io.ts';
import './transfer.css';
import { plural } from '../../text/plural.ts';

const FORMAT_CHOICES: { value: ImportFormat | ''; label: string }[] = [
  { value: '', label: 'Work it out from the file' },
  { value: 'vcard', label: 'vCard (.vcf), from a phone or address book' },
  { value: 'linkedin', label: 'LinkedIn connections (Connections.csv)' },
  { value: 'google', label: 'Google Contacts (.csv)' },
  { value: 'json', label: 'Kindred backup (.json)' },
];

interface Loaded {
  fileName: string;
  size: number;
  text: string;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: Progress }
  | { kind: 'sending'; file: Loaded; dryRun: boolean; progress: Progress; uploaded: boolean }
  | { kind: 'preview'; file: Loaded; report: ImportReport }
  | { kind: 'done'; file: Loaded; report: ImportReport }
  | { kind: 'failed'; file: Loaded | null; error: unknown };

export function TransferPage() {
  return (
    <div className="stack transfer-page">
      <PageHeader
        title="Import & export"
        lead="Bring in the people you already know from your phone, LinkedIn or Google, and take everything with you whenever you like."
      />
      <ImportPanel />
      <ExportPanel />
    </div>
  );
}

function ImportPanel() {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hintId = useId();

  const busy = stage.kind === 'reading' || stage.kind === 'sending';

  async function send(loaded: Loaded, dryRun: boolean, chosen: ImportFormat | '') {
    setStage({
      kind: 'sending',
      file: loaded,
      dryRun,
      progress: { loaded: 0, total: loaded.size },
      uploaded: false,
    });
    try {
      const report = await postImport(
        {
          fileName: loaded.fileName,
          text: loaded.text,
          format: chosen || undefined,
          dryRun,
          skipInvalid: true,
        },
        (progress) =>
          setStage((s) =>
            s.kind === 'sending' ? { ...s, progress, uploaded: progress.loaded >= progress.total } : s,
          ),
        () => setStage((s) => (s.kind === 'sending' ? { ...s, uploaded: true } : s)),
      );
      if (dryRun) {
        setStage({ kind: 'preview', file: loaded, report });
      } else {
        setStage({ kind: 'done', file: loaded, report });
        await queryClient.invalidateQueries({ queryKey: ['people'] });
      }
    } catch (error) {
      setStage({ kind: 'failed', file: loaded, error });
    }
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function take(chosenFile: File | undefined) {
    if (!chosenFile || busy) return;
    if (chosenFile.size === 0) {
      setStage({
        kind: 'failed',
        file: null,
        error: new Error(`${chosenFile.name} is empty. Export the contacts again, then choose the new file.`),
      });
      return;
    }
    setStage({ kind: 'reading', fileName: chosenFile.name, progress: { loaded: 0, total: chosenFile.size } });
    try {
      const text = await readFileText(chosenFile, (progress) =>
        setStage((s) => (s.kind === 'reading' ? { ...s, progress } : s)),
      );
      await send({ fileName: chosenFile.name, size: chosenFile.size, text }, true, format);
    } catch (error) {
      setStage({ kind: 'failed', file: null, error });
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void take(e.dataTransfer.files?.[0]);
  }

  function reset() {
    setStage({ kind: 'idle' });
    requestAnimationFrame(() => document.getElementById('import-drop-zone')?.focus());
  }

  const formatError =
    stage.kind === 'failed' && stage.error instanceof ApiError ? stage.error.forField('format') : undefined;
  const toImport = stage.kind === 'preview' ? stage.report.created.length + stage.report.merged.length : 0;

  return (
    <section className="card stack" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className="muted" id={hintId}>
        A vCard file (3.0 or 4.0) from your phone or address book, LinkedIn’s Connections.csv, a Google
        Contacts CSV, or a Kindred backup. Kindred first shows you what it would do; nothing is saved until
        you say so.
      </p>

      {stage.kind === 'idle' || stage.kind === 'failed' ? (
        <>
          <Field
            label="What kind of file"
            hint="Leave it to Kindred unless it guesses wrong."
            error={formatError}
          >
            <select value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | '')}>
              {FORMAT_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            id="import-drop-zone"
            className={`drop-zone${dragging ? ' dragging' : ''}`}
            aria-describedby={hintId}
            onClick={() => inputRef.current?.click()}
            onDragEnter={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragOver={(e) => {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'copy';
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <span className="drop-zone-title">Choose a file to import</span>
            <span className="drop-zone-sub">
              {dragging ? 'Drop it to check it' : 'or drag and drop it here'}
            </span>
          </button>
        </>
      ) : null}
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Contacts file to import"
        accept=".vcf,.vcard,.csv,.json,text/vcard,text/csv,application/json"
        onChange={(e) => {
          void take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />

      {stage.kind === 'reading' ? (
        <ProgressBlock
          label={`Reading ${stage.fileName}`}
          progress={stage.progress}
          text={`${formatBytes(stage.progress.loaded)} of ${formatBytes(stage.progress.total)} read`}
        />
      ) : null}

      {stage.kind === 'sending' ? <SendingBlock stage={stage} format={format} /> : null}

      {stage.kind === 'failed' ? (
        <div className="stack">
          <h3 ref={headingRef} tabIndex={-1}>
            {stage.file ? `${stage.file.fileName} was not imported` : 'The file could not be read'}
          </h3>
          <ErrorNote error={stage.error} />
          {stage.file ? (
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => stage.file && send(stage.file, true, format)}
              >
                Check {stage.file.fileName} again
              </button>
              <span className="muted">for example after choosing the kind of file above.</span>
            </div>
          ) : null}
        </div>
      ) : null}

      {stage.kind === 'preview' ? (
        <div className="stack import-preview">
          <h3 ref={headingRef} tabIndex={-1}>
            Preview of {stage.file.fileName}: nothing is saved yet
          </h3>
          <ImportReportView report={stage.report} />
          <div className="row">
            {toImport > 0 ? (
              <button type="button" className="primary" onClick={() => send(stage.file, false, format)}>
                Import {toImport === 1 ? 'this person' : `these ${toImport} people`}
              </button>
            ) : (
              <p className="muted">There is nobody in this file to import.</p>
            )}
            <button type="button" onClick={reset}>
              Choose another file
            </button>
          </div>
        </div>
      ) : null}

      {stage.kind === 'done' ? (
        <div className="stack import-done">
          <h3 ref={headingRef} tabIndex={-1}>
            Imported {stage.file.fileName}
          </h3>
          <p className="note" role="status">
            {plural(stage.report.created.length, 'person', 'people')} added, {stage.report.merged.length}{' '}
            merged, {stage.report.skipped.length} skipped. Take a moment with the new names: a note on how you
            met makes the plan much better.
          </p>
          <ImportReportView report={stage.report} />
          <div className="row">
            <Link className="button primary" to="/people">
              See your people
            </Link>
            <button type="button" onClick={reset}>
              Import another file
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function SendingBlock({
  stage,
  format,
}: {
  stage: Extract<Stage, { kind: 'sending' }>;
  format: ImportFormat | '';
}) {
  const count = estimateRecords(stage.file.text, format || undefined);
  const what = count === null ? 'the contacts' : plural(count, 'contact');
  if (!stage.uploaded) {
    return (
      <ProgressBlock
        label={`Sending ${stage.file.fileName}${stage.dryRun ? ' for a check' : ''}`}
        progress={stage.progress}
        text={`${formatBytes(stage.progress.loaded)} of ${formatBytes(stage.progress.total)} sent`}
      />
    );
  }
  return (
    <div className="progress-block">
      <progress aria-label={`Kindred is reading ${what}`} />
      <p role="status" aria-live="polite">
        {stage.dryRun
          ? `Kindred is reading ${what}… (a check only: nothing is saved yet)`
          : `Kindred is reading ${what}… and saving them.`}
      </p>
    </div>
  );
}

function ProgressBlock({ label, progress, text }: { label: string; progress: Progress; text: string }) {
  const percent =
    progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div className="progress-block">
      <progress aria-label={label} max={100} value={percent} aria-valuetext={`${percent}%: ${text}`} />
      <p role="status" aria-live="polite">
        {label}: {percent}% ({text})
      </p>
    </div>
  );
}
