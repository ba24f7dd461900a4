/**
 * Quoted-printable (RFC 2045), as vCard 2.1 writers use it for accented names
 * and multi-line notes. Soft line breaks are joined by the line unfolder before
 * values reach here, but a stray trailing `=` is tolerated too.
 */

import { decodeBytes } from './charset.decode.ts';

const encoder = new TextEncoder();

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 70) return code - 55; // A-F
  if (code >= 97 && code <= 102) return code - 87; // a-f (lenient: RFC says upper case)
  return -1;
}

/** Decodes a quoted-printable value to bytes; malformed `=` sequences are kept literally. */
export function decodeQuotedPrintableBytes(value: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 61 /* = */) {
      const high = hexValue(value.charCodeAt(i + 1));
      const low = hexValue(value.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes.push(high * 16 + low);
        i += 2;
        continue;
      }
      if (i + 1 >= value.length) break; // soft line break left at the very end
      bytes.push(code);
    } else if (code < 128) {
      bytes.push(code);
    } else {
      // Should not occur in QP, but a file re-saved by an editor may hold raw text.
      const char = String.fromCodePoint(value.codePointAt(i) as number);
      for (const byte of encoder.encode(char)) bytes.push(byte);
      i += char.length - 1;
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes a quoted-printable value to text in the given CHARSET (UTF-8 guessed when absent). */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  return decodeBytes(decodeQuotedPrintableBytes(value), charset);
}
