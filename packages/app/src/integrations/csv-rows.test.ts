import { describe, expect, it } from 'vitest';
import { findHeaderRow, readCsvRows } from './csv-rows.ts';

describe('readCsvRows', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives each row the physical line it starts on (%s)', (_, eol) => {
    const text = ['\uFEFFa,b', '', 'c,"multi', 'line', 'value"', ',', 'd,e'].join(eol);
    const { rows, errors } = readCsvRows(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'multi\nline\nvalue'], line: 3 },
      { cells: ['d', 'e'], line: 7 },
    ]);
  });

  it('tolerates stray quotes and reports an unclosed one with its line', () => {
    const { rows, errors } = readCsvRows('a,b\nsay "hi",x\nc,"never closed\nd,e\n');
    expect(rows).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['say "hi"', 'x'], line: 2 },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^Line \d+ could not be read as CSV: a quoted value is never closed/);
  });
});

describe('findHeaderRow', () => {
  it('finds the header after a preamble, whatever its case and spacing', () => {
    const { rows } = readCsvRows('Notes:\n"Some text, with commas"\n\n first  name ,LAST NAME,URL\nA,B,C\n');
    expect(findHeaderRow(rows, ['First Name', 'Last Name'])).toBe(2);
    expect(findHeaderRow(rows, ['Given Name'])).toBe(-1);
  });
});
