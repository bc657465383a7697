import { describe, expect, it } from 'vitest';
import type { TLocale } from '../../shared/i18n.js';
import { defaultStatusBands } from '../../shared/model/status-band.js';
import { compileRegionQuarter } from '../../shared/region/region-compilation.js';
import { seedRegion } from '../../shared/seed/organisation.js';
import { inspectPdf } from '../reports/pdf/pdf-check.fixture.js';
import { allFiles, seedContext, seedTables } from '../reports/report.fixture.js';
import { e81Sheet } from '../reports/tables/e81-report-table.js';
import { performanceSheet } from '../reports/tables/performance-report-table.js';
import { readSheet, workbookNumbers } from '../reports/xlsx/xlsx-read.fixture.js';
import { regionFileSet } from './region-file-set.js';

const tables = seedTables(2);
const bands = defaultStatusBands;
const compilation = compileRegionQuarter(2019, 2, [
  { agencyId: 'dinsos-hss', name: 'Dinas Sosial', state: 'accepted', e81: tables.e81, bands },
  { agencyId: 'dinkes', name: 'Dinas Kesehatan', state: 'signed_off', e81: null, bands },
]);

/** The region's TW2 files of the seed agency, in one language. */
function regionFiles(locale: TLocale) {
  const agencyContext = seedContext(2, { locale });
  return allFiles(
    regionFileSet(
      compilation,
      [
        {
          shortName: 'Dinas Sosial',
          sheets: {
            e81: e81Sheet(tables.e81, agencyContext),
            performance: performanceSheet(tables.performance, agencyContext),
            annual: null,
          },
        },
      ],
      {
        agency: { name: seedRegion.name },
        region: seedRegion,
        regionAgencies: 2,
        regionId: seedRegion.id,
        year: 2019,
        quarter: 2,
        generatedAt: '2019-10-21T02:00:00.000Z',
        locale,
        timeZone: seedRegion.timeZone,
        version: 1,
      },
    ),
  );
}

describe("the region's files in English", () => {
  it('are the Indonesian files with English titles, headers and names, figure for figure', async () => {
    const [indonesian, english] = await Promise.all([regionFiles('id'), regionFiles('en')]);
    expect(english.map((file) => file.fileName)).toEqual([
      `rekap-evaluasi-renja-e81-${seedRegion.id}-2019-tw2-en.xlsx`,
      `rekap-evaluasi-renja-e81-${seedRegion.id}-2019-tw2-en.pdf`,
      `rekap-capaian-kinerja-${seedRegion.id}-2019-tw2-en.xlsx`,
      `rekap-capaian-kinerja-${seedRegion.id}-2019-tw2-en.pdf`,
    ]);
    const e81 = english[0] ?? expect.fail('no E.81');
    const { workbook, sheet, rowWith } = await readSheet(e81.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Region summary', '1. Dinas Sosial']);
    expect(sheet.getCell(1, 1).value).toBe(
      "RECAPITULATION OF THE AGENCIES' RENJA EVALUATIONS, QUARTER 2 2019",
    );
    expect(sheet.getCell(3, 1).value).toBe(
      'Compiled from the quarters the Bappeda accepted: 1 of 2 agencies',
    );
    expect(sheet.getRow(rowWith('No')).values).toContain('Agency');
    expect(sheet.getRow(rowWith('2')).values).toContain('Accepted by Bappeda');
    expect(sheet.getCell(rowWith('REGION TOTAL'), 4).value).toBe(tables.e81.total.target);

    for (const [i, file] of english.entries()) {
      const original = indonesian[i] ?? expect.fail(`no Indonesian ${file.fileName}`);
      expect([file.kind, file.format]).toEqual([original.kind, original.format]);
      if (file.format === 'xlsx')
        expect(workbookNumbers((await readSheet(file.body)).workbook)).toEqual(
          workbookNumbers((await readSheet(original.body)).workbook),
        );
    }
  });

  it('print their figures in English formats, the dates in the region’s time zone', async () => {
    const [, pdf] = await regionFiles('en');
    const { text } = await inspectPdf((pdf ?? expect.fail('no PDF')).body);
    expect(text).toContain("RECAPITULATION OF THE AGENCIES' RENJA EVALUATIONS, QUARTER 2 2019");
    expect(text).toContain('REGION TOTAL');
    expect(text).toContain('15,959,915,800');
    expect(text).toContain('Generated 21 October 2019');
  });
});
