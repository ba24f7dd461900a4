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

/** Logical lines as two parallel arrays (cheap for files of 50,000 cards). */
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

/** Unfolds `text` (BOM already stripped or not; CRLF, LF or CR endings). */
export function unfoldLines(text: string): UnfoldedLines {
  const physical = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const texts: string[] = [];
  const lines: number[] = [];
  let current: string | undefined;
  let currentLine = 0;

  const flush = () => {
    if (current !== undefined) {
      texts.push(current);
      lines.push(currentLine);
      current = undefined;
    }
  };

  for (let i = 0; i < physical.length; i++) {
    const line = physical[i] as string;
    const first = line.charCodeAt(0);
    if (current !== undefined) {
      // A soft break first: a QP continuation line is content, even when it starts with a space.
      if (current.endsWith('=') && !isCardBoundary(line) && QUOTED_PRINTABLE.test(head(current))) {
        current = current.slice(0, -1) + line;
        continue;
      }
      if (first === 32 || first === 9) {
        current += line.slice(1);
        continue;
      }
      if (line !== '' && line.indexOf(':') === -1 && BASE64_TEXT.test(line) && BASE64_PARAM.test(head(current))) {
        current += line;
        continue;
      }
    }
    flush();
    if (line === '') continue;
    current = line;
    currentLine = i + 1;
  }
  flush();
  return { texts, lines };
}
