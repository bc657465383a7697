import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { handMadeLayout } from '../../shared/agreement-workbook/hand-made-layout.fixture.js';
import { importProblems } from '../../shared/agreement-workbook/import-problems.js';
import { readAgreementTemplate } from '../../shared/agreement-workbook/read-template.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { parseWorkbook } from '../workbook/parse-workbook.js';

const units = Object.values(seedUnits);
const identity = { agencyId: 'dinsos-hss', year: 2026, version: 1, kind: 'murni' as const };

/**
 * The hand-made layout as an XLSX, its activity's owner cells merged over its two indicator rows
 * (the fixture leaves them blank, as the parse reads a merge's other cells).
 */
async function handMadeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(handMadeLayout())) workbook.addWorksheet(name).addRows(rows);
  const activities = workbook.getWorksheet('Kegiatan') ?? expect.fail('no Kegiatan sheet');
  for (const column of ['A', 'B', 'C', 'D', 'E']) activities.mergeCells(`${column}4:${column}5`);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('an agreement workbook laid out by hand', () => {
  it('is read by its headers: titles above, merged cells, spacer rows and Indonesian numbers', async () => {
    const workbook = await parseWorkbook(await handMadeWorkbook(), 'PK 2026.xlsx');
    let n = 0;
    const read = readAgreementTemplate(workbook, units, () => `indikator-baru-${++n}`);
    expect(importProblems(read, identity, units).problems).toEqual([]);
    expect(read.content.activities).toEqual([
      expect.objectContaining({
        code: '1.1',
        programCode: '1',
        unitId: 'pemberdayaan-sosial',
        budget: 15_959_915_800,
        indicators: [
          expect.objectContaining({
            id: 'indikator-baru-1',
            numberKind: 'count',
            target: 130,
            quarterTargets: [0, 0, 130, 0],
          }),
          expect.objectContaining({ id: 'indikator-baru-2', aggregation: 'level', target: 65.74 }),
        ],
      }),
    ]);
  });
});
