import { describe, expect, it } from 'vitest';
import { unfoldLines } from './vcard.unfold.ts';

describe('unfoldLines', () => {
  it('joins folded lines and remembers where each starts', () => {
    expect(unfoldLines('\uFEFFA:1\r\n  b\r\n\tc\r\n\r\nB:2\rC:3\n')).toEqual({
      texts: ['A:1 bc', 'B:2', 'C:3'],
      lines: [1, 5, 6],
    });
  });

  it('joins quoted-printable soft breaks, keeping a continuation that starts with a space', () => {
    const { texts } = unfoldLines('NOTE;ENCODING=QUOTED-PRINTABLE:a=\n b=\n=C3=\n=A9\nX:1');
    expect(texts).toEqual(['NOTE;ENCODING=QUOTED-PRINTABLE:a b=C3=A9', 'X:1']);
  });

  it('never lets a soft break swallow END:VCARD', () => {
    expect(unfoldLines('NOTE;QUOTED-PRINTABLE:a=\nEND:VCARD').texts).toEqual([
      'NOTE;QUOTED-PRINTABLE:a=',
      'END:VCARD',
    ]);
  });

  it('takes unindented base64 lines after a BASE64 property, but not other lines', () => {
    expect(unfoldLines('PHOTO;ENCODING=BASE64;JPEG:/9j/\n4AAQ\n\nhello world\n').texts).toEqual([
      'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ',
      'hello world',
    ]);
    expect(unfoldLines('NOTE:x\nabc').texts).toEqual(['NOTE:x', 'abc']);
  });
});
