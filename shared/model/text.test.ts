import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, ZFreeTextSchema, ZNameSchema } from './text.js';

/** Whether a text holds a control character other than those `allowed`, or a bidi override. */
const hasUnsafe = (text: string, allowed: number[]) =>
  [...text].some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    return (control && !allowed.includes(code)) || bidi;
  });

describe('text as stored', () => {
  it('removes bidi overrides and control characters from a file name, keeping what it says', () => {
    expect(ZNameSchema(200).parse(' laporan\u202Efdp.exe\u0000 ')).toBe('laporanfdp.exe');
    expect(ZNameSchema(200).parse('Data\tdukung\r\nTW1\u2066')).toBe('Data dukung TW1');
  });

  it('keeps line breaks and tabs in free text, as LF', () => {
    expect(ZFreeTextSchema(4000).parse('Banjir\r\nbulan\u0007 Agustus.\u202D\n\tSelesai.')).toBe(
      'Banjir\nbulan Agustus.\n\tSelesai.',
    );
  });

  it('refuses a name that is blank once trimmed and cleaned', () => {
    for (const blank of ['', '   ', '\u202E', '\t\n', '\u0000\u2066 ']) {
      expect(ZNameSchema(20).safeParse(blank).error?.issues[0]?.message).toBe('wajib diisi');
    }
    expect(ZNameSchema(5).safeParse('enam..').error?.issues[0]?.message).toBe('paling banyak 5 karakter');
  });

  it('never lets an unsafe character through, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        return !hasUnsafe(cleanText(text), [0x09, 0x0a]) && !hasUnsafe(cleanLine(text), []);
      }),
    );
  });
});
