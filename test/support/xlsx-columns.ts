import type ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** A downloaded sheet's column number by its header label (row 1). */
export function columnsOf(sheet: ExcelJS.Worksheet): (label: string) => number {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, c) => columns.set(String(cell.value), c));
  return (label) => columns.get(label) ?? expect.fail(`no column ${label}`);
}
