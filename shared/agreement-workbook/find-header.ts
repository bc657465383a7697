import { looseText } from '../workbook/loose-text.js';
import type { TSheet } from '../workbook/workbook.js';
import { columnHeaders, type TTemplateColumn } from './template-columns.js';

/**
 * Columns a workbook may leave out: a new indicator's id, a ratio's parts, and what an agency's own
 * PK table does not hold, which the import then proposes as a default the planner confirms (the
 * indicator's code, kind, direction, how the year follows from the quarters, the annual target, an
 * activity's program code) or leaves blank (an IKU's formula and data source).
 */
export const optionalColumns = new Set<TTemplateColumn>([
  'id',
  'numeratorLabel',
  'denominatorLabel',
  'numberKind',
  'indicatorCode',
  'polarity',
  'aggregation',
  'target',
  'programCodeOfActivity',
  'formula',
  'dataSource',
]);

/**
 * The header row of a sheet (within its first 20 rows: titles may stand above it) and the column
 * of each of `wanted`, by its header's text in either language; or the required headers not found. Where
 * two columns share a header ("Unit penanggung jawab"), the one this sheet wants takes it.
 */
export function findHeader(
  sheet: TSheet,
  wanted: readonly TTemplateColumn[],
): { row: number; columns: Map<TTemplateColumn, number> } | { missing: string[] } {
  let best: { row: number; columns: Map<TTemplateColumn, number> } | undefined;
  sheet.rows.slice(0, 20).forEach((cells, row) => {
    const columns = new Map<TTemplateColumn, number>();
    cells.forEach((cell, c) => {
      if (!cell || cell.merged) return;
      const text = looseText(cell.text);
      const column = wanted.find(
        (w) =>
          !columns.has(w) &&
          (looseText(columnHeaders[w].header) === text ||
            columnHeaders[w].also.some((a) => looseText(a) === text)),
      );
      if (column) columns.set(column, c);
    });
    if (columns.size > (best?.columns.size ?? 0)) best = { row, columns };
  });
  const missing = wanted
    .filter((w) => !optionalColumns.has(w) && !best?.columns.has(w))
    .map((w) => columnHeaders[w].header);
  return best && missing.length === 0 ? best : { missing };
}
