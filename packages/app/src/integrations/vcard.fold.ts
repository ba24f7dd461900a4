/**
 * Line folding for written vCards: RFC 2426 §2.6 / RFC 6350 §3.2 ask for lines of
 * at most 75 octets, continued on lines that start with one space. We count
 * UTF-8 octets and only break between code points, so an accent or emoji is never
 * cut in half (readers that decode per line would show mojibake).
 */

const LIMIT = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one content line; the result has no trailing line break. */
export function foldLine(line: string): string {
  // Fast path: a line of at most 75 UTF-16 units that is ASCII fits.
  if (line.length <= LIMIT && /^[\x20-\x7e]*$/.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let budget = LIMIT;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) as number;
    const size = utf8Length(codePoint);
    const units = codePoint > 0xffff ? 2 : 1;
    if (octets + size > budget) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      budget = LIMIT - 1; // the leading space counts towards the 75
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
