import { describe, expect, it } from 'vitest';
import { reportMessages } from '../../../shared/messages/reports.js';
import { defaultStatusBands } from '../../../shared/model/status-band.js';
import { excelNumberFormat, numberedHeaderRow, textColorOn } from './report-table.js';
import { formatGeneratedAt } from './report-time.js';
import { formatNip } from './signature-blocks.js';
import { bandLegend } from './status-cells.js';

describe('report wording', () => {
  const at = new Date('2026-01-01T16:30:00Z');

  it("states times in the agency's zone with its Indonesian abbreviation", () => {
    expect(formatGeneratedAt(at, 'Asia/Makassar', 'id')).toBe('2 Januari 2026 00.30 WITA');
    expect(formatGeneratedAt(at, 'Asia/Jakarta', 'id')).toBe('1 Januari 2026 23.30 WIB');
    expect(formatGeneratedAt(at, 'Asia/Jayapura', 'en')).toBe('2 January 2026 01:30 WIT');
  });

  it('writes NIPs in their groups and names regents as reports do', () => {
    expect(formatNip('196703281986092001')).toBe('19670328 198609 2 001');
    expect(reportMessages.id.regentOf('Kabupaten Hulu Sungai Selatan')).toBe('BUPATI HULU SUNGAI SELATAN');
    expect(reportMessages.id.regentOf('Kota Banjarmasin')).toBe('WALI KOTA BANJARMASIN');
  });
});

describe('table helpers', () => {
  it('turns display formats into spreadsheet formats', () => {
    expect(excelNumberFormat({ decimals: 0 })).toBe('#,##0');
    expect(excelNumberFormat({ decimals: 2, suffix: ' (A)' })).toBe('#,##0.00" (A)"');
  });

  it('picks readable text on band colours', () => {
    expect(textColorOn('#1b5e20')).toBe('#ffffff');
    expect(textColorOn('#fdd835')).toBe('#000000');
  });

  it('numbers header columns under spans', () => {
    expect(numberedHeaderRow([2, 1])).toEqual([{ text: '1', colSpan: 2 }, null, { text: '2' }]);
  });

  it('states each band range in the legend', () => {
    expect(bandLegend(defaultStatusBands, 'id').map((b) => b.label)).toEqual([
      'Sangat tinggi (91 % ke atas)',
      'Tinggi (76 – < 91 %)',
      'Sedang (66 – < 76 %)',
      'Rendah (51 – < 66 %)',
      'Sangat rendah (< 51 %)',
    ]);
  });
});
