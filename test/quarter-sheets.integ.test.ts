import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { fillPartsFromSheets } from '../functions/quarter/fill-parts-from-sheets.js';
import { AppError } from '../shared/app-error.js';
import { sheetOf } from '../shared/checker/checker.fixture.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import type { TUnit } from '../shared/model/organisation.js';
import type { TPartRecord } from '../shared/model/records.js';
import { entrySheet, type TEntryValue } from '../shared/quarter-sheet/entry-sheet.js';
import { seedUnits, seedUsers } from '../shared/seed/organisation.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { completeEntry, headOf } from './support/fill-part.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const year = openYear();
const agencyId = 'dinsos-hss';
const yearParam = { agencyId, year: String(year) };
const user = (id: string) => seedUsers.find((u) => u.id === id) ?? expect.fail(id);
const units = Object.values(seedUnits);

async function agreementInForce(): Promise<TAgreementVersion> {
  const { version } = await expectStatus(
    clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
    200,
  );
  return version?.agreement ?? expect.fail('no agreement');
}

async function partNow(unitId: string, quarter: number): Promise<TPartRecord> {
  const param = { ...yearParam, quarter: String(quarter), unitId };
  const { part } = await expectStatus(
    clientAs(headOf[unitId] ?? '').agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[
      ':unitId'
    ].$get({ param }),
    200,
  );
  return part;
}

/** Units' entry sheet filled as their heads would: every indicator on target, a quarter of each budget. */
function filledSheet(agreement: TAgreementVersion, only: readonly TUnit[], quarter: 1 | 2, name = 'Isian') {
  const entries = new Map(only.map((unit) => [unit.id, completeEntry(agreement, unit.id, quarter)]));
  const byName = new Map(only.map((unit) => [unit.name, unit.id]));
  const ids = new Map(
    [...agreement.objectives, ...agreement.programs, ...agreement.activities]
      .flatMap((owner) => owner.indicators)
      .map((indicator) => [indicator.code, indicator.id]),
  );
  const sheet = entrySheet({ agreement, units: only, year, quarter, parts: [], locale: 'id' });
  const rows = sheet.rows.map((row): TEntryValue[] => {
    const [unitName, code] = row;
    const entry = entries.get(byName.get(String(unitName)) ?? '');
    const realisation = entry?.realisations.find((r) => r.indicatorId === ids.get(String(code)));
    if (realisation)
      return [
        ...row.slice(0, 5),
        realisation.value ?? null,
        realisation.numerator ?? null,
        realisation.denominator ?? null,
        null,
      ];
    const spent = entry?.budget.find((b) => b.activityCode === code);
    return spent ? [...row.slice(0, 5), spent.amount, null, null, null] : row;
  });
  return { rows, sheet: sheetOf(name, [sheet.columns.map((c) => c.header), ...rows]), entries };
}

const figures = (part: TPartRecord) =>
  part.content.realisations.map(({ indicatorId, value, numerator, denominator }) => ({
    indicatorId,
    value,
    numerator,
    denominator,
  }));

describe('quarter figures from a workbook', () => {
  it("fill a division head's draft as typing would, on the record as theirs, and submit nothing", async () => {
    const agreement = await agreementInForce();
    const unit = seedUnits.pemberdayaan;
    const { sheet, entries } = filledSheet(agreement, [unit], 1);
    const entry = entries.get(unit.id) ?? expect.fail('no entry');
    const before = await partNow(unit.id, 1);
    const [saved] = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 1,
      unitId: unit.id,
      sheets: [sheet],
      fileName: 'isian-tw1.xlsx',
    });
    expect(saved?.state).toBe('draft');
    expect(saved?.revision).toBe(before.revision + 1);
    const now = await partNow(unit.id, 1);
    expect(figures(now)).toEqual(
      entry.realisations.map(({ indicatorId, value, numerator, denominator }) => ({
        indicatorId,
        value,
        numerator,
        denominator,
      })),
    );
    expect(now.content.budget).toEqual(entry.budget);
    const { events } = await expectStatus(
      clientAs('inspektorat').agencies[':agencyId'].years[':year'].quarters[':quarter'].audit.$get({
        query: {},
        param: { ...yearParam, quarter: '1' },
      }),
      200,
    );
    expect(events.find((e) => e.action === 'fillFromWorkbook')).toMatchObject({
      actorId: 'kabid-pemberdayaan',
      reason: 'diisi dari lembar kerja isian-tw1.xlsx',
      subject: { kind: 'part', quarter: 1, unitId: unit.id },
    });
  });

  it('refuses bad figures with every problem at its row and column, and stores nothing', async () => {
    const agreement = await agreementInForce();
    const unit = seedUnits.perlindungan;
    const { rows } = filledSheet(agreement, [unit], 2);
    const bad = rows.map((row, r) => (r === 0 ? [...row.slice(0, 5), 'banyak', ...row.slice(6)] : row));
    const header = entrySheet({
      agreement,
      units: [unit],
      year,
      quarter: 2,
      parts: [],
      locale: 'id',
    }).columns;
    const before = await partNow(unit.id, 2);
    const refused = await fillPartsFromSheets({
      user: user('kabid-perlindungan'),
      agencyId,
      year,
      quarter: 2,
      unitId: unit.id,
      sheets: [sheetOf('Isian', [header.map((c) => c.header), ...bad])],
      fileName: 'isian.xlsx',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Lembar kerja berisi 1 masalah; tidak ada yang disimpan.',
      issues: [{ path: 'file', message: "Lembar 'Isian', baris 2, kolom F: 'banyak' bukan angka" }],
    });
    expect((await partNow(unit.id, 2)).revision).toBe(before.revision);
  });

  it("take in a whole quarter for every unit from the planner's workbook, each part left for its head to submit", async () => {
    const agreement = await agreementInForce();
    const sheets = [filledSheet(agreement, units, 2).sheet];
    const saved = await fillPartsFromSheets({
      user: user('perencana'),
      agencyId,
      year,
      quarter: 2,
      sheets,
      fileName: 'tw2.xlsx',
    });
    expect(saved.map((part) => [part.content.unitId, part.state]).sort()).toEqual(
      units.map((unit) => [unit.id, 'draft']).sort(),
    );
    for (const unit of units) {
      const now = await partNow(unit.id, 2);
      expect(figures(now).length, unit.id).toBeGreaterThan(0);
    }
    const refused = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 2,
      sheets,
      fileName: 'tw2.xlsx',
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("take a head's rows from the whole-quarter sheet sent round after the others drafted, passing over theirs", async () => {
    const agreement = await agreementInForce();
    const stored = await Promise.all(units.map((unit) => partNow(unit.id, 2)));
    const parts = stored.map((part) => part.content);
    const whole = entrySheet({ agreement, units, year, quarter: 2, parts, locale: 'id' });
    const own = seedUnits.pemberdayaan;
    const activity =
      whole.rows.find((row) => row[0] === own.name && row[3] === 'Rp') ?? expect.fail('no activity');
    const spent = Number(activity[5] ?? 0) + 1_000;
    const rows = whole.rows.map((row) =>
      row === activity ? row.map((cell, c) => (c === 5 ? spent : cell)) : row,
    );
    const saved = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 2,
      unitId: own.id,
      sheets: [sheetOf('Isian', [whole.columns.map((c) => c.header), ...rows])],
      fileName: 'tw2.xlsx',
    });
    expect(saved.map((part) => part.content.unitId)).toEqual([own.id]);
    const budget = (await partNow(own.id, 2)).content.budget;
    expect(budget.find((b) => b.activityCode === activity[1])?.amount).toBe(spent);
    for (const [i, unit] of units.entries())
      if (unit.id !== own.id) expect(await partNow(unit.id, 2), unit.id).toEqual(stored[i]);
  });

  it("refuses another unit's sheet from a division head", async () => {
    const agreement = await agreementInForce();
    const { sheet } = filledSheet(agreement, [seedUnits.sekretariat], 1, 'Sekretariat');
    const refused = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 1,
      unitId: seedUnits.pemberdayaan.id,
      sheets: [sheet],
      fileName: 'isian.xlsx',
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      issues: expect.arrayContaining([
        {
          path: 'file',
          message: `Lembar 'Sekretariat', baris 2, kolom A: baris ini untuk unit '${seedUnits.sekretariat.name}', bukan unit Anda: kosongkan atau hapus baris unit lain, atau unduh lembar isian unit Anda`,
        },
      ]),
    });
  });
});
