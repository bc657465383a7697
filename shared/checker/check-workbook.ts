import { checkBudgetRows } from './check-budget-rows.js';
import { checkQuarterlyRow } from './check-quarterly-row.js';
import type { TCheckedSheet } from './checked-sheet.js';
import type { TFinding } from './finding.js';
import { findTableLayout, type TColumnRole } from './sheet-columns.js';
import { tableRows } from './table-rows.js';

/** What the checker made of one sheet: the table it found (if any) and how much it checked. */
export type TCheckedSheetSummary = {
  name: string;
  /** quarterly: targets, realisations and capaian per quarter; budget: alokasi, realisasi, serapan, sisa. */
  tables: ('quarterly' | 'budget')[];
  /** The recognised columns by their header, in the sheet's order. */
  columns: { label: string; role: TColumnRole }[];
  rows: number;
  /** How many typed figures were recomputed. */
  figures: number;
};

export type TWorkbookCheck = { sheets: TCheckedSheetSummary[]; findings: TFinding[] };

const computedKinds = new Set(['achievement', 'absorption', 'remainder']);

/**
 * Checks a report made by hand (an LKj's or a quarter's tables, a budget table): finds each
 * sheet's table by its headers, recomputes every achievement, absorption, sisa and total with
 * shared/calc, and lists each figure typed otherwise, where it stands.
 */
export function checkWorkbook(sheets: readonly TCheckedSheet[]): TWorkbookCheck {
  const summaries: TCheckedSheetSummary[] = [];
  const findings: TFinding[] = [];
  for (const sheet of sheets) {
    const layout = findTableLayout(sheet);
    if (!layout) {
      summaries.push({ name: sheet.name, tables: [], columns: [], rows: 0, figures: 0 });
      continue;
    }
    const kinds = new Set(layout.columns.map((c) => c.role.kind));
    const quarterly = kinds.has('achievement');
    const budget = kinds.has('allocation') && kinds.has('budgetRealised');
    const rows = tableRows(sheet, layout);
    if (quarterly) findings.push(...rows.flatMap((row) => checkQuarterlyRow(sheet.name, row)));
    if (budget) findings.push(...checkBudgetRows(sheet.name, rows));
    const figures = rows
      .flatMap((row) => [...row.cells.values()])
      .filter((c) => computedKinds.has(c.column.role.kind) && c.cell && c.cell.text.trim() !== '').length;
    summaries.push({
      name: sheet.name,
      tables: [...(quarterly ? (['quarterly'] as const) : []), ...(budget ? (['budget'] as const) : [])],
      columns: layout.columns.map(({ label, role }) => ({ label, role })),
      rows: rows.length,
      figures,
    });
  }
  return { sheets: summaries, findings };
}
