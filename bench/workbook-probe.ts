/**
 * Run by bench/workbook.ts in a fresh process: the seed's 2019 agreement as its XLSX template
 * (written first, not timed), then read and checked as an import does it twice: the first as a
 * cold workbook function pays it (exceljs loaded), the second warm. Prints the times, the warm CPU
 * time and the process's peak RSS as JSON.
 */
import ExcelJS from 'exceljs';
import { agreementTemplate } from '../shared/agreement-workbook/agreement-template.js';
import { importProblems } from '../shared/agreement-workbook/import-problems.js';
import { readAgreementTemplate } from '../shared/agreement-workbook/read-template.js';
import { agreement2019Perubahan } from '../shared/seed/hss-2019.js';
import { seedUnits } from '../shared/seed/organisation.js';

const units = Object.values(seedUnits);
const sheets = agreementTemplate(agreement2019Perubahan, units);
const template = new ExcelJS.Workbook();
for (const model of sheets) {
  const sheet = template.addWorksheet(model.name);
  sheet.addRow(model.columns.map((column) => column.header));
  sheet.addRows(model.rows);
}
const bytes = new Uint8Array(await template.xlsx.writeBuffer());

async function readAndCheck(): Promise<number> {
  const { parseWorkbook } = await import('../functions/workbook/parse-workbook.js');
  const workbook = await parseWorkbook(bytes, 'PK 2019.xlsx');
  const read = readAgreementTemplate(workbook, units, () => 'indikator-baru');
  const { problems } = importProblems(
    read,
    { ...agreement2019Perubahan, version: 3, kind: 'perubahan' },
    units,
  );
  if (problems.length > 0) throw new Error(`the seed's template has problems: ${JSON.stringify(problems)}`);
  return workbook.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
}

const coldStarted = performance.now();
await readAndCheck();
const coldMs = performance.now() - coldStarted;
const warmStarted = performance.now();
const cpuBefore = process.cpuUsage();
const rows = await readAndCheck();
const cpu = process.cpuUsage(cpuBefore);
const warmMs = performance.now() - warmStarted;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    bytes: bytes.length,
    rows,
    coldMs,
    warmMs,
    warmCpuMs: (cpu.user + cpu.system) / 1000,
    rssMb,
  }),
);
