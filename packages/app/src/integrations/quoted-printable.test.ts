import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, decodeQuotedPrintableBytes } from './quoted-printable.ts';

describe('decodeQuotedPrintable', () => {
  it('decodes UTF-8 by default and when named', () => {
    expect(decodeQuotedPrintable('H=C3=A9l=C3=A8ne')).toBe('Hélène');
    expect(decodeQuotedPrintable('=E2=80=94 =F0=9F=8C=BF', 'UTF-8')).toBe('— 🌿');
  });

  it('decodes ISO-8859-1 and Windows-1252', () => {
    expect(decodeQuotedPrintable('J=FCrgen M=FCller', 'ISO-8859-1')).toBe('Jürgen Müller');
    expect(decodeQuotedPrintable('=80 5', 'windows-1252')).toBe('€ 5');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 and no charset is given', () => {
    expect(decodeQuotedPrintable('Gro=DF')).toBe('Groß');
  });

  it('decodes line breaks and lower-case hex, and keeps malformed escapes', () => {
    expect(decodeQuotedPrintable('a=0D=0Ab=3d')).toBe('a\r\nb=');
    expect(decodeQuotedPrintable('50=% off =ZZ')).toBe('50=% off =ZZ');
  });

  it('ignores a soft break left at the end and falls back to UTF-8 for unknown charsets', () => {
    expect(decodeQuotedPrintable('abc=')).toBe('abc');
    expect(decodeQuotedPrintable('=C3=A9', 'x-klingon')).toBe('é');
  });

  it('encodes stray non-ASCII text as UTF-8 rather than losing it', () => {
    expect([...decodeQuotedPrintableBytes('é=41')]).toEqual([0xc3, 0xa9, 0x41]);
  });
});
