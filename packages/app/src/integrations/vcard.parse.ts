/**
 * Reads a .vcf file (vCard 2.1, 3.0 or 4.0, as phones and address books really
 * write them) into ContactRecords. One bad card never sinks the file: it becomes
 * a RecordProblem that says what is wrong and how to fix it, and the rest parse.
 *
 * We use our own line-level parser rather than ical.js: ical.js rejects the whole
 * input on the first quirk (a BOM, vCard 2.1 bare parameters like `TEL;CELL:`,
 * quoted-printable soft breaks, one malformed line, a missing END:VCARD), which
 * is exactly what real exports contain and what we must report card by card.
 */

import type { ContactRecord, ParseResult, RecordProblem } from './contact-record.ts';
import { type ContentLine, splitContentLine } from './vcard.property.ts';
import { cardToFields, isKeptProperty } from './vcard.record.ts';
import { forEachLogicalLine } from './vcard.unfold.ts';

const BEGIN = /^begin\s*:\s*vcard\s*$/i;
const END = /^end\s*:\s*vcard\s*$/i;

function isBoundary(text: string, pattern: RegExp, initial: number): boolean {
  // Cheap first-letter test before the regex: almost every line is a property.
  const first = text.charCodeAt(0) | 0x20;
  return first === initial && pattern.test(text);
}

function excerpt(text: string): string {
  const flat = text.trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** A card being read: where it began, its kept lines, and the first unreadable line. */
interface OpenCard {
  index: number;
  line: number;
  lines: ContentLine[];
  badLine?: number;
  badText?: string;
  badCount: number;
}

/**
 * Parses every vCard in `text`. Each record carries the 1-based line of its
 * BEGIN:VCARD and its 1-based position among the cards. A card with no name (no
 * FN, N, NICKNAME, ORG or EMAIL to call it by), with a line that is not a vCard
 * property, or without END:VCARD becomes a problem instead. Text outside cards is
 * ignored; a non-empty file with no card at all yields one problem with index 0.
 */
export function parseVCards(text: string): ParseResult {
  const records: ContactRecord[] = [];
  const problems: RecordProblem[] = [];
  let card: OpenCard | undefined;
  let count = 0;

  const labelOf = (open: OpenCard): string | undefined => {
    const name = cardToFields(open.lines).name;
    return name === '' ? undefined : name;
  };
  const problem = (open: OpenCard, line: number, message: string) => {
    const label = labelOf(open);
    problems.push(
      label === undefined
        ? { line, index: open.index, message }
        : { line, index: open.index, label, message },
    );
  };

  const close = (open: OpenCard) => {
    const where = `Card ${open.index} (line ${open.line})`;
    if (open.badLine !== undefined) {
      const more =
        open.badCount > 1 ? ` (and ${open.badCount - 1} more such line${open.badCount > 2 ? 's' : ''})` : '';
      problem(
        open,
        open.badLine,
        `${where}: line ${open.badLine} is not a vCard property ("${excerpt(open.badText ?? '')}")${more}. ` +
          'Each line of a card needs a name and a colon, like "NOTE:your text"; fix or delete that line.',
      );
      return;
    }
    const fields = cardToFields(open.lines);
    if (fields.name === '') {
      problems.push({
        line: open.line,
        index: open.index,
        message: `${where} has no name: add an FN or N line.`,
      });
      return;
    }
    records.push({ line: open.line, index: open.index, ...fields });
  };

  let sawLine = false;
  forEachLogicalLine(text, (content, line) => {
    sawLine = true;
    if (isBoundary(content, BEGIN, 0x62 /* b */)) {
      if (card) {
        problem(
          card,
          card.line,
          `Card ${card.index} (line ${card.line}) has no END:VCARD before the next card starts on line ${line}: ` +
            'add END:VCARD at the end of the card.',
        );
      }
      count++;
      card = { index: count, line, lines: [], badCount: 0 };
      return;
    }
    if (!card) return; // text between cards is allowed and ignored
    if (isBoundary(content, END, 0x65 /* e */)) {
      close(card);
      card = undefined;
      return;
    }
    const property = splitContentLine(content);
    if (!property) {
      card.badCount++;
      if (card.badLine === undefined) {
        card.badLine = line;
        card.badText = content;
      }
      return;
    }
    if (isKeptProperty(property.name)) card.lines.push(property);
  });

  if (card) {
    problem(
      card,
      card.line,
      `Card ${card.index} (line ${card.line}) has no END:VCARD: the file may be cut short. ` +
        'Add END:VCARD after its last line, or export the file again.',
    );
  }
  if (count === 0 && sawLine) {
    problems.push({
      line: 1,
      index: 0,
      message:
        'No vCard found: the file has no BEGIN:VCARD line. Export the contacts as a vCard (.vcf) file.',
    });
  }
  return { records, problems };
}
