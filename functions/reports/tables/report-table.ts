import { formatNumber, nullMark } from '../../../shared/calc/format.js';
import type { TLocale } from '../../../shared/i18n.js';

/** How a number is shown: fixed decimals and an optional literal suffix (a target's grade " (A)"). */
export type TNumberFormat = { decimals: 0 | 2; suffix?: string };

type TAlign = 'left' | 'center' | 'right';

/** One body cell; numbers stay numbers so the spreadsheet holds real values. */
export type TCell = {
  value: number | string | null;
  format?: TNumberFormat;
  bold?: boolean;
  align?: TAlign;
  /** Background colour "#rrggbb": the status band. */
  fill?: string;
  /** How many rows the cell covers downwards (an owner with several indicators). */
  rowSpan?: number;
  /** How many columns the cell covers (a section heading, a total's label). */
  colSpan?: number;
};

export type THeaderCell = { text: string; colSpan?: number; rowSpan?: number };

/** Whole numbers stay whole ("6.562"); figures with any fraction show two decimals ("23,50"). */
export const figureFormat = (figures: readonly (number | null)[]): TNumberFormat => ({
  decimals: figures.every((x) => x == null || Number.isInteger(x)) ? 0 : 2,
});

/** A figure's cell: the number kept a number, right-aligned. */
export const figureCell = (value: number | null, format: TNumberFormat): TCell => ({
  value,
  format,
  align: 'right',
});

/** An achievement's cell: blank until something is reported, "–" where it has no target to be measured against. */
export const achievementCell = (achievement: number | null | undefined, reported: boolean): TCell =>
  achievement == null
    ? { value: reported ? nullMark : null, align: 'center' }
    : figureCell(achievement, { decimals: 2 });

/**
 * A report table independent of the file format: header rows and body rows as full grids, in
 * which a cell covered by another's span is null. The XLSX, PDF and DOCX writers all read it,
 * so the three formats show the same figures.
 */
export type TReportTable = {
  /** Column widths in spreadsheet character units; the PDF and DOCX use them as proportions. */
  widths: number[];
  header: (THeaderCell | null)[][];
  rows: (TCell | null)[][];
  /** The status colours and what they mean, printed below the table. */
  legend?: { color: string; label: string }[];
  notes?: string[];
};

/** A table with its title lines (the first is the title itself). */
export type TReportSheet = { sheetName: string; title: string[]; table: TReportTable };

/** The text a cell shows outside a spreadsheet: numbers in the locale's format. */
export function cellText(cell: TCell, locale: TLocale): string {
  const { value, format } = cell;
  if (value == null) return '';
  if (typeof value === 'string') return value;
  const number = formatNumber(value, { locale, decimals: format?.decimals ?? 2 });
  return `${number}${format?.suffix ?? ''}`;
}

/** The spreadsheet number format of a cell's format: '#,##0.00', '#,##0" (A)"'. */
export function excelNumberFormat(format: TNumberFormat): string {
  const base = format.decimals === 0 ? '#,##0' : '#,##0.00';
  return format.suffix ? `${base}"${format.suffix.replace(/"/g, '')}"` : base;
}

/** Black or white text, whichever reads better on a fill. */
export function textColorOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(fill.slice(i, i + 2), 16));
  const luminance = 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0);
  return luminance > 150 ? '#000000' : '#ffffff';
}

/** A header row numbering the columns 1, 2, 3 … under header cells that may span several. */
export function numberedHeaderRow(groups: number[]): (THeaderCell | null)[] {
  return groups.flatMap((span, i) => [
    { text: String(i + 1), ...(span > 1 ? { colSpan: span } : {}) },
    ...Array.from({ length: span - 1 }, () => null),
  ]);
}

/** Full-width row cells: one cell spanning all columns followed by the nulls it covers. */
export function spanningRow(cell: TCell, columns: number): (TCell | null)[] {
  return [{ ...cell, colSpan: columns }, ...Array.from({ length: columns - 1 }, () => null)];
}
