import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TSheetModel } from '../../shared/workbook/sheet-model.js';
import { workbookOfModels } from '../../shared/workbook/sheet-model-cells.fixture.js';
import { readXlsxWorkbook } from './read-xlsx.js';
import { xlsxOfModels } from './write-xlsx.js';

const model: TSheetModel = {
  name: 'Isian TW1 2019',
  columns: [
    { header: 'Kode', width: 10 },
    { header: 'Target', width: 16 },
    { header: 'Capaian', width: 14, decimals: 2 },
    { header: 'Realisasi', width: 16, input: true },
  ],
  rows: [
    ['1.1', 15_959_915_800, 185, null],
    ['=SUM(A1)', 65.745, 92.5, 12],
  ],
};

async function written(models: TSheetModel[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await xlsxOfModels(models)).buffer);
  return workbook.getWorksheet(models[0]?.name ?? '') ?? expect.fail('no sheet');
}

describe('a workbook written from sheet models', () => {
  it('freezes the bold header row and sizes the columns as the model says', async () => {
    const sheet = await written([model]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.columns.map((column) => column.width)).toEqual([10, 16, 14, 16]);
    expect(sheet.getCell('B1').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(1).height).toBeUndefined();
    const long = await written([{ ...model, columns: [{ header: 'Target triwulan / alokasi', width: 16 }] }]);
    expect(long.getRow(1).height).toBe(30);
  });

  it('prints on A4 landscape, every column on the width of a page and the header on each', async () => {
    const sheet = await written([model]);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
  });

  it("shows figures as Excel shows them in the reader's format: thousands grouped, decimals as they are or as the column fixes", async () => {
    const sheet = await written([model]);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0');
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.0###');
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C3').numFmt).toBe('#,##0.00');
  });

  it('marks the cells to fill in, blank ones too, and writes formula-like text as text', async () => {
    const sheet = await written([model]);
    for (const cell of ['D2', 'D3']) expect(sheet.getCell(cell).fill).toMatchObject({ pattern: 'solid' });
    expect(sheet.getCell('B2').fill).not.toMatchObject({ pattern: 'solid' });
    expect(sheet.getCell('A3').value).toBe('=SUM(A1)');
    expect(sheet.getCell('A3').formula).toBeUndefined();
  });

  it('reads back as the model it was written from, text that looks like a formula too', async () => {
    const named = {
      ...model,
      rows: [
        ['1.1', 15_959_915_800, 185, 12.5],
        ['- Persentase PMKS mandiri', 65.74, 92.5, '@KPM'],
        ['=SUM(A1)', '+ Jumlah KPM', 1, 2],
      ],
    };
    const read = await readXlsxWorkbook(await xlsxOfModels([named]), 'isian.xlsx');
    expect(read.sheets).toEqual(workbookOfModels('isian.xlsx', [named]).sheets);
    expect(read.sheets[0]?.rows[2]?.[0]).toEqual({ text: '- Persentase PMKS mandiri' });
  });

  it('refuses such text where a person typed it into a cell not formatted as text', async () => {
    const typed = new ExcelJS.Workbook();
    typed.addWorksheet('Isian').getCell('B2').value = '=1+1';
    const bytes = new Uint8Array(await typed.xlsx.writeBuffer());
    await expect(readXlsxWorkbook(bytes, 'isian.xlsx')).rejects.toMatchObject({
      problem: { code: 'formulaText', sheet: 'Isian', cell: 'B2', text: '=1+1' },
    });
  });
});
