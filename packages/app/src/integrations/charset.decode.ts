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

/** Decodes bytes as text in `charset` (any case; undefined means "not said"). */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = charset?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    const named = decoderFor(label, false);
    if (named) return named.decode(bytes);
  }
  try {
    return (decoderFor('utf-8', true) as TextDecoder).decode(bytes);
  } catch {
    return (decoderFor('windows-1252', false) as TextDecoder).decode(bytes);
  }
}
