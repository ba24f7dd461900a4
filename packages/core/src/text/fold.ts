/**
 * Folding text for comparison: what a person would call "the same name" should compare
 * equal ("José  Núñez" and "jose nunez"). Used for search, duplicate detection and
 * addressing people by part of their name.
 */

export function foldText(text: string): string {
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
