import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { readSheet, sheetCells } from '../../functions/reports/xlsx/xlsx-read.fixture.js';
import type { TReportFileRecord } from '../../shared/model/report-file.js';
import { apiAs, screenshotFile } from './e2e-support.js';

const run = promisify(execFile);

/** A downloaded XLSX as a spreadsheet program reads it back. */
export const readWorkbook = async (xlsx: Buffer) => (await readSheet(xlsx)).workbook;

/** The sheet's texts, cell by cell. */
export const cellTexts = (sheet: ExcelJS.Worksheet): string[] =>
  sheetCells(sheet)
    .flat()
    .filter((value): value is string => typeof value === 'string');

type TFileChoice = Pick<TReportFileRecord, 'kind' | 'format' | 'locale' | 'unitId'>;

/** A file of an agency's quarter (its newest version) as its reader downloads it. */
export async function ownFile(
  base: string,
  agencyId: string,
  year: number,
  quarter: 1 | 2 | 3 | 4,
  choice: TFileChoice,
): Promise<Buffer> {
  const api = await apiAs(base, 'pengamat');
  const reports = api.agencies[':agencyId'].years[':year'].reports;
  const param = { agencyId, year: String(year) };
  const { files } = await (await reports.$get({ param, query: { quarter: String(quarter) } })).json();
  const chosen = (f: TFileChoice) =>
    f.kind === choice.kind &&
    f.format === choice.format &&
    f.locale === choice.locale &&
    f.unitId === choice.unitId;
  const file = files.filter(chosen).sort((a, b) => b.version - a.version)[0];
  if (!file) throw new Error(`${agencyId} has no ${choice.kind} ${choice.format} of ${year} TW${quarter}`);
  const link = await (
    await reports[':fileId'].download.$get({ param: { ...param, fileId: file.id } })
  ).json();
  return Buffer.from(await (await fetch(link.url)).arrayBuffer());
}

/** The agency's own Tabel E.81 of a quarter (its newest version), as its reader downloads it. */
export const ownE81 = async (base: string, agencyId: string, year: number, quarter: 1 | 2 | 3 | 4) =>
  readWorkbook(
    await ownFile(base, agencyId, year, quarter, { kind: 'e81', format: 'xlsx', locale: 'id', unitId: null }),
  );

/** Renders one page of a PDF with poppler as a screenshot of that name (the README's, when updating). */
export async function savePdfPage(pdf: Buffer, page: number, name: string, dpi = 60): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'capaian-e2e-pdf-'));
  try {
    await writeFile(join(dir, 'file.pdf'), pdf);
    const out = screenshotFile(name).replace(/\.png$/, '');
    await run('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      join(dir, 'file.pdf'),
      out,
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
