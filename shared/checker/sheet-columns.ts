import * as z from 'zod';
import { type TQuarter, ZQuarterSchema } from '../model/quarter.js';
import { looseText } from '../workbook/loose-text.js';
import { cellText } from '../workbook/sheet-cell-at.js';
import type { TSheet } from '../workbook/workbook.js';

/** What a column of a hand-made table holds, recognised from its header. */
export const ZColumnRoleSchema = z.union([
  z.object({
    kind: z.enum([
      'no',
      'name',
      'indicator',
      'unit',
      'annualTarget',
      'allocation',
      'budgetRealised',
      'absorption',
      'remainder',
    ]),
  }),
  z.object({ kind: z.enum(['quarterTarget', 'realisation', 'achievement']), quarter: ZQuarterSchema }),
]);
type TColumnRole = z.infer<typeof ZColumnRoleSchema>;

export type TColumn = { index: number; label: string; role: TColumnRole };

/** A table found in a sheet: where its header is and what each recognised column holds. */
export type TTableLayout = {
  /** Row indices (0-based) of the header: the labels' row and, where there is one, the quarters' row. */
  headerRows: number[];
  columns: TColumn[];
};

const romanQuarters: Record<string, TQuarter> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** "TW1", "TW I", "Triwulan IV", "TW-2" → the quarter. */
export function quarterOfLabel(text: string): TQuarter | undefined {
  const match = /^(?:tw|triwulan|trw)\s*[-.]?\s*(iv|i{1,3}|[1-4])$/.exec(looseText(text));
  return match?.[1] ? romanQuarters[match[1]] : undefined;
}

/** The role of a column by its label, or undefined for one the checker does not read. */
function roleOfLabel(label: string): TColumnRole | undefined {
  const text = looseText(label);
  if (/^no\.?$|^nomor$/.test(text)) return { kind: 'no' };
  if (text.includes('sisa')) return { kind: 'remainder' };
  if (text.includes('serapan') || (text.includes('realisasi') && /%|persen/.test(text)))
    return { kind: 'absorption' };
  if (
    text.includes('alokasi') ||
    text.includes('pagu') ||
    (text.includes('anggaran') && !text.includes('realisasi'))
  )
    return { kind: 'allocation' };
  if (text.includes('realisasi')) return { kind: 'budgetRealised' };
  if (text.includes('indikator')) return { kind: 'indicator' };
  if (text.includes('satuan')) return { kind: 'unit' };
  if (text.includes('target')) return { kind: 'annualTarget' };
  if (/program|kegiatan|sasaran|uraian|tujuan/.test(text)) return { kind: 'name' };
  return undefined;
}

/** The kind of a quarter group by its label ("Target Triwulan", "Realisasi", "Capaian (%)"). */
function groupOfLabel(label: string): 'quarterTarget' | 'realisation' | 'achievement' | undefined {
  const text = looseText(label);
  if (text.includes('capaian') || text === '%') return 'achievement';
  if (text.includes('realisasi')) return 'realisation';
  if (text.includes('target')) return 'quarterTarget';
  return undefined;
}

/** A row's cell text carried right over blanks, as a merged header reads (the parse fills merges; a CSV leaves them blank). */
function carriedRight(sheet: TSheet, row: number, column: number): string {
  for (let c = column; c >= 0; c--) {
    const text = cellText(sheet, row, c);
    if (text !== '') return text;
  }
  return '';
}

function quarterColumns(sheet: TSheet, row: number): TColumn[] {
  const cells = sheet.rows[row] ?? [];
  return cells.flatMap((_, index): TColumn[] => {
    const quarter = quarterOfLabel(cellText(sheet, row, index));
    if (!quarter || row === 0) return [];
    const label = carriedRight(sheet, row - 1, index);
    const kind = groupOfLabel(label);
    return kind ? [{ index, label: `${label} ${cellText(sheet, row, index)}`, role: { kind, quarter } }] : [];
  });
}

function labelColumns(sheet: TSheet, row: number, taken: ReadonlySet<number>): TColumn[] {
  const cells = sheet.rows[row] ?? [];
  return cells.flatMap((_, index): TColumn[] => {
    const label = cellText(sheet, row, index);
    const role = label && !taken.has(index) ? roleOfLabel(label) : undefined;
    return role ? [{ index, label, role }] : [];
  });
}

/** Enough recognised columns to check something: a quarterly table's or a budget table's. */
function isTable(columns: readonly TColumn[]): boolean {
  const kinds = new Set(columns.map((c) => c.role.kind));
  const quarterly = kinds.has('achievement') && kinds.has('realisation') && kinds.has('quarterTarget');
  const budget = kinds.has('allocation') && kinds.has('budgetRealised');
  return quarterly || budget;
}

/**
 * Finds the first table of a sheet: a header row whose labels name its columns, with the quarters
 * (TW1…TW4 under "Target", "Realisasi", "Capaian") in the row below where the table has them.
 * Undefined where the sheet holds no table the checker can read.
 */
export function findTableLayout(sheet: TSheet): TTableLayout | undefined {
  for (let row = 0; row < sheet.rows.length; row++) {
    const quarters = quarterColumns(sheet, row + 1);
    const taken = new Set(quarters.map((c) => c.index));
    const labelled = labelColumns(sheet, row, taken);
    const columns = [...labelled, ...quarters].sort((a, b) => a.index - b.index);
    if (!isTable(columns)) continue;
    // One column per role: the first of each, so a repeated label does not overwrite it.
    const seen = new Set<string>();
    const unique = columns.filter((c) => {
      const key = 'quarter' in c.role ? `${c.role.kind}${c.role.quarter}` : c.role.kind;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { headerRows: quarters.length > 0 ? [row, row + 1] : [row], columns: unique };
  }
  return undefined;
}
