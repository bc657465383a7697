import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import {
  cellText,
  type TCell,
  type THeaderCell,
  type TReportTable,
  textColorOn,
} from '../tables/report-table.js';

const padding = 2;
const headerFill = '#d9d9d9';
type TBorder = [boolean, boolean, boolean, boolean];

/** Column widths in points filling `width`, proportional to the table's widths. */
function pointWidths(widths: number[], width: number): number[] {
  const room = width - widths.length * (2 * padding + 1);
  const total = widths.reduce((sum, w) => sum + w, 0);
  return widths.map((w) => (w / total) * room);
}

/**
 * Which body cells sit inside a downward span, and whether last in it. A span is drawn as cells
 * without their inner borders rather than a pdfmake rowSpan, so it may break across pages.
 */
function spanMap(rows: TReportTable['rows']): Map<string, 'inner' | 'last'> {
  const inside = new Map<string, 'inner' | 'last'>();
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const span = cell?.rowSpan ?? 1;
      for (let k = 1; k < span; k++) inside.set(`${r + k}:${c}`, k === span - 1 ? 'last' : 'inner');
    });
  });
  return inside;
}

function headerCell(cell: THeaderCell | null): TableCell {
  if (!cell) return {};
  const { text, colSpan, rowSpan } = cell;
  return { text, bold: true, alignment: 'center', fillColor: headerFill, colSpan, rowSpan };
}

function bodyCell(cell: TCell, border: TBorder, locale: TLocale): TableCell {
  return {
    text: cellText(cell, locale),
    bold: cell.bold ?? false,
    alignment: cell.align ?? 'left',
    // A number split over two lines ("2.229,6" / "3") reads as two numbers.
    ...(typeof cell.value === 'number' && !cell.format?.suffix ? { noWrap: true } : {}),
    border,
    ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
    ...(cell.fill ? { fillColor: cell.fill, color: textColorOn(cell.fill) } : {}),
  };
}

function bodyRows(table: TReportTable, locale: TLocale): TableCell[][] {
  const inside = spanMap(table.rows);
  return table.rows.map((cells, r) =>
    cells.map((cell, c) => {
      const position = inside.get(`${r}:${c}`);
      if (position) return { text: '', border: [true, false, true, position === 'last'] };
      // A cell covered by a colSpan must still be present for pdfmake, as an empty object.
      if (!cell) return {};
      const open = (cell.rowSpan ?? 1) > 1;
      return bodyCell(cell, [true, true, true, !open], locale);
    }),
  );
}

/** A report table as a pdfmake table: header rows repeated on each page, legend and notes below. */
export function pdfTable(table: TReportTable, locale: TLocale, width: number): Content[] {
  const header = table.header.map((cells) => cells.map(headerCell));
  const content: Content[] = [
    {
      table: {
        headerRows: table.header.length,
        dontBreakRows: true,
        // pdfmake does not grow rows for a header cell spanning down; leave room for three lines.
        heights: (row: number) => (row < table.header.length - 1 ? 16 : 'auto'),
        widths: pointWidths(table.widths, width),
        body: [...header, ...bodyRows(table, locale)],
      },
      layout: {
        paddingLeft: () => padding,
        paddingRight: () => padding,
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
      },
    },
  ];
  if (table.legend?.length) {
    content.push({
      margin: [0, 8, 0, 0],
      table: {
        body: [
          [
            { text: reportMessages[locale].legend, bold: true, border: [false, false, false, false] },
            ...table.legend.map(({ color, label }) => ({
              text: label,
              fillColor: color,
              color: textColorOn(color),
            })),
          ],
        ],
      },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    });
  }
  // Notes in grey rather than italics: one font less to load per document.
  for (const note of table.notes ?? [])
    content.push({ text: note, color: '#444444', fontSize: 7, margin: [0, 4, 0, 0] });
  return content;
}
