import { handMadeLayout } from '../../shared/agreement-workbook/hand-made-layout.fixture.js';
import { xlsxFile } from './xlsx-file.js';

/** The hand-made agreement layout (shared's fixture) as an XLSX, its headers retyped by `renamed`. */
export const handMadeLayoutXlsx = (renamed: Record<string, string> = {}) =>
  xlsxFile((workbook) => {
    for (const [name, rows] of Object.entries(handMadeLayout(renamed)))
      workbook.addWorksheet(name).addRows(rows);
  });
