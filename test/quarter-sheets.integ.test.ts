import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { fillPartsFromSheets } from '../functions/quarter/fill-parts-from-sheets.js';
import { AppError } from '../shared/app-error.js';
import { sheetOf } from '../shared/checker/checker.fixture.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import type { TPartRecord } from '../shared/model/records.js';
import { entrySheetGrid, type TEntryValue } from '../shared/quarter-sheet/entry-sheet.js';
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
  const { versions } = await expectStatus(
    clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
    200,
  );
  return versions[0]?.agreement ?? expect.fail('no agreement');
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

/** A unit's entry sheet filled as its head would: every indicator on target, a quarter of each budget. */
function filledSheet(agreement: TAgreementVersion, unit: (typeof units)[number], quarter: 1 | 2) {
  const entry = completeEntry(agreement, unit.id, quarter);
  const codes = new Map(agreement.activities.map((a) => [a.code, a]));
  const grid = entrySheetGrid({ agreement, unit, year, quarter, locale: 'id' }).map((row): TEntryValue[] => {
    const [code] = row;
    const realisation = entry.realisations.find((r) => agreementCode(agreement, r.indicatorId) === code);
    if (realisation && row.length === 8)
      return [
        ...row.slice(0, 4),
        realisation.value ?? null,
        realisation.numerator ?? null,
        realisation.denominator ?? null,
        null,
      ];
    const spent =
      typeof code === 'string' && codes.has(code) && row.length === 4
        ? entry.budget.find((b) => b.activityCode === code)
        : undefined;
    return spent ? [...row.slice(0, 3), spent.amount] : row;
  });
  return { grid, entry };
}

const agreementCode = (agreement: TAgreementVersion, indicatorId: string) =>
  [...agreement.objectives, ...agreement.programs, ...agreement.activities]
    .flatMap((owner) => owner.indicators)
    .find((indicator) => indicator.id === indicatorId)?.code;

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
    const { grid, entry } = filledSheet(agreement, unit, 1);
    const before = await partNow(unit.id, 1);
    const [saved] = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 1,
      unitId: unit.id,
      sheets: [sheetOf('TW1', grid)],
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
    const { grid } = filledSheet(agreement, unit, 2);
    const first = grid.findIndex((row) => row.length === 8 && row[0] !== 'Kode');
    const bad = grid.map((row, r) => (r === first ? [...row.slice(0, 4), 'banyak', ...row.slice(5)] : row));
    const before = await partNow(unit.id, 2);
    const refused = await fillPartsFromSheets({
      user: user('kabid-perlindungan'),
      agencyId,
      year,
      quarter: 2,
      unitId: unit.id,
      sheets: [sheetOf('Isian', bad)],
      fileName: 'isian.xlsx',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Lembar kerja berisi 1 masalah; tidak ada yang disimpan.',
      issues: [
        { path: 'file', message: `Lembar 'Isian', baris ${first + 1}, kolom E: 'banyak' bukan angka` },
      ],
    });
    expect((await partNow(unit.id, 2)).revision).toBe(before.revision);
  });

  it("take in a whole quarter for every unit from the planner's workbook, each part left for its head to submit", async () => {
    const agreement = await agreementInForce();
    const sheets = units.map((unit) => sheetOf(unit.name.slice(0, 31), filledSheet(agreement, unit, 2).grid));
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

  it("refuses another unit's sheet from a division head", async () => {
    const agreement = await agreementInForce();
    const { grid } = filledSheet(agreement, seedUnits.sekretariat, 1);
    const refused = await fillPartsFromSheets({
      user: user('kabid-pemberdayaan'),
      agencyId,
      year,
      quarter: 1,
      unitId: seedUnits.pemberdayaan.id,
      sheets: [sheetOf('Sekretariat', grid)],
      fileName: 'isian.xlsx',
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      issues: [
        {
          path: 'file',
          message: `Lembar 'Sekretariat', baris 2, kolom B: lembar ini untuk unit '${seedUnits.sekretariat.name}', bukan unit Anda`,
        },
      ],
    });
  });
});
