import type { TWorkbookRequest } from '../functions/workbook/workbook-requests.js';
import { xlsxOfModels } from '../functions/workbook/write-xlsx.js';
import { agreementTemplate } from '../shared/agreement-workbook/agreement-template.js';
import type { TUnit } from '../shared/model/organisation.js';
import { entrySheet } from '../shared/quarter-sheet/entry-sheet.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedUnits } from '../shared/seed/organisation.js';
import { maxWorkbookRows } from '../shared/workbook/workbook.js';
import { handMadeXlsx2019 } from '../test/support/hand-made-workbook.js';

/** One thing the workbook function is asked for: the files it reads (by key) and its requests in order. */
export type TWorkbookCase = {
  name: string;
  files: Record<string, Uint8Array>;
  requests: TWorkbookRequest[];
  goal?: string;
};

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
const write = (objectKey: string, only: readonly TUnit[]) => ({
  kind: 'write' as const,
  objectKey,
  sheets: [entry(only)],
});

/**
 * What the seed's people ask of the workbook function: the agreement imported from its template,
 * the checker on the seed's tables typed in Excel, a division head's entry sheet and the planner's
 * whole quarter (each written for download, then read back filled: TW4's figures), and the largest
 * workbook an upload may be (its rows at the limit), which sets the function's memory.
 */
export async function workbookCases(): Promise<TWorkbookCase[]> {
  const whole = entry(units);
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
      files: { 'uploads/bench/unit.xlsx': await xlsxOfModels([entry([seedUnits.pemberdayaan])]) },
      requests: [
        write('uploads/bench/out-unit.xlsx', [seedUnits.pemberdayaan]),
        parse('uploads/bench/unit.xlsx'),
      ],
    },
    {
      name: `planner's whole quarter, ${units.length} units (TW4): written, read back`,
      files: { 'uploads/bench/quarter.xlsx': await xlsxOfModels([whole]) },
      requests: [write('uploads/bench/out-quarter.xlsx', units), parse('uploads/bench/quarter.xlsx')],
    },
    {
      name: `largest accepted upload (${maxWorkbookRows.toLocaleString('id-ID')} rows)`,
      files: { 'uploads/bench/limit.xlsx': await xlsxOfModels([atLimit]) },
      requests: [parse('uploads/bench/limit.xlsx')],
    },
  ];
}
