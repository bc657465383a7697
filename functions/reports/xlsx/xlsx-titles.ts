import type { Worksheet } from 'exceljs';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { type TReportTable, textColorOn } from '../tables/report-table.js';
import { argb, font, sharedStyle, solid } from './xlsx-styles.js';

/** Title lines centred over the table's width. */
export function writeTitle(sheet: Worksheet, title: string[], columns: number) {
  title.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.style = sharedStyle(`title|${i === 0}|${i < 2}`, () => ({
      font: { ...font, size: i === 0 ? 12 : 10, bold: i < 2 },
      alignment: { horizontal: 'center' },
    }));
    sheet.mergeCells(i + 1, 1, i + 1, columns);
  });
}

/** Legend (each band's label on its colour) and notes, below the table from column 2. */
export function writeFooterLines(sheet: Worksheet, table: TReportTable, top: number, locale: TLocale) {
  let row = top;
  const last = table.widths.length;
  const line = (text: string, fill?: string, bold = false) => {
    const cell = sheet.getCell(row, 2);
    cell.value = text;
    cell.style = sharedStyle(`footer|${bold}|${fill}`, () => ({
      font: { ...font, bold, ...(fill ? { color: { argb: argb(textColorOn(fill)) } } : {}) },
      ...(fill && { fill: solid(fill) }),
    }));
    if (!fill) sheet.mergeCells(row, 2, row, last);
    row += 1;
  };
  if (table.legend?.length) {
    line(reportMessages[locale].legend, undefined, true);
    for (const { color, label } of table.legend) line(label, color);
  }
  for (const note of table.notes ?? []) line(note);
}
