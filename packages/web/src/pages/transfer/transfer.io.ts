/**
 * The two slow steps of an import, each reporting progress: reading the file in the
 * browser (FileReader), and sending it to the server (XMLHttpRequest, whose upload
 * reports progress where fetch does not). Failures become the same ApiError the rest
 * of the app shows, so the server's message and line numbers reach the page.
 */
import type { IMPORT_FORMATS } from '../../../../app/src/import/import-file.service.ts';
import { ApiError, type ErrorDetail } from '../../api/client.ts';
import type { ImportReport } from '../../api/types.ts';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest {
  fileName: string;
  text: string;
  format?: ImportFormat | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
}

export interface Progress {
  loaded: number;
  total: number;
}

/** Reads a file as UTF-8 text, reporting bytes read. */
export function readFileText(file: File, onProgress: (p: Progress) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    reader.onload = () => {
      onProgress({ loaded: file.size, total: file.size });
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () =>
      reject(
        new Error(
          `${file.name} could not be read (${reader.error?.message ?? 'the browser gave no reason'}). Check that the file is still there, then choose it again.`,
        ),
      );
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * POST /api/import. `onUploaded` fires once the body has left the browser: from then on
 * the server is reading, and only a status (not a percentage) can be shown.
 */
export function postImport(
  body: ImportRequest,
  onUpload: (p: Progress) => void,
  onUploaded: () => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/import');
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUpload({ loaded: e.loaded, total: e.total });
    };
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () =>
      reject(
        new ApiError(
          0,
          'network_error',
          'Kindred’s server could not be reached. Check that it is still running, then try again.',
        ),
      );
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as ImportReport);
        return;
      }
      const error = (
        parsed as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | undefined
      )?.error;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'http_error',
          error?.message ?? `The server answered ${xhr.status} without an explanation. Please try again.`,
          Array.isArray(error?.details) ? error.details : [],
        ),
      );
    };
    xhr.send(JSON.stringify(body));
  });
}

/** A rough count of the contacts in a file, for "Kindred is reading N contacts…". */
export function estimateRecords(text: string, format: ImportFormat | undefined): number | null {
  const vcards = text.match(/^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/gim)?.length ?? 0;
  if (format === 'vcard' || (!format && vcards > 0)) return vcards;
  const trimmed = text.trimStart();
  if (format === 'json' || (!format && trimmed.startsWith('{'))) {
    try {
      const people = (JSON.parse(trimmed) as { people?: unknown[] }).people;
      return Array.isArray(people) ? people.length : null;
    } catch {
      return null;
    }
  }
  // CSV: lines after the header (LinkedIn adds a short preamble; close enough for a status).
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
  return lines > 1 ? lines - 1 : null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
