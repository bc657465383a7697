import * as z from 'zod';
import type { TSheet } from '../workbook/workbook.js';
import { checkBudgetRows } from './check-budget-rows.js';
import { checkQuarterlyRow } from './check-quarterly-row.js';
import { type TFinding, ZFindingSchema } from './finding.js';
import { findTableLayout, ZColumnRoleSchema } from './sheet-columns.js';
import { tableRows } from './table-rows.js';

/** What the checker made of one sheet: the table it found (if any) and how much it checked. */
const ZSheetSummarySchema = z.object({
  name: z.string(),
  /** quarterly: targets, realisations and capaian per quarter; budget: alokasi, realisasi, serapan, sisa. */
  tables: z.array(z.enum(['quarterly', 'budget'])),
  /** The recognised columns by their header, in the sheet's order. */
  columns: z.array(z.object({ label: z.string(), role: ZColumnRoleSchema })),
  rows: z.int(),
  /** How many typed figures were recomputed. */
  figures: z.int(),
});
type TSheetSummary = z.infer<typeof ZSheetSummarySchema>;

/**
 * Findings listed at most: the check answers the browser, and its findings go to the workbook
 * function to be written as XLSX, each through Lambda's 6 MB; 500 of texts clipped to 300
 * characters take well under 1 MB. A sheet with more has a slip copied down a column; the person
 * fixes those and checks again.
 */
const maxListedFindings = 500;

/** A hand-made workbook checked: each sheet read, and every figure typed otherwise (the first 500, with their count). */
export const ZWorkbookCheckSchema = z.object({
  sheets: z.array(ZSheetSummarySchema),
  findings: z.array(ZFindingSchema),
  /** How many figures are typed otherwise, those listed and the rest. */
  findingsCount: z.int(),
});
export type TWorkbookCheck = z.infer<typeof ZWorkbookCheckSchema>;

const computedKinds = new Set(['achievement', 'absorption', 'remainder']);

/**
 * Checks a report made by hand (an LKj's or a quarter's tables, a budget table): finds each
 * sheet's table by its headers, recomputes every achievement, absorption, sisa and total with
 * shared/calc, and lists each figure typed otherwise, where it stands.
 */
export function checkWorkbook(sheets: readonly TSheet[]): TWorkbookCheck {
  const summaries: TSheetSummary[] = [];
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
  return {
    sheets: summaries,
    findings: findings.slice(0, maxListedFindings),
    findingsCount: findings.length,
  };
}
