import { describe, expect, it } from 'vitest';
import { renderPerformancePdf } from '../documents/performance-report.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { inspectPdf } from './pdf-check.fixture.js';
import { fontFor } from './pdf-fonts.js';

describe('the PDF font', () => {
  it('is the standard Helvetica for text it can show, embedded Roboto otherwise', () => {
    expect(fontFor(['Dinas Sosial – “Sangat tinggi” · 95,14 % × 100 Rp…'])).toBe('Helvetica');
    expect(fontFor(['Capaian ≥ 91 %'])).toBe('Roboto');
    expect(fontFor(['Kabupaten Hulu Sungai Selatan', 'Δ indeks'])).toBe('Roboto');
  });

  it('reads the texts of a whole document content, at any depth', () => {
    const cell = (text: unknown) => ({ text, bold: true, margin: [0, 1, 0, 1] });
    const content = (deepest: string) => [
      { text: 'Tabel', fontSize: 12 },
      { table: { widths: [40, '*'], body: [[cell('No'), cell(['Indikator ', cell(deepest)])]] } },
    ];
    expect(fontFor([content('95,14 % – “Tinggi”')])).toBe('Helvetica');
    expect(fontFor([content('Indeks ≥ target')])).toBe('Roboto');
  });

  it('switches to Roboto for the whole document when one indicator needs it', async () => {
    const { performance } = seedTables(2, 'sekretariat');
    const plain = await inspectPdf(await renderPerformancePdf(performance, seedContext(2)));
    expect(plain.fonts).toContain('Helvetica');
    expect(plain.fonts).not.toContain('Roboto');
    const [first, ...rest] = performance.rows;
    if (!first) throw new Error('no rows');
    const withSymbol = {
      ...performance,
      rows: [{ ...first, indicatorName: 'Indeks ≥ target (Δ)' }, ...rest],
    };
    const embedded = await inspectPdf(await renderPerformancePdf(withSymbol, seedContext(2)));
    expect(embedded.fonts).toContain('Roboto');
    expect(embedded.text).toContain('Indeks ≥ target (Δ)');
  });
});
