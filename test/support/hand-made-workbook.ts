import ExcelJS from 'exceljs';
import { readSheetNumber } from '../../shared/workbook/sheet-number.js';
import { handMadeRows, handMadeSheets2019 } from './hand-made-tables.js';

/** A typed cell as Excel keeps it: "95,77" a number, "100%" 1 under a percent format, text as text. */
function typeCell(cell: ExcelJS.Cell, text: string) {
  if (text === '') return;
  const read = readSheetNumber(text);
  if (!read || !('number' in read)) {
    cell.value = text;
    return;
  }
  const percent = text.trim().endsWith('%');
  cell.value = percent ? read.number / 100 : read.number;
  if (percent) cell.numFmt = '0%';
  else if (text.includes(',')) cell.numFmt = '#,##0.00';
}

/** Merges a header's group label over the blank cells right of it ("Target Triwulan" over TW1–TW4). */
function mergeGroups(sheet: ExcelJS.Worksheet, row: number, texts: readonly string[]) {
  texts.forEach((text, c) => {
    if (text === '') return;
    let end = c;
    while (end + 1 < texts.length && texts[end + 1] === '' && end - c < 3) end++;
    if (end > c && /Triwulan|Capaian/.test(text)) sheet.mergeCells(row, c + 1, row, end + 1);
  });
}

/**
 * The seed report's three tables as the agency would have typed them in Excel: figures as
 * numbers (the "100%" cells under a percent format), merged quarter headers, and one capaian
 * (Tabel 2, 1.1 in TW4) a formula whose saved result the parse reads.
 */
export async function handMadeXlsx2019(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  {
    for (const [name, file] of Object.entries(handMadeSheets2019)) {
      const sheet = workbook.addWorksheet(name);
      handMadeRows(file).forEach((texts, r) => {
        texts.forEach((text, c) => {
          typeCell(sheet.getCell(r + 1, c + 1), text);
        });
        if (texts.some((text) => text === 'Target Triwulan')) mergeGroups(sheet, r + 1, texts);
      });
    }
    const tabel2 = workbook.getWorksheet('Tabel 2');
    const row = handMadeRows(handMadeSheets2019['Tabel 2']).findIndex((texts) => texts[0] === '1.1') + 1;
    if (tabel2 && row > 0)
      tabel2.getCell(`Q${row}`).value = { formula: `M${row}/H${row}*100`, result: (120 / 130) * 100 };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
