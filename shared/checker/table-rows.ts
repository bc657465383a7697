import { cellAt, cellText } from '../workbook/sheet-cell-at.js';
import { columnLetters, type TSheet, type TSheetCell } from '../workbook/workbook.js';
import { clipped } from './finding.js';
import { quarterOfLabel, type TColumn, type TTableLayout } from './sheet-columns.js';

/** A cell of a recognised column, where it stands. */
export type TRowCell = { column: TColumn; cell: TSheetCell | undefined; ref: string };

/** A data row of a table: its label and its recognised cells by role key ("achievement4", "allocation"). */
export type TTableRow = {
  index: number;
  label: string;
  no: string;
  name: string;
  cells: Map<string, TRowCell>;
};

/** The key of a role among a row's cells. */
const roleKey = (column: TColumn): string =>
  'quarter' in column.role ? `${column.role.kind}${column.role.quarter}` : column.role.kind;

const figureKinds = new Set([
  'annualTarget',
  'quarterTarget',
  'realisation',
  'achievement',
  'allocation',
  'budgetRealised',
  'absorption',
  'remainder',
]);

/** A header repeated on a new page, the column numbers (1, 2, 3 …) or the quarters' row. */
function isHeaderAgain(sheet: TSheet, row: number, layout: TTableLayout): boolean {
  const texts = (sheet.rows[row] ?? []).map((_, c) => cellText(sheet, row, c)).filter((t) => t !== '');
  if (texts.length >= 4 && texts.every((text, i) => text === String(i + 1))) return true;
  if (texts.filter((text) => quarterOfLabel(text) !== undefined).length >= 4) return true;
  const labels = layout.columns.filter((c) => !('quarter' in c.role));
  const repeated = labels.filter((c) => cellText(sheet, row, c.index) === c.label);
  return repeated.length >= Math.min(2, labels.length);
}

/** The rows below a table's header that carry at least one figure, with their labels. */
export function tableRows(sheet: TSheet, layout: TTableLayout): TTableRow[] {
  const first = Math.max(...layout.headerRows) + 1;
  const text = (row: number, kind: string) => {
    const column = layout.columns.find((c) => c.role.kind === kind);
    return column ? cellText(sheet, row, column.index) : '';
  };
  const rows: TTableRow[] = [];
  let carriedName = '';
  for (let index = first; index < sheet.rows.length; index++) {
    if (isHeaderAgain(sheet, index, layout)) continue;
    const cells = new Map(
      layout.columns.map((column): [string, TRowCell] => [
        roleKey(column),
        {
          column,
          cell: cellAt(sheet, index, column.index),
          ref: `${columnLetters(column.index)}${index + 1}`,
        },
      ]),
    );
    const hasFigure = [...cells.values()].some(
      (c) => figureKinds.has(c.column.role.kind) && c.cell !== undefined && c.cell.text.trim() !== '',
    );
    const no = text(index, 'no');
    const name = text(index, 'name');
    // A row under a program or activity without its own name belongs to it (a second indicator).
    if (name !== '' || no !== '') carriedName = [no, name].filter(Boolean).join(' ');
    if (!hasFigure) continue;
    const indicator = text(index, 'indicator');
    const own = [no, name].filter(Boolean).join(' ');
    const label = [own || carriedName, indicator].filter(Boolean).join(' · ');
    rows.push({ index, label, no, name, cells });
  }
  return rows;
}

/** Where a finding stands: the sheet, the cell, its row and column, and what they are. */
export function placeOf(sheet: string, row: TTableRow, at: TRowCell) {
  return {
    sheet,
    cell: at.ref,
    row: row.index + 1,
    column: at.ref.replace(/\d+$/, ''),
    rowLabel: clipped(row.label),
    columnLabel: clipped(at.column.label),
  };
}
