import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectStatus } from './api-client.js';
import { completeEntry } from './fill-part.js';
import { columnsOf } from './xlsx-columns.js';

/** Fetches a download link's file: an XLSX by its name, opened with exceljs. */
export async function downloaded(url: string): Promise<ExcelJS.Workbook> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toContain('.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The agreement version in force in the agency's year, as any reader sees it. */
export async function agreementInForce(agencyId: string, year: number): Promise<TAgreementVersion> {
  const { version } = await expectStatus(
    clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({
      param: { agencyId, year: String(year) },
    }),
    200,
  );
  return version?.agreement ?? expect.fail('no agreement');
}

/** A downloaded entry sheet filled in Excel as the units' heads would: each unit's complete entry. */
export async function filledInExcel(
  workbook: ExcelJS.Workbook,
  agreement: TAgreementVersion,
  quarter: TQuarter,
): Promise<Uint8Array> {
  const sheet = workbook.worksheets[0] ?? expect.fail('no sheet');
  const at = columnsOf(sheet);
  const units = new Map(Object.values(seedUnits).map((unit) => [unit.name, unit.id]));
  const codes = new Map(
    [...agreement.objectives, ...agreement.programs, ...agreement.activities]
      .flatMap((owner) => owner.indicators)
      .map((indicator) => [indicator.code, indicator.id]),
  );
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const unitId = units.get(String(row.getCell(at('Unit kerja')).value)) ?? '';
    const entry = completeEntry(agreement, unitId, quarter);
    const code = String(row.getCell(at('Kode')).value);
    const realisation = entry.realisations.find((x) => x.indicatorId === codes.get(code));
    const spent = entry.budget.find((b) => b.activityCode === code);
    row.getCell(at('Realisasi')).value = realisation?.value ?? spent?.amount ?? null;
    row.getCell(at('Pembilang')).value = realisation?.numerator ?? null;
    row.getCell(at('Penyebut')).value = realisation?.denominator ?? null;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A part's figures, to compare with what was entered. */
export const figuresOf = (content: {
  realisations: { indicatorId: string; value?: number; numerator?: number; denominator?: number }[];
}) =>
  content.realisations.map(({ indicatorId, value, numerator, denominator }) => ({
    indicatorId,
    value,
    numerator,
    denominator,
  }));
