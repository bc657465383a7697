import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { agreementInForce, downloaded, figuresOf, filledInExcel } from '../support/entry-sheet-workbook.js';
import { completeEntry, headOf } from '../support/fill-part.js';
import { handMadeXlsx2019 } from '../support/hand-made-workbook.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';
import { columnsOf } from '../support/xlsx-columns.js';

withSeededStore();

const year = openYear();
const agencyId = 'dinsos-hss';
const unitId = seedUnits.pemberdayaan.id;
const quarterParam = { agencyId, year: String(year), quarter: '1' };
const quarterApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'];

describe("a division head's entry sheet as XLSX", () => {
  it('downloads with a frozen header, figures in Excel number formats and the cells to fill marked; filled in Excel, it fills the draft', async () => {
    const head = headOf[unitId] ?? '';
    const { url } = await expectStatus(
      quarterApi(head)['entry-sheet'].$get({ param: quarterParam, query: { unitId } }),
      200,
    );
    const workbook = await downloaded(url);
    const sheet = workbook.worksheets[0] ?? expect.fail('no sheet');
    expect(sheet.name).toBe(`Isian TW1 ${year}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const column = columnsOf(sheet);
    const target = column('Target triwulan / alokasi');
    const realisation = column('Realisasi');
    const budgetRow = sheet
      .getRows(2, sheet.rowCount - 1)
      ?.find((row) => row.getCell(column('Satuan')).value === 'Rp');
    expect(budgetRow?.getCell(target).numFmt).toBe('#,##0');
    expect(budgetRow?.getCell(realisation).fill).toMatchObject({ pattern: 'solid' });
    expect(sheet.getColumn(target).width).toBeGreaterThan(10);

    const agreement = await agreementInForce(agencyId, year);
    const upload = await uploadWorkbook(
      head,
      agencyId,
      'isian.xlsx',
      await filledInExcel(workbook, agreement, 1),
    );
    const { parts } = await expectStatus(
      quarterApi(head).parts.$post({ param: quarterParam, json: { ...upload, unitId } }),
      200,
    );
    const entry = completeEntry(agreement, unitId, 1);
    expect(parts.map((part) => part.content.unitId)).toEqual([unitId]);
    expect(figuresOf(parts[0]?.content ?? expect.fail('no part'))).toEqual(figuresOf(entry));
    expect(parts[0]?.content.budget).toEqual(entry.budget);
  });

  it("is the unit head's own: another unit's sheet and the whole quarter are refused", async () => {
    await expectError(
      quarterApi('kabid-pemberdayaan')['entry-sheet'].$get({
        param: quarterParam,
        query: { unitId: seedUnits.sekretariat.id },
      }),
      403,
    );
    await expectError(
      quarterApi('kabid-pemberdayaan')['entry-sheet'].$get({ param: quarterParam, query: {} }),
      403,
    );
  });

  it('tells a person who may not fill so before reading their upload (a 403, not the missing file’s 404)', async () => {
    const notUploaded = { uploadId: '00000000-0000-4000-8000-000000000000', fileName: 'isian.xlsx' };
    const otherUnit = { ...notUploaded, unitId: seedUnits.sekretariat.id };
    await expectError(
      quarterApi('kabid-pemberdayaan').parts.$post({ param: quarterParam, json: otherUnit }),
      403,
    );
    await expectError(
      quarterApi('kabid-pemberdayaan').parts.check.$post({ param: quarterParam, json: notUploaded }),
      403,
    );
    // Who may fill is told of the missing file.
    await expectError(
      quarterApi(headOf[unitId] ?? '').parts.$post({ param: quarterParam, json: { ...notUploaded, unitId } }),
      404,
    );
  });
});

describe("the checker's findings as XLSX", () => {
  it('downloads every finding with its figures to two decimals, the header frozen', async () => {
    const upload = await uploadWorkbook('inspektorat', agencyId, 'LKj 2019.xlsx', await handMadeXlsx2019());
    const { url } = await expectStatus(
      clientAs('inspektorat').agencies[':agencyId']['workbook-checks'].findings.$post({
        param: { agencyId },
        json: upload,
      }),
      200,
    );
    const sheet = (await downloaded(url)).worksheets[0] ?? expect.fail('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(71);
    const column = columnsOf(sheet);
    const at = (row: ExcelJS.Row, label: string) => row.getCell(column(label)).value;
    const slip = sheet
      .getRows(2, 70)
      ?.find((row) => at(row, 'Lembar') === 'Tabel 2' && at(row, 'Sel') === 'Q9');
    expect(slip?.getCell(column('Dihitung')).value).toBe(185);
    expect(slip?.getCell(column('Dihitung')).numFmt).toBe('#,##0.00');
  });
});
