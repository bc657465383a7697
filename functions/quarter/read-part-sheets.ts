import type { TActor } from '../../shared/access/policy.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { readEntrySheets } from '../../shared/quarter-sheet/read-entry-sheet.js';
import type { TSheet } from '../../shared/workbook/workbook.js';
import { assertQuarterOpen, loadQuarter } from './load-quarter.js';

export type ReadPartSheetsOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  /** A division head's own unit: its rows only. Absent: every unit the sheets name (the planner). */
  unitId?: string;
  /**
   * The workbook's sheets, or how to read them: an upload is read only once the caller's right to
   * fill is checked, so a person who may not fill is told so (403), not what is wrong with a file.
   */
  sheets: readonly TSheet[] | (() => Promise<readonly TSheet[]>);
};

/**
 * The open quarter, loaded for whoever fills it (a division head their own part, the planner
 * any unit's), and the entry sheets read against its agreement: each unit's figures and every
 * cell that cannot be taken in.
 */
export async function readPartSheets(options: ReadPartSheetsOptions) {
  const { user, agencyId, year, quarter, unitId } = options;
  const action = unitId ? 'part.write' : 'part.fillFor';
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action });
  assertQuarterOpen(context.quarter);
  const read = readEntrySheets({
    sheets: typeof options.sheets === 'function' ? await options.sheets() : options.sheets,
    agreement: context.agreement.agreement,
    year,
    quarter,
    units: unitsOfYear(context.units, year),
    unitId,
    parts: context.parts.map((part) => part.content),
  });
  return { context, ...read };
}
