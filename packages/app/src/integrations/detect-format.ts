/**
 * Works out which importer a file needs. People rename files and phones pick odd
 * extensions, so the content decides first; the file name is only a fallback
 * for files whose content says nothing (empty, or cut short before the header).
 */

import { headerKey } from './csv-rows.ts';

/** The contact formats Kindred imports. */
export type ContactFormat = 'vcard' | 'linkedin' | 'google' | 'json';

/** How far into the file a CSV header is looked for (LinkedIn's preamble is short). */
const HEAD_CHARS = 64 * 1024;
const HEAD_LINES = 30;

const VCARD = /^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/im;
const GOOGLE_MARKERS = [
  'labels',
  'file as',
  'organization name',
  'e-mail 1 - value',
  'phone 1 - value',
  'middle name',
];

function headerCells(line: string): Set<string> {
  return new Set(line.split(',').map((cell) => headerKey(cell.replace(/^\s*"|"\s*$/g, ''))));
}

function csvFormat(text: string): ContactFormat | null {
  const lines = text.slice(0, HEAD_CHARS).split(/\r\n|\r|\n/, HEAD_LINES);
  for (const line of lines) {
    const cells = headerCells(line);
    if (cells.has('given name') && cells.has('family name')) return 'google';
    if (!cells.has('first name') || !cells.has('last name')) continue;
    if (cells.has('connected on')) return 'linkedin';
    if (GOOGLE_MARKERS.some((marker) => cells.has(marker))) return 'google';
  }
  return null;
}

function byName(fileName: string): ContactFormat | null {
  const name = fileName.toLowerCase().split(/[\\/]/).pop() ?? '';
  if (name.endsWith('.vcf') || name.endsWith('.vcard')) return 'vcard';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) {
    if (name.includes('connections')) return 'linkedin';
    if (name.includes('google') || name.includes('contacts')) return 'google';
  }
  return null;
}

/**
 * Detects the format of a contacts file: by content (a leading `{` or `[` means
 * JSON; a BEGIN:VCARD line means vCard; LinkedIn's and Google's header rows), then
 * by file name (`.vcf`/`.vcard`, `.json`, and `.csv` named like LinkedIn's
 * Connections.csv or Google's contacts.csv). Null when neither tells: a CSV with
 * an unknown header is not guessed at.
 */
export function detectContactFormat(fileName: string, text: string): ContactFormat | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  if (VCARD.test(body)) return 'vcard';
  return csvFormat(body) ?? byName(fileName);
}
