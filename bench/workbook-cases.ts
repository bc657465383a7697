import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sheetModelsKey } from '../functions/s3/object-name.js';
import type { TWorkbookRequest } from '../functions/workbook/workbook-requests.js';
import { xlsxOfModels } from '../functions/workbook/write-xlsx.js';
import { agreementTemplate } from '../shared/agreement-workbook/agreement-template.js';
import type { TUnit } from '../shared/model/organisation.js';
import { entrySheet } from '../shared/quarter-sheet/entry-sheet.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedUnits } from '../shared/seed/organisation.js';
import type { TSheetModel } from '../shared/workbook/sheet-model.js';
import { columnLetters, maxWorkbookRows } from '../shared/workbook/workbook.js';
import type { TWorkbookProblem } from '../shared/workbook/workbook-problem.js';
import { handMadeXlsx2019 } from '../test/support/hand-made-workbook.js';

/**
 * One thing the workbook function is asked for: the files it reads (by key), its requests in
 * order and, for a file it must refuse, the problem's code it answers with and the warm call's
 * requests (a refused file is deleted, so the warm call reads a copy).
 */
export type TWorkbookCase = {
  name: string;
  files: Record<string, Uint8Array>;
  requests: TWorkbookRequest[];
  warmRequests?: TWorkbookRequest[];
  goal?: string;
  refused?: TWorkbookProblem['code'];
};

/** A zip bomb of rows: 30 million empty rows, 180 MB packed into about 200 KB, within the size counted. */
function rowsBomb(): Uint8Array {
  const rows = '<row/>'.repeat(30_000_000);
  const sheet = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
  return zipSync(
    { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) },
    { level: 9 },
  );
}

const units = Object.values(seedUnits);
const entry = (only: readonly TUnit[]) =>
  entrySheet({
    agreement: agreement2019Perubahan,
    units: only,
    year: 2019,
    quarter: 4,
    parts: parts2019.filter((part) => part.quarter === 4),
    locale: 'id',
  });
const parse = (objectKey: string) => ({ kind: 'parse' as const, objectKey, fileName: 'bench.xlsx' });
const write = (objectKey: string) => ({
  kind: 'write' as const,
  objectKey,
  sheetsKey: sheetModelsKey(objectKey),
});
/** The sheets a write of `objectKey` reads, as the API leaves them in the bucket. */
const sheetsOf = (objectKey: string, only: readonly TUnit[]) => ({
  [sheetModelsKey(objectKey)]: strToU8(JSON.stringify([entry(only)])),
});

/**
 * The planner's whole quarter as LibreOffice saves it once its rows were styled down to row
 * 100.000: each empty row kept with its styled cells, 100.000 of them (about 17 MB unpacked).
 */
async function styledDown(sheet: TSheetModel): Promise<Uint8Array> {
  const files = unzipSync(await xlsxOfModels([sheet]));
  const first = sheet.rows.length + 2;
  const cells = (r: number) => sheet.columns.map((_, c) => `<c r="${columnLetters(c)}${r}" s="1"/>`).join('');
  const rows = Array.from(
    { length: 100_000 - first + 1 },
    (_, i) =>
      `<row r="${first + i}" s="1" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">${cells(first + i)}</row>`,
  ).join('');
  const xml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</sheetData>', `${rows}</sheetData>`));
  return zipSync(files);
}

/**
 * What the seed's people ask of the workbook function: the agreement imported from its template,
 * the checker on the seed's tables typed in Excel, a division head's entry sheet and the planner's
 * whole quarter (each written for download, then read back filled: TW4's figures), and the largest
 * workbook an upload may be (its rows at the limit), which sets the function's memory.
 */
export async function workbookCases(): Promise<TWorkbookCase[]> {
  const whole = entry(units);
  const bomb = rowsBomb();
  const atLimit = {
    ...whole,
    rows: Array.from({ length: maxWorkbookRows - 1 }, (_, i) => whole.rows[i % whole.rows.length] ?? []),
  };
  return [
    {
      name: `agreement import, seed 2019 (${units.length} units)`,
      files: {
        'uploads/bench/agreement.xlsx': await xlsxOfModels(agreementTemplate(agreement2019Perubahan, units)),
      },
      requests: [parse('uploads/bench/agreement.xlsx')],
      goal: '< 1 s',
    },
    {
      name: "checker, the seed's three tables typed in Excel",
      files: { 'uploads/bench/lkj.xlsx': await handMadeXlsx2019() },
      requests: [parse('uploads/bench/lkj.xlsx')],
    },
    {
      name: 'quarter entry sheet, one unit (TW4): written, read back',
      files: {
        'uploads/bench/unit.xlsx': await xlsxOfModels([entry([seedUnits.pemberdayaan])]),
        ...sheetsOf('uploads/bench/out-unit.xlsx', [seedUnits.pemberdayaan]),
      },
      requests: [write('uploads/bench/out-unit.xlsx'), parse('uploads/bench/unit.xlsx')],
    },
    {
      name: `planner's whole quarter, ${units.length} units (TW4): written, read back`,
      files: {
        'uploads/bench/quarter.xlsx': await xlsxOfModels([whole]),
        ...sheetsOf('uploads/bench/out-quarter.xlsx', units),
      },
      requests: [write('uploads/bench/out-quarter.xlsx'), parse('uploads/bench/quarter.xlsx')],
    },
    {
      name: `largest accepted upload (${maxWorkbookRows.toLocaleString('id-ID')} rows)`,
      files: { 'uploads/bench/limit.xlsx': await xlsxOfModels([atLimit]) },
      requests: [parse('uploads/bench/limit.xlsx')],
    },
    {
      name: `planner's whole quarter, styled down to row 100.000 (LibreOffice)`,
      files: { 'uploads/bench/styled.xlsx': await styledDown(whole) },
      requests: [parse('uploads/bench/styled.xlsx')],
    },
    {
      name: 'a zip bomb of 30 million empty rows (200 KB), refused',
      files: { 'uploads/bench/bomb.xlsx': bomb, 'uploads/bench/bomb-warm.xlsx': bomb },
      requests: [parse('uploads/bench/bomb.xlsx')],
      warmRequests: [parse('uploads/bench/bomb-warm.xlsx')],
      // Its rows hold no value: none counts, and the 180 MB they unpack to are refused.
      refused: 'contentTooLarge',
    },
  ];
}
