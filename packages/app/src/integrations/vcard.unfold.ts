/**
 * Splits a vCard file into logical content lines, keeping the physical line
 * number each starts on so every problem can point at the right line.
 *
 * Real files mix three kinds of continuation:
 * - folding (RFC 6350 §3.2): a line starting with a space or tab continues the
 *   previous one (the single leading whitespace character is dropped);
 * - quoted-printable soft breaks (vCard 2.1): a QP value ending in `=` continues
 *   on the next line, which is not indented;
 * - unindented base64 (some vCard 2.1 writers): lines of base64 alphabet after
 *   an ENCODING=BASE64 property, ended by a blank line.
 */

/** Logical lines as two parallel arrays (handy in tests). */
export interface UnfoldedLines {
  texts: string[];
  /** 1-based physical line on which each logical line starts. */
  lines: number[];
}

const QUOTED_PRINTABLE = /quoted-printable/i;
const BASE64_PARAM = /;\s*(?:encoding\s*=\s*)?(?:base64|b)\s*(?:[;:]|$)/i;
const BASE64_TEXT = /^[A-Za-z0-9+/=]+$/;

/** The part of a content line before its value (name and parameters). */
function head(text: string): string {
  const colon = text.indexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

/** A soft break never swallows the card's own BEGIN/END line, whatever a buggy writer left before it. */
function isCardBoundary(line: string): boolean {
  return /^(?:begin|end):vcard\s*$/i.test(line);
}

/**
 * Calls `visit` with each logical line (unfolded, never empty) and the 1-based
 * physical line it starts on. Lines are handed over one at a time rather than
 * collected, so a 50,000-card file never holds a million line strings at once
 * (that garbage, not the parsing, is what made large files slow).
 */
export function forEachLogicalLine(text: string, visit: (content: string, line: number) => void): void {
  const length = text.length;
  let current: string | undefined;
  let currentLine = 0;
  let lineNumber = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Positions of the next LF and CR at or after `start`, found with native indexOf
  // (much faster than walking the characters); `length` stands for "none left".
  let nextLf = -1;
  let nextCr = -1;
  while (start <= length) {
    if (nextLf < start) {
      nextLf = text.indexOf('\n', start);
      if (nextLf === -1) nextLf = length;
    }
    if (nextCr < start) {
      nextCr = text.indexOf('\r', start);
      if (nextCr === -1) nextCr = length;
    }
    const end = Math.min(nextLf, nextCr);
    const line = text.slice(start, end);
    lineNumber++;
    start = end === nextCr && nextLf === end + 1 ? end + 2 : end + 1;
    if (current !== undefined) {
      // A soft break first: a QP continuation line is content, even when it starts with a space.
      if (current.endsWith('=') && !isCardBoundary(line) && QUOTED_PRINTABLE.test(head(current))) {
        current = current.slice(0, -1) + line;
        continue;
      }
      const first = line.charCodeAt(0);
      if (first === 32 || first === 9) {
        current += line.slice(1);
        continue;
      }
      if (
        line !== '' &&
        line.indexOf(':') === -1 &&
        BASE64_TEXT.test(line) &&
        BASE64_PARAM.test(head(current))
      ) {
        current += line;
        continue;
      }
      visit(current, currentLine);
      current = undefined;
    }
    if (line !== '') {
      current = line;
      currentLine = lineNumber;
    }
  }
  if (current !== undefined) visit(current, currentLine);
}

/** Unfolds `text` into arrays of logical lines (BOM; CRLF, LF or CR line ends). */
export function unfoldLines(text: string): UnfoldedLines {
  const texts: string[] = [];
  const lines: number[] = [];
  forEachLogicalLine(text, (content, line) => {
    texts.push(content);
    lines.push(line);
  });
  return { texts, lines };
}
