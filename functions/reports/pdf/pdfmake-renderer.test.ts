import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawnPages } from './pdf-check.fixture.js';
import { renderPdf } from './pdf-render.js';
import { comparedContext, comparedPdf, pdfmakeOwnPdf } from './pdfmake-own.fixture.js';

/** How many times each operator occurs in a PDF's content streams. */
function operators(pdf: Buffer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, stream] of pdf
    .toString('latin1')
    .matchAll(/FlateDecode[^>]*>>\nstream\n([\s\S]*?)\nendstream/g)) {
    for (const line of inflateSync(Buffer.from(stream ?? '', 'latin1'))
      .toString('latin1')
      .split('\n')) {
      const operator = line.slice(line.lastIndexOf(' ') + 1);
      counts.set(operator, (counts.get(operator) ?? 0) + 1);
    }
  }
  return counts;
}

describe('the PDF renderer', () => {
  it.each([
    ['Helvetica', false],
    ['the embedded Roboto', true],
  ])('draws the pages as pdfmake does, in %s', { timeout: 90_000 }, async (_font, symbol) => {
    const options = await comparedPdf(symbol);
    const [ours, pdfmakes] = await Promise.all([
      renderPdf(options, comparedContext).then((pdf) => drawnPages(pdf)),
      pdfmakeOwnPdf(symbol).then((pdf) => drawnPages(pdf)),
    ]);
    expect(ours.pages.length).toBeGreaterThan(1);
    expect(ours.text).toBe(pdfmakes.text);
    expect(ours.text).toContain(symbol ? 'Indeks ≥ target (Δ)' : 'Sangat');
    ours.pages.forEach((page, i) => {
      expect(page.equals(pdfmakes.pages[i] ?? Buffer.alloc(0)), `page ${i + 1}`).toBe(true);
    });
  });

  it('writes each line of text as one text object and a border’s state only when it changes', async () => {
    const counts = operators(await renderPdf(await comparedPdf(false), comparedContext));
    const count = (operator: string) => counts.get(operator) ?? 0;
    expect(count('TJ')).toBeGreaterThan(500);
    expect(count('BT')).toBeLessThan(count('TJ') * 0.9);
    expect(count('S')).toBeGreaterThan(500);
    expect(count('w')).toBeLessThan(count('S') / 10);
    expect(count('d')).toBeLessThan(count('S') / 10);
  });
});
