import { filledRows, type TUnitFill } from '../../shared/quarter-sheet/part-fill.js';
import type { TSheetProblem } from '../../shared/quarter-sheet/read-entry-sheet.js';
import { editablePartStates } from '../../shared/workflow/part-workflow.js';
import { partOf } from './load-quarter.js';
import { type ReadPartSheetsOptions, readPartSheets } from './read-part-sheets.js';

export type TPartSheetsCheck = { problems: TSheetProblem[]; problemCount: number; units: TUnitFill[] };

/**
 * What filling the drafts from the sheets would do, nothing stored: the cells that cannot be
 * taken in (the first hundred, and their count), and per unit its part's state and revision and each row filled, before and after.
 */
export async function checkPartSheets(options: ReadPartSheetsOptions): Promise<TPartSheetsCheck> {
  const { context, units, problems, problemCount } = await readPartSheets(options);
  return {
    problems,
    problemCount,
    units: [...units].map(([unitId, entry]) => {
      const part = partOf(context, unitId);
      return {
        unitId,
        state: part.state,
        revision: part.revision,
        editable: editablePartStates.includes(part.state),
        rows: filledRows(context.agreement.agreement, part.content, entry),
      };
    }),
  };
}
