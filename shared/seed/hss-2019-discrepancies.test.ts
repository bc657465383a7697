import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTyped } from './discrepancy.js';
import { renderDiscrepancies } from './discrepancy-markdown.js';
import { findSeedDiscrepancies2019 } from './hss-2019-discrepancies.js';

const list = findSeedDiscrepancies2019();

/** Markdown lines with table cells trimmed: the formatter pads the doc's columns. */
const tablesOf = (markdown: string) =>
  markdown
    .trim()
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((c) => c.trim().replace(/^-+$/, '-'))
            .join('|')
        : line,
    );
const find = (where: string) => list.filter((d) => d.where.includes(where));

describe('findSeedDiscrepancies2019', () => {
  it('finds 30 slips, 10 roundings, 36 zero achievements without target and 12 budget versions', () => {
    const count = (kind: string) => list.filter((d) => d.kind === kind).length;
    expect([count('slip'), count('rounded'), count('no-target'), count('version')]).toEqual([30, 10, 36, 12]);
  });

  it('corrects the sisa of Penyediaan peralatan dan perlengkapan kantor', () => {
    expect(find('7.1 Penyediaan Peralatan dan Perlengkapan Kantor · sisa')).toEqual([
      expect.objectContaining({ kind: 'slip', reported: 'Rp 507.000', computed: 'Rp 10.450.000' }),
    ]);
  });

  it('corrects the key indicator formula and its TW4 cell', () => {
    expect(find('formula under Tabel 2')).toEqual([
      expect.objectContaining({ reported: '10.249 / 16.982 = 60,85 %', computed: '60,35 %' }),
    ]);
    expect(find('IKU-3 Persentase Angka PMKS yang mandiri · capaian TW4')).toEqual([
      expect.objectContaining({
        kind: 'slip',
        reported: '2229',
        computed: 'TW4: 2.229,63 %; s.d. TW4: 91,80 %',
      }),
    ]);
  });

  it('lists "190" as rounded and leaves the right TW4 column of Bantuan Usaha bagi Masyarakat Miskin out', () => {
    expect(find('2.b Tingkat rehabilitasi').map((d) => [d.kind, d.reported])).toEqual([['rounded', '190']]);
    expect(find('1.1.a Bantuan Usaha bagi Masyarakat Miskin · capaian TW4')).toEqual([]);
    expect(find('1.1.a Bantuan Usaha bagi Masyarakat Miskin · capaian TW1')[0]?.kind).toBe('no-target');
  });

  it('is the list docs/SEED-DISCREPANCIES.md shows', () => {
    // Reading the doc is the test's business only: the code under test stays free of I/O.
    const doc = readFileSync(new URL('../../docs/SEED-DISCREPANCIES.md', import.meta.url), 'utf8');
    const generated = /<!-- generated:start -->\n([\s\S]*)<!-- generated:end -->/.exec(doc)?.[1] ?? '';
    expect(tablesOf(generated)).toEqual(tablesOf(renderDiscrepancies(list)));
  });
});

describe('compareTyped', () => {
  it('tells right, rounded and wrong typed figures apart', () => {
    expect(compareTyped('92,31', [92.3077])).toBe('ok');
    expect(compareTyped('111', [111.111])).toBe('rounded');
    expect(compareTyped('2229', [2229.63, 91.71])).toBe('slip');
    expect(compareTyped('0', [null])).toBe('slip');
  });
});
