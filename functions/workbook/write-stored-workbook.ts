import { PutObjectCommand } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import type { TSheetModel } from '../../shared/workbook/sheet-model.js';
import { buckets } from '../s3/bucket-names.js';
import { s3 } from '../s3/client.js';
import type { TWriteRequest } from './workbook-requests.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes a workbook of sheet models under uploads/ (the API then hands out a download link):
 * bold frozen headers, column widths, and a list to pick from in the choice columns. Text is
 * written as text, never as a formula.
 */
export async function writeStoredWorkbook(request: TWriteRequest): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const model of request.sheets) addSheet(workbook, model);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  await s3.send(
    new PutObjectCommand({
      Bucket: buckets.evidence,
      Key: request.objectKey,
      Body: body,
      ContentType: xlsxType,
    }),
  );
}

function addSheet(workbook: ExcelJS.Workbook, model: TSheetModel): void {
  const sheet = workbook.addWorksheet(model.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = model.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(model.rows);
  // Room to add rows below the agreement's own, each offered the same choices.
  const lastRow = Math.max(model.rows.length + 1, 500);
  model.columns.forEach((column, c) => {
    if (!column.choices) return;
    const letter = sheet.getColumn(c + 1).letter;
    for (let r = 2; r <= lastRow; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
      };
    }
  });
}
