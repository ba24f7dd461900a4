/**
 * Folding text for comparison: what a person would call "the same name" should compare
 * equal ("José  Núñez" and "jose nunez"). Used for search, duplicate detection and
 * addressing people by part of their name.
 */

const PLAIN_ASCII = /^[A-Za-z0-9 ]*$/;

export function foldText(text: string): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (imports fold
  // every name and organisation, so this is a hot path).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().trim().replace(/ {2,}/g, ' ');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The key under which two channel values count as the same address. */
export function channelKey(kind: string, value: string): string {
  const trimmed = value.trim();
  if (kind === 'email') return trimmed.toLowerCase();
  if (kind === 'phone') {
    const digits = trimmed.replace(/[^\d+]/g, '');
    return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
  }
  if (kind === 'link')
    return trimmed
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return trimmed.toLowerCase();
}
