import type { Alignment, Cell, Worksheet } from 'exceljs';
import type { TLocale } from '../../../shared/i18n.js';
import {
  excelNumberFormat,
  type TCell,
  type THeaderCell,
  type TReportSheet,
  type TReportTable,
  textColorOn,
} from '../tables/report-table.js';
import { argb, border, font, headerFill, sharedStyle, solid } from './xlsx-styles.js';
import { writeFooterLines, writeTitle } from './xlsx-titles.js';

const lineHeight = 12;

type TSpanned = { colSpan?: number; rowSpan?: number };

/** Merges a cell with the cells its spans cover. */
function mergeSpan(sheet: Worksheet, row: number, col: number, { colSpan = 1, rowSpan = 1 }: TSpanned) {
  if (colSpan > 1 || rowSpan > 1) sheet.mergeCells(row, col, row + rowSpan - 1, col + colSpan - 1);
}

/** Merges each cell of a row with what its spans cover; values must already be written. */
function mergeRow(sheet: Worksheet, row: number, cells: readonly (TSpanned | null)[]) {
  cells.forEach((cell, c) => {
    if (cell) mergeSpan(sheet, row, c + 1, cell);
  });
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
      target.style = headerStyle();
      if (cell) target.value = cell.text;
    });
    mergeRow(sheet, top + r, cells);
    const texts = cells.flatMap((cell, c) =>
      cell && (cell.rowSpan ?? 1) === 1
        ? [{ text: cell.text, width: spanWidth(table.widths, c, cell.colSpan), bold: true }]
        : [],
    );
    sheet.getRow(top + r).height = rowHeight(texts);
  });
}

const headerStyle = () =>
  sharedStyle('header', () => ({
    font: { ...font, bold: true },
    fill: solid(headerFill),
    border,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  }));

/** A body cell's style: bold, alignment, number format and fill are all that vary. */
function bodyStyle(cell: TCell | null) {
  const bold = cell?.bold ?? false;
  const horizontal = cell?.align ?? 'left';
  const numFmt =
    typeof cell?.value === 'number' ? excelNumberFormat(cell.format ?? { decimals: 2 }) : undefined;
  const fill = cell?.fill;
  return sharedStyle(`body|${bold}|${horizontal}|${numFmt}|${fill}`, () => {
    const alignment: Partial<Alignment> = { vertical: 'top', wrapText: true, horizontal };
    const color = fill ? { color: { argb: argb(textColorOn(fill)) } } : {};
    return {
      font: { ...font, bold, ...color },
      border,
      alignment,
      ...(numFmt && { numFmt }),
      ...(fill && { fill: solid(fill) }),
    };
  });
}

function styleBodyCell(target: Cell, cell: TCell | null) {
  target.style = bodyStyle(cell);
  if (cell?.value != null) target.value = cell.value;
}

function writeBody(sheet: Worksheet, table: TReportTable, top: number) {
  table.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      styleBodyCell(sheet.getCell(top + r, c + 1), cell);
    });
    mergeRow(sheet, top + r, cells);
    const texts = cells.flatMap((cell, c) =>
      typeof cell?.value === 'string' && (cell.rowSpan ?? 1) === 1
        ? [{ text: cell.value, width: spanWidth(table.widths, c, cell.colSpan), bold: cell.bold }]
        : [],
    );
    sheet.getRow(top + r).height = rowHeight(texts);
  });
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
  sheet.headerFooter = { oddFooter: printedFooter(footer) };
}

/** Excel takes a footer of 255 characters at most, its codes included, and repairs a file with a longer one. */
const maxFooterLength = 255;

/** The footer line on the left, the page on the right; a line too long for Excel (a long agency or signer name) cut short. */
export function printedFooter(line: string): string {
  const [left, right] = ['&L&8', '&R&8&P / &N'];
  // An ampersand is printed as "&&": the line is cut before it is escaped, so no escape is cut in two.
  const escaped = (text: string) => text.replace(/&/g, '&&');
  let shown = line;
  while (escaped(shown).length > maxFooterLength - left.length - right.length)
    shown = `${shown.slice(0, -2)}…`;
  return `${left}${escaped(shown)}${right}`;
}
