import type { Alignment, Borders, Cell, Worksheet } from 'exceljs';
import type { TLocale } from '../../shared/calc/format.js';
import { labelsFor } from './report-labels.js';
import {
  excelNumberFormat,
  type TCell,
  type THeaderCell,
  type TReportSheet,
  type TReportTable,
  textColorOn,
} from './report-table.js';

const thin = { style: 'thin' as const };
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const solid = (hex: string) => ({
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: argb(hex) },
});
const font = { name: 'Arial', size: 9 };
const headerFill = '#d9d9d9';
const lineHeight = 12;

type TSpanned = { colSpan?: number; rowSpan?: number };

/** Merges a cell with the cells its spans cover. */
function mergeSpan(sheet: Worksheet, row: number, col: number, { colSpan = 1, rowSpan = 1 }: TSpanned) {
  if (colSpan > 1 || rowSpan > 1) sheet.mergeCells(row, col, row + rowSpan - 1, col + colSpan - 1);
}

/** Excel does not size rows of wrapped text it did not lay out itself: estimate the lines. */
function rowHeight(texts: { text: string; width: number; bold?: boolean }[]): number {
  const lines = texts.map(({ text, width, bold }) =>
    text
      .split('\n')
      .reduce(
        (sum, line) =>
          sum + Math.max(1, Math.ceil((line.length * (bold ? 1.1 : 1)) / Math.max(width - 1, 1))),
        0,
      ),
  );
  return Math.max(1, ...lines) * lineHeight + 3;
}

const spanWidth = (widths: number[], col: number, span = 1) =>
  widths.slice(col, col + span).reduce((sum, w) => sum + w, 0);

function writeHeader(sheet: Worksheet, table: TReportTable, top: number) {
  table.header.forEach((cells, r) => {
    cells.forEach((cell: THeaderCell | null, c) => {
      const target = sheet.getCell(top + r, c + 1);
      target.style = {
        font: { ...font, bold: true },
        fill: solid(headerFill),
        border,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
      if (cell) target.value = cell.text;
    });
    cells.forEach((cell, c) => cell && mergeSpan(sheet, top + r, c + 1, cell));
    const texts = cells.flatMap((cell, c) =>
      cell && (cell.rowSpan ?? 1) === 1
        ? [{ text: cell.text, width: spanWidth(table.widths, c, cell.colSpan), bold: true }]
        : [],
    );
    sheet.getRow(top + r).height = rowHeight(texts);
  });
}

function styleBodyCell(target: Cell, cell: TCell | null) {
  const alignment: Partial<Alignment> = {
    vertical: 'top',
    wrapText: true,
    horizontal: cell?.align ?? 'left',
  };
  target.style = { font: { ...font, bold: cell?.bold ?? false }, border, alignment };
  if (!cell) return;
  if (cell.value != null) target.value = cell.value;
  if (typeof cell.value === 'number') target.numFmt = excelNumberFormat(cell.format ?? { decimals: 2 });
  if (cell.fill) {
    target.fill = solid(cell.fill);
    target.font = { ...font, bold: cell.bold ?? false, color: { argb: argb(textColorOn(cell.fill)) } };
  }
}

function writeBody(sheet: Worksheet, table: TReportTable, top: number) {
  table.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => styleBodyCell(sheet.getCell(top + r, c + 1), cell));
    cells.forEach((cell, c) => cell && mergeSpan(sheet, top + r, c + 1, cell));
    const texts = cells.flatMap((cell, c) =>
      typeof cell?.value === 'string' && (cell.rowSpan ?? 1) === 1
        ? [{ text: cell.value, width: spanWidth(table.widths, c, cell.colSpan), bold: cell.bold }]
        : [],
    );
    sheet.getRow(top + r).height = rowHeight(texts);
  });
}

/** Title lines centred over the table's width. */
function writeTitle(sheet: Worksheet, title: string[], columns: number) {
  title.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.style = {
      font: { ...font, size: i === 0 ? 12 : 10, bold: i < 2 },
      alignment: { horizontal: 'center' },
    };
    sheet.mergeCells(i + 1, 1, i + 1, columns);
  });
}

/** Legend (each band's label on its colour) and notes, below the table from column 2. */
function writeFooterLines(sheet: Worksheet, table: TReportTable, top: number, locale: TLocale) {
  let row = top;
  const last = table.widths.length;
  const line = (text: string, fill?: string, bold = false) => {
    const cell = sheet.getCell(row, 2);
    cell.value = text;
    cell.style = { font: { ...font, bold, ...(fill ? { color: { argb: argb(textColorOn(fill)) } } : {}) } };
    if (fill) cell.fill = solid(fill);
    else sheet.mergeCells(row, 2, row, last);
    row += 1;
  };
  if (table.legend?.length) {
    line(labelsFor(locale).legend, undefined, true);
    for (const { color, label } of table.legend) line(label, color);
  }
  for (const note of table.notes ?? []) line(note);
}

/** Writes a report sheet: title block, header rows (repeated on printed pages), body, legend. */
export function writeReportSheet(
  sheet: Worksheet,
  { title, table }: TReportSheet,
  locale: TLocale,
  footer: string,
) {
  const columns = table.widths.length;
  table.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  writeTitle(sheet, title, columns);
  const headerTop = title.length + 2;
  const bodyTop = headerTop + table.header.length;
  writeHeader(sheet, table, headerTop);
  writeBody(sheet, table, bodyTop);
  writeFooterLines(sheet, table, bodyTop + table.rows.length + 1, locale);
  sheet.views = [{ state: 'frozen', ySplit: bodyTop - 1, xSplit: 0 }];
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerTop}:${bodyTop - 1}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: `&L&8${footer.replace(/&/g, '&&')}&R&8&P / &N` };
}
