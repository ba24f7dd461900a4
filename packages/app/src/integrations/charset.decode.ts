/**
 * vCard 2.1 encodes non-ASCII text as bytes (quoted-printable or base64) with a
 * CHARSET parameter, often missing or wrong. We honour the label when we know it
 * and otherwise guess UTF-8, falling back to Windows-1252 (the superset of
 * ISO-8859-1 that Outlook and old Nokia phones really wrote) when the bytes are
 * not valid UTF-8.
 */

import { TextDecoder } from 'node:util';

const decoders = new Map<string, TextDecoder>();

function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  const key = `${label}|${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label, { fatal });
    } catch {
      return undefined; // an unknown charset label
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

/**
 * Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F (€, curly quotes, dashes).
 * Node 20's TextDecoder decodes those bytes as Latin-1 controls, so we map them
 * ourselves; undefined entries are unassigned and stay as they are.
 */
const CP1252_HIGH = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

/** Labels that all mean Windows-1252 in practice (WHATWG Encoding maps them so). */
const WESTERN = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
  }
  return out;
}

/** Decodes bytes as text in `charset` (any case; undefined means "not said"). */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = charset?.trim().toLowerCase();
  if (label && WESTERN.has(label)) return decodeWindows1252(bytes);
  if (label && label !== 'utf-8' && label !== 'utf8') {
    const named = decoderFor(label, false);
    if (named) return named.decode(bytes);
  }
  try {
    return (decoderFor('utf-8', true) as TextDecoder).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
