import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agreement2019Perubahan, parts2019 } from '../../../shared/seed/hss-2019.js';
import { buildQuarterTables } from '../quarter-tables.js';
import { seedContext } from '../report.fixture.js';
import { generatedDate } from '../report-context.js';
import { stableZipOf } from '../stable-zip.js';
import { performanceSheet } from '../tables/performance-report-table.js';
import { renderXlsx, reportWorkbook } from './xlsx-workbook.js';

describe('renderXlsx', () => {
  it('zips the parts exceljs’s own writeBuffer writes, in its order, without the folders JSZip added', async () => {
    const context = seedContext(2);
    const tables = buildQuarterTables({
      agreement: agreement2019Perubahan,
      parts: parts2019,
      quarter: 2,
      unitIds: [],
    });
    const sheets = [performanceSheet(tables.performance, context)];
    const ours = unzipSync(await renderXlsx(sheets, context));
    // exceljs's own zip of the same workbook, as renderXlsx re-packed it before.
    const written = await reportWorkbook(sheets, context).xlsx.writeBuffer();
    const theirs = unzipSync(stableZipOf(unzipSync(new Uint8Array(written)), generatedDate(context)));
    const files = Object.entries(theirs).filter(([path]) => !path.endsWith('/'));
    expect(Object.keys(theirs).length).toBeGreaterThan(files.length);
    expect(Object.keys(ours)).toEqual(files.map(([path]) => path));
    expect(Object.entries(ours)).toEqual(files);
  });
});
