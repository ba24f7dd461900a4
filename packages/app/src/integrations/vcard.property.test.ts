import { describe, expect, it } from 'vitest';
import { parseParams, splitContentLine } from './vcard.property.ts';

describe('splitContentLine', () => {
  it('splits group, name, parameters and value', () => {
    expect(splitContentLine('item1.EMAIL;type=INTERNET:a@b.example')).toEqual({
      group: 'item1',
      name: 'EMAIL',
      rawParams: 'type=INTERNET',
      value: 'a@b.example',
    });
    expect(splitContentLine('fn:Ana: the first')).toEqual({
      group: undefined,
      name: 'FN',
      rawParams: '',
      value: 'Ana: the first',
    });
  });

  it('allows colons and semicolons inside quoted parameter values', () => {
    expect(splitContentLine('TEL;TYPE="work,voice";X-NOTE="a:b;c":tel:+1')?.value).toBe('tel:+1');
  });

  it('rejects lines that are not properties', () => {
    for (const line of ['bring the slides', 'Call me: later', ':value', 'A.B.C:x', 'NOTE;TYPE=x']) {
      expect(splitContentLine(line)).toBeUndefined();
    }
  });
});

describe('parseParams', () => {
  it('reads every TYPE style into one list', () => {
    expect(parseParams('TYPE=work,voice').get('TYPE')).toEqual(['work', 'voice']);
    expect(parseParams('TYPE=WORK;TYPE=CELL').get('TYPE')).toEqual(['WORK', 'CELL']);
    expect(parseParams('TYPE="work,cell,voice"').get('TYPE')).toEqual(['work', 'cell', 'voice']);
    expect(parseParams('CELL;WORK').get('TYPE')).toEqual(['CELL', 'WORK']);
  });

  it('files bare 2.1 encodings under ENCODING and keeps other parameters', () => {
    const params = parseParams('CHARSET=UTF-8;QUOTED-PRINTABLE;x-user=jdoe');
    expect(params.get('ENCODING')).toEqual(['QUOTED-PRINTABLE']);
    expect(params.get('CHARSET')).toEqual(['UTF-8']);
    expect(params.get('X-USER')).toEqual(['jdoe']);
  });
});
