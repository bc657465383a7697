import { seedPkTable } from '../../shared/agreement-workbook/seed-pk-table.fixture.js';
import { xlsxFile } from './xlsx-file.js';

/** The seed's PK table as the agency typed it (shared's fixture), as an XLSX with its merged cells. */
export const seedPkTableXlsx = () =>
  xlsxFile((workbook) => {
    for (const { name, rows, merges } of seedPkTable()) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRows(rows);
      for (const range of merges) sheet.mergeCells(range);
    }
  });
