import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxFile } from '../../test/support/xlsx-file.js';
import { readXlsxWorkbook } from './read-xlsx.js';

const relationship = (type: string, target: string, id: string) =>
  `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" Id="${id}"/>`;

/**
 * A workbook as openpyxl writes one with a comment and a table: their parts in folders of their
 * own, the sheet's relationships naming them by absolute paths.
 */
async function openpyxlLike(): Promise<Uint8Array> {
  const files = unzipSync(
    await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.addRow(['Kode', 'Realisasi']);
      sheet.addRow(['1.1.a', 5]);
    }),
  );
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  files['xl/comments/comment1.xml'] = strToU8(
    `<comments ${main}><authors><author>Kabid</author></authors><commentList><comment ref="B2" authorId="0"><text><t>sementara</t></text></comment></commentList></comments>`,
  );
  files['xl/tables/table1.xml'] = strToU8(
    `<table ${main} id="1" name="Isian" displayName="Isian" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="Kode"/><tableColumn id="2" name="Realisasi"/></tableColumns></table>`,
  );
  files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('comments', '/xl/comments/comment1.xml', 'comments')}${relationship('table', '/xl/tables/table1.xml', 'rId1')}</Relationships>`,
  );
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  files['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace(
      '</worksheet>',
      '<tableParts count="1"><tablePart xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></tableParts></worksheet>',
    ),
  );
  return zipSync(files);
}

/**
 * A workbook of `figures` rows (a code and a number, a border on each cell) below which `styled`
 * empty rows were kept for their format: with no cell as Excel keeps a row a fill was dragged
 * over, or with their styled empty cells as LibreOffice keeps them.
 */
async function formattedBelow(figures: number, styled: number, shape: 'excel' | 'libreOffice') {
  const files = unzipSync(
    await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      for (let r = 1; r <= figures; r++) sheet.addRow([`1.1.${r}`, r * 3]);
      sheet.getCell('A1').border = { bottom: { style: 'thin' } };
    }),
  );
  const empty = (r: number) =>
    shape === 'excel'
      ? `<row r="${r}" spans="1:2" s="1" customFormat="1"/>`
      : `<row r="${r}" s="1" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`;
  const rows = Array.from({ length: styled }, (_, i) => empty(figures + 1 + i)).join('');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</sheetData>', `${rows}</sheetData>`));
  return zipSync(files);
}

describe('an XLSX as people save it', () => {
  it.each([
    ['excel', 40, 999],
    ['excel', 40, 20_000],
    ['libreOffice', 40, 999],
    ['libreOffice', 40, 20_000],
    ['excel', 9_500, 999],
  ] as const)(
    'reads a %s sheet of %i rows of figures formatted %i rows further down as those rows',
    async (shape, figures, styled) => {
      const bytes = await formattedBelow(figures, styled, shape);
      const [sheet] = (await readXlsxWorkbook(bytes, 'isian.xlsx')).sheets;
      expect(sheet?.rows).toHaveLength(figures);
      expect(sheet?.rows.at(-1)).toEqual([
        { text: `1.1.${figures}` },
        { text: String(figures * 3), number: figures * 3 },
      ]);
    },
  );

  it('counts the rows a merged figure fills, though only its first cell holds it', async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = 'Program';
      sheet.mergeCells('A1:A10001');
    });
    await expect(readXlsxWorkbook(bytes, 'isian.xlsx')).rejects.toMatchObject({
      problem: { code: 'tooManyRows', rows: 10_001, maxRows: 10_000 },
    });
  });

  it('refuses a sheet merging the whole grid before exceljs makes its 17 billion cells', async () => {
    const files = unzipSync(
      await xlsxFile((workbook) => {
        workbook.addWorksheet('Isian').getCell('A1').value = 'Program';
      }),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    files['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    await expect(readXlsxWorkbook(zipSync(files), 'isian.xlsx')).rejects.toMatchObject({
      problem: { code: 'mergedTooLarge', range: 'A1:XFD1048576', maxCells: 200_000 },
    });
  });

  it('reads the cells of a workbook whose comments and table another writer put where exceljs does not look', async () => {
    const [sheet] = (await readXlsxWorkbook(await openpyxlLike(), 'isian.xlsx')).sheets;
    expect(sheet?.rows).toEqual([
      [{ text: 'Kode' }, { text: 'Realisasi' }],
      [{ text: '1.1.a' }, { text: '5', number: 5 }],
    ]);
  });

  it('takes a formula whose saved result is 0 or false as such, not as a formula without its value', async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = { formula: 'B1-C1', result: 0 };
      sheet.getCell('A2').value = { formula: 'B2>0', result: false };
    });
    const [sheet] = (await readXlsxWorkbook(bytes, 'isian.xlsx')).sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual([{ text: '0', number: 0 }, { text: 'FALSE' }]);
  });

  it('takes a formula whose result is empty text ("" of an IF) as a blank cell; one never calculated is refused', async () => {
    const withResult = (result?: string) =>
      xlsxFile((workbook) => {
        const sheet = workbook.addWorksheet('Isian');
        sheet.getCell('A1').value = 'Realisasi';
        sheet.getCell('A2').value = { formula: 'IF(B2=0,"",C2/B2)', ...(result !== undefined && { result }) };
      });
    const [sheet] = (await readXlsxWorkbook(await withResult(''), 'isian.xlsx')).sheets;
    expect(sheet?.rows).toEqual([[{ text: 'Realisasi' }], [null]]);
    await expect(readXlsxWorkbook(await withResult(), 'isian.xlsx')).rejects.toMatchObject({
      problem: { code: 'formulaWithoutValue', sheet: 'Isian', cell: 'A2' },
    });
  });

  it('refuses the saved results of a workbook written to be calculated when opened (XlsxWriter saves 0 for each)', async () => {
    const bytes = await xlsxFile((workbook) => {
      workbook.calcProperties.fullCalcOnLoad = true;
      workbook.addWorksheet('Isian').getCell('F13').value = { formula: 'E13/4', result: 0 };
    });
    await expect(readXlsxWorkbook(bytes, 'isian.xlsx')).rejects.toMatchObject({
      problem: { code: 'formulaWithoutValue', sheet: 'Isian', cell: 'F13' },
    });
  });

  it('marks a date cell as one, a figure typed under a date format too', async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = new Date(Date.UTC(2026, 2, 5));
      sheet.getCell('A2').value = 100;
      sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
    });
    const [sheet] = (await readXlsxWorkbook(bytes, 'isian.xlsx')).sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual([
      { text: '2026-03-05', date: true },
      { text: '1900-04-09', date: true },
    ]);
  });

  it("takes a formula's saved result as Excel shows it: 25,3, not 25.300000000000004", async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = { formula: 'B1/10', result: 25.300000000000004 };
      sheet.getCell('A2').value = { formula: 'B2/10', result: 0.9514000000000001 };
      sheet.getCell('A2').numFmt = '0.00%';
    });
    const [sheet] = (await readXlsxWorkbook(bytes, 'isian.xlsx')).sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual([
      { text: '25.3', number: 25.3 },
      { text: '95.14%', number: 95.14 },
    ]);
  });
});
