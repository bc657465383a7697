import { describe, expect, it } from 'vitest';
import { printedFooter } from './xlsx-sheet.js';

describe('printedFooter', () => {
  it('prints the footer line on the left and the page on the right, an ampersand as itself', () => {
    expect(printedFooter('Dinas A & B · Versi 1')).toBe('&L&8Dinas A && B · Versi 1&R&8&P / &N');
  });

  it("cuts a line too long for Excel's 255 characters (a long agency and signer name), never in an escape", () => {
    const agency =
      'Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk & Keluarga Berencana Kabupaten Hulu Sungai Selatan';
    const line = `${agency} · Disahkan oleh Plt. Dr. H. Muhammad Ridha Fauzi Rahman, S.Sos., M.Si., 8 Januari 2020 23.59 WITA (pengesahan ke-2) · Dibuat 15 Januari 2020 09.00 WITA · Versi 3`;
    const printed = printedFooter(line);
    expect(printed.length).toBeLessThanOrEqual(255);
    expect(printed.length).toBeGreaterThan(250);
    expect(printed).toMatch(/^&L&8Dinas Pemberdayaan .*…&R&8&P \/ &N$/);
    expect(printed.slice(4, -11).replace(/&&/g, '')).not.toContain('&');
  });
});
