import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import {
  cellText,
  type TCell,
  type THeaderCell,
  type TReportTable,
  textColorOn,
} from '../tables/report-table.js';

/** Body text of tables, in half-points. */
const size = 16;
const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;
const hex = (color: string) => color.slice(1).toUpperCase();
const shading = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: hex(fill) });
// A span of 1 is no span: leaving it out keeps Word from starting a merge.
const span = (n: number | undefined) => (n !== undefined && n > 1 ? n : undefined);

function textCell(text: string, options: { bold?: boolean; align?: keyof typeof alignments; fill?: string }) {
  const { bold = false, align = 'left', fill } = options;
  const color = fill ? hex(textColorOn(fill)) : undefined;
  return new Paragraph({
    alignment: alignments[align],
    children: [new TextRun({ text, bold, size, color })],
  });
}

function headerCell(cell: THeaderCell): TableCell {
  return new TableCell({
    children: [textCell(cell.text, { bold: true, align: 'center' })],
    shading: shading('#d9d9d9'),
    columnSpan: span(cell.colSpan),
    rowSpan: span(cell.rowSpan),
    verticalAlign: 'center',
  });
}

function bodyCell(cell: TCell, locale: TLocale): TableCell {
  return new TableCell({
    children: [textCell(cellText(cell, locale), cell)],
    columnSpan: span(cell.colSpan),
    rowSpan: span(cell.rowSpan),
    ...(cell.fill ? { shading: shading(cell.fill) } : {}),
  });
}

/**
 * A report table as a Word table spanning `width` twips: header rows repeat on each page, and
 * the cells covered by a span are left out, as Word merges them.
 */
export function docxTable(table: TReportTable, locale: TLocale, width: number): Table {
  const total = table.widths.reduce((sum, w) => sum + w, 0);
  const header = table.header.map(
    (cells) =>
      new TableRow({ tableHeader: true, children: cells.flatMap((c) => (c ? [headerCell(c)] : [])) }),
  );
  const body = table.rows.map(
    (cells) =>
      new TableRow({ cantSplit: true, children: cells.flatMap((c) => (c ? [bodyCell(c, locale)] : [])) }),
  );
  return new Table({
    rows: [...header, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: table.widths.map((w) => Math.floor((w / total) * width)),
    layout: TableLayoutType.FIXED,
  });
}

/** The legend (each band's label on its colour) and the notes under a table. */
export function docxTableFooter(table: TReportTable, locale: TLocale): Paragraph[] {
  const legend = table.legend?.length
    ? [
        new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: `${reportMessages[locale].legend} `, bold: true, size }),
            ...table.legend.map(
              ({ color, label }) =>
                new TextRun({
                  text: ` ${label} `,
                  size,
                  color: hex(textColorOn(color)),
                  shading: shading(color),
                }),
            ),
          ],
        }),
      ]
    : [];
  const notes = (table.notes ?? []).map(
    (note) => new Paragraph({ children: [new TextRun({ text: note, italics: true, size: 14 })] }),
  );
  return [...legend, ...notes];
}
