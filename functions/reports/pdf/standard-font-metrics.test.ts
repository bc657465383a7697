import PDFKit from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { renderPerformancePdf } from '../documents/performance-report.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { parseStandardFontsOnce } from './standard-font-metrics.js';

describe('standard fonts', () => {
  it('are parsed once per process, and a later document comes out the same from the kept metrics', async () => {
    const { performance } = seedTables(2);
    const first = await renderPerformancePdf(performance, seedContext(2));
    // Each new document's font holds the metrics parsed the first time, not a parse of its own.
    const metricsOf = (font: string) =>
      Reflect.get(Reflect.get(new PDFKit({ autoFirstPage: false, font }), '_font'), 'font');
    for (const font of ['Helvetica', 'Helvetica-Bold'])
      expect(metricsOf(font).glyphWidths).toBe(metricsOf(font).glyphWidths);
    const second = await renderPerformancePdf(performance, seedContext(2));
    expect(second.equals(first)).toBe(true);
  });

  it('measure a text once per font, at every size as pdfkit does', () => {
    parseStandardFontsOnce();
    const font = Reflect.get(new PDFKit({ autoFirstPage: false, font: 'Helvetica-Bold' }), '_font');
    const metrics = Reflect.get(font, 'font');
    const advances = vi.spyOn(Object.getPrototypeOf(metrics), 'advancesForGlyphs');
    const width = (text: string, size: number) =>
      Number(Reflect.apply(font.widthOfString, font, [text, size]));
    // Kerned pairs (AV, To, Wa) and a character outside ASCII, measured nowhere else.
    const text = 'AVTo Wa · 2.229,63 % (width test)';
    const at10 = width(text, 10);
    const at7 = width(text, 7.5);
    expect(advances).toHaveBeenCalledTimes(1);
    const measured: number[] = advances.mock.results[0]?.value ?? [];
    const units = measured.reduce((sum, advance) => sum + advance, 0);
    expect(units).toBeGreaterThan(0);
    expect(at10).toBe(units * (10 / 1000));
    expect(at7).toBe(units * (7.5 / 1000));
    advances.mockRestore();
  });

  it('encode a text once per font for drawing, the same glyph codes and advances each time', () => {
    parseStandardFontsOnce();
    const font = Reflect.get(new PDFKit({ autoFirstPage: false, font: 'Helvetica' }), '_font');
    const metrics = Reflect.get(font, 'font');
    const advances = vi.spyOn(Object.getPrototypeOf(metrics), 'advancesForGlyphs');
    const encode = (text: string) => Reflect.apply(font.encode, font, [text]) as [string[], object[]];
    const text = 'AVTo Wa · 95,14 % (encode test)';
    const first = encode(text);
    const again = encode(text);
    expect(advances).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    // A kerned pair (A then V) advances less than A's width; the middle dot is WinAnsi's b7.
    const [codes, positions] = first as [string[], { xAdvance: number; advanceWidth: number }[]];
    expect(codes.slice(0, 2)).toEqual(['41', '56']);
    expect(codes[8]).toBe('b7');
    expect(positions[0]?.xAdvance).toBeLessThan(positions[0]?.advanceWidth ?? 0);
    advances.mockRestore();
  });
});
