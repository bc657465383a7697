/**
 * A sheet as the upload's parse gives it (shared/workbook): rows of cells, each with its text as
 * shown and its number where it holds one. Only what the checker reads is named here.
 */
export type TCheckedCell = { text: string; number?: number; ambiguous?: true };
export type TCheckedSheet = { name: string; rows: readonly (readonly (TCheckedCell | null)[])[] };

/** A cell's text, trimmed; '' where the cell is empty or beyond the row. */
export const cellText = (sheet: TCheckedSheet, row: number, column: number): string =>
  sheet.rows[row]?.[column]?.text.trim() ?? '';

/** A cell as the sheet has it; undefined where it is empty. */
export const cellAt = (sheet: TCheckedSheet, row: number, column: number): TCheckedCell | undefined =>
  sheet.rows[row]?.[column] ?? undefined;

/** A column's letters as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
