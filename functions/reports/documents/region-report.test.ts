import { describe, expect, it } from 'vitest';
import { defaultStatusBands } from '../../../shared/model/status-band.js';
import { compileRegionQuarter } from '../../../shared/region/region-compilation.js';
import { seedRegion } from '../../../shared/seed/organisation.js';
import { inspectPdf } from '../pdf/pdf-check.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { e81Sheet } from '../tables/e81-report-table.js';
import { regionRecapSheet, type TRegionFileContext } from '../tables/region-recap-table.js';
import { readSheet } from '../xlsx/xlsx-read.fixture.js';
import { renderRegionPdf, renderRegionXlsx } from './region-report.js';

const { e81 } = seedTables(4);
const agencyContext = seedContext(4);
const bands = defaultStatusBands;
const compilation = compileRegionQuarter(2019, 4, [
  { agencyId: 'dinsos-hss', name: 'Dinas Sosial', state: 'accepted', e81, bands },
  { agencyId: 'dinkes', name: 'Dinas Kesehatan', state: 'signed_off', e81: null, bands },
  { agencyId: 'distan', name: 'Dinas Pertanian', state: null, e81: null, bands },
]);
const context: TRegionFileContext = {
  agency: { name: seedRegion.name },
  region: seedRegion,
  regionAgencies: 3,
  generatedAt: '2020-01-20T02:00:00.000Z',
  locale: 'id',
  timeZone: seedRegion.timeZone,
  version: 1,
};
const document = {
  recap: regionRecapSheet(compilation, 'e81', context),
  agencies: [{ shortName: 'Dinas Sosial', sheet: e81Sheet(e81, agencyContext) }],
  pageSize: 'A3' as const,
};

describe("the region's compiled E.81", () => {
  it('is a workbook of the recapitulation, then each accepted agency under its number', async () => {
    const { workbook, sheet, rowWith } = await readSheet(await renderRegionXlsx(document, context));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rekap wilayah', '1. Dinas Sosial']);
    expect(sheet.getCell(3, 1).value).toBe(
      'Disusun dari triwulan yang diterima Bappeda: 1 dari 3 perangkat daerah',
    );
    // By name; an agency not accepted, or without the quarter, has its state and no figures.
    const first = rowWith('1');
    const line = (offset: number) => [2, 3, 4, 5, 6, 7, 8].map((c) => sheet.getCell(first + offset, c).value);
    expect(line(0)).toEqual(['Dinas Kesehatan', 'Disahkan', null, null, null, null, null]);
    expect(line(1).slice(0, 4)).toEqual(['Dinas Pertanian', 'Belum ada triwulan', null, null]);
    expect(line(2).slice(0, 4)).toEqual([
      'Dinas Sosial',
      'Diterima Bappeda',
      e81.total.target,
      e81.total.year,
    ]);
    const total = rowWith('JUMLAH WILAYAH');
    expect([sheet.getCell(total, 4).value, sheet.getCell(total, 5).value]).toEqual([
      15_959_915_800, 15_184_698_608,
    ]);
  });

  it('is an A3 PDF: the recapitulation, then the agency from a new page, in Indonesian formats', async () => {
    const pdf = await inspectPdf(await renderRegionPdf(document, context));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain('REKAPITULASI EVALUASI HASIL RENJA PERANGKAT DAERAH TRIWULAN IV TAHUN 2019');
    expect(pdf.text).toContain('15.959.915.800');
    expect(pdf.text).toContain('95,14');
    expect(pdf.text).toContain('Kabupaten Hulu Sungai Selatan · Dibuat 20 Januari 2020');
  });
});
