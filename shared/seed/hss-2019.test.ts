import { describe, expect, it } from 'vitest';
import { buildBudgetTable } from '../calc/budget-table.js';
import { formatPercent } from '../calc/format.js';
import { buildPerformanceTable } from '../calc/performance-table.js';
import { ratioPercent } from '../calc/realised-value.js';
import { ZAgreementVersionSchema } from '../model/agreement.js';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import { checkAgreement } from '../model/agreement-rules.js';
import { guessNumberKind } from '../model/figure.js';
import { checkQuarterPart } from '../model/part-rules.js';
import { ZQuarterPartContentSchema } from '../model/realisation.js';
import {
  agreement2019Murni,
  agreement2019Perubahan,
  deriveAgreementForYear,
  parts2019,
  seedRows2019,
} from './hss-2019.js';
import { reportedFigures2019 } from './hss-2019-reported.js';
import { seedUnits } from './organisation.js';

const units = Object.values(seedUnits);
const table = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 });
const row = (id: string) => {
  const found = table.rows.find((r) => r.indicatorId === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const percents = (xs: readonly (number | null)[]) => xs.map((x) => formatPercent(x));

describe('the 2019 seed agreement', () => {
  it('parses unchanged and keeps every rule, in both versions and derived for another year', () => {
    for (const agreement of [agreement2019Murni, agreement2019Perubahan, deriveAgreementForYear(2026)]) {
      expect(ZAgreementVersionSchema.parse(agreement)).toEqual(agreement);
      expect(checkAgreement(agreement, units)).toEqual([]);
    }
  });

  it('holds 3 objectives, 8 programs, the 34 budget activities and the 35 indicators of Tabel 1 and 2', () => {
    const { objectives, programs, activities } = agreement2019Perubahan;
    expect([objectives.length, programs.length, activities.length, table.rows.length]).toEqual([
      3, 8, 34, 35,
    ]);
    expect(seedRows2019.filter((r) => r.table === 'Tabel 1')).toHaveLength(5);
  });

  it('declares each indicator a count or a decimal by its unit, as the editor would guess it', () => {
    const kinds = new Map(
      indicatorPlaces(agreement2019Perubahan).map(({ indicator }) => [indicator.unit, indicator.numberKind]),
    );
    expect(Object.fromEntries(kinds)).toEqual({
      Orang: 'count',
      Buah: 'count',
      KPM: 'count',
      Dokumen: 'count',
      Persen: 'decimal',
      Indeks: 'decimal',
      'Nilai/Predikat': 'decimal',
    });
    for (const [unit, kind] of kinds) expect(guessNumberKind(unit)).toBe(kind);
  });

  it('differs between the versions only in the budgets', () => {
    const withoutBudgets = (a: typeof agreement2019Murni) => ({
      ...a,
      version: 0,
      kind: '',
      activities: a.activities.map(({ budget: _, ...rest }) => rest),
    });
    expect(withoutBudgets(agreement2019Murni)).toEqual(withoutBudgets(agreement2019Perubahan));
    const pk = buildBudgetTable({ agreement: agreement2019Murni, parts: [] });
    expect(pk.total.allocation).toBe(13_955_701_000);
  });

  it('derives the current year as a PK Murni with the 2019 allocations', () => {
    const derived = deriveAgreementForYear(2026);
    expect(derived).toMatchObject({ year: 2026, version: 1, kind: 'murni' });
    expect(derived.activities.map((a) => a.budget)).toEqual(
      agreement2019Perubahan.activities.map((a) => a.budget),
    );
    expect(agreement2019Perubahan.year).toBe(2019);
  });
});

describe('the 2019 seed parts', () => {
  it('parse unchanged and fit the version they are measured by', () => {
    expect(parts2019).toHaveLength(16);
    for (const part of parts2019) {
      expect(ZQuarterPartContentSchema.parse(part)).toEqual(part);
      const version = part.agreementVersion === 1 ? agreement2019Murni : agreement2019Perubahan;
      expect(checkQuarterPart(version, part)).toEqual([]);
    }
  });

  it('give every indicator a realisation or "nothing to report" in every quarter', () => {
    for (const quarter of [1, 2, 3, 4]) {
      const entered = parts2019
        .filter((p) => p.quarter === quarter)
        .flatMap((p) => p.realisations.map((r) => r.indicatorId));
      expect(entered.sort()).toEqual(table.rows.map((r) => r.indicatorId).sort());
    }
  });
});

describe('the computed 2019 performance table', () => {
  it('matches the right figures of Tabel 2', () => {
    expect(formatPercent(row('uep-masyarakat-miskin').yearAchievement)).toBe('92,31 %');
    expect(percents(row('penyaluran-pangan-masyarakat-miskin').quarterAchievements)).toEqual([
      '95,92 %',
      '95,28 %',
      '92,59 %',
      '92,35 %',
    ]);
    expect(percents(row('cakupan-psks-aktif').quarterAchievements)).toEqual([
      '107,43 %',
      '182,13 %',
      '50,67 %',
      '116,64 %',
    ]);
    expect(percents(row('tingkat-rehabilitasi-sosial-pmks').quarterAchievements)).toEqual([
      '100,00 %',
      '190,32 %',
      '96,20 %',
      '30,56 %',
    ]);
    expect(percents(row('persentase-pmks-mandiri').quarterAchievements.slice(1, 3))).toEqual([
      '67,57 %',
      '51,60 %',
    ]);
    expect(formatPercent(row('dokumen-rumah-sejahtera').quarterAchievements[2])).toBe('51,23 %');
    expect(formatPercent(row('bantuan-sosial-lansia-terlantar').quarterAchievements[1])).toBe('80,53 %');
    expect(formatPercent(row('pelayanan-anak-terlantar').quarterAchievements[0])).toBe('83,78 %');
  });

  it('corrects the wrong ones', () => {
    expect(row('persentase-pmks-mandiri')).toMatchObject({
      quarterAchievements: [
        expect.any(Number),
        expect.any(Number),
        expect.any(Number),
        expect.closeTo(2229.63, 2),
      ],
    });
    // The year from its reported parts: 10.249 / 16.982 = 60,35 % of 65,74 %.
    expect(formatPercent(row('persentase-pmks-mandiri').yearAchievement)).toBe('91,80 %');
    expect(formatPercent(row('uep-anak-terlantar').yearAchievement)).toBe('92,50 %'); // typed 95
    expect(formatPercent(row('pelayanan-penyandang-disabilitas').yearAchievement)).toBe('100,00 %'); // typed 160
    expect(row('uep-masyarakat-miskin').quarterAchievements).toEqual([null, null, 0, null]); // typed 0 0 0
  });

  it('computes the key indicator from its parts: 10.249 / 16.982 is 60,35 %, not the typed 60,85 %', () => {
    const { numerator, denominator, percent } = reportedFigures2019.keyIndicatorFormula;
    expect(formatPercent(ratioPercent(numerator, denominator))).toBe('60,35 %');
    expect(percent).toBe('60,85');
    expect(row('persentase-pmks-mandiri').ratio).toEqual({
      numeratorLabel: 'Jumlah PMKS yang mandiri',
      denominatorLabel: 'Jumlah PMKS yang terdata',
    });
    // The year reads from its reported parts; the typed quarters add up to 60,29 %, shown beside it.
    expect(row('persentase-pmks-mandiri')).toMatchObject({
      yearParts: { numerator: 10_249, denominator: 16_982 },
    });
    expect(formatPercent(row('persentase-pmks-mandiri').yearRealisation)).toBe('60,35 %');
    expect(formatPercent(row('persentase-pmks-mandiri').yearFromQuarters)).toBe('60,29 %');
    expect(formatPercent(row('persentase-pmks-mandiri').toDateAchievements[3])).toBe('91,80 %');
  });

  it('shows each unit its own rows', () => {
    const rowsOf = (unitId: string) =>
      buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019, unitId }).rows.map(
        (r) => r.indicatorCode,
      );
    expect(rowsOf(seedUnits.sekretariat.id)).toEqual(['IKU-1', 'IKU-2', '5.a', '5.1.a', '5.2.a']);
    expect(rowsOf(seedUnits.perlindungan.id)).toEqual([
      'IKU-3',
      '3.a',
      '3.1.a',
      '3.1.b',
      '3.2.a',
      '3.3.a',
      '3.4.a',
    ]);
    expect(rowsOf(seedUnits.pemberdayaan.id)).toHaveLength(11);
    expect(rowsOf(seedUnits.rehabilitasi.id)).toHaveLength(14);
  });
});

describe('the computed 2019 budget table', () => {
  const budget = buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 });

  it('gives the report totals of direct spending', () => {
    const { allocation, realised, remainder, absorption } = reportedFigures2019.directSpending;
    expect(budget.total).toMatchObject({ allocation, realised, remainder });
    expect(formatPercent(budget.total.absorption)).toBe(`${absorption} %`);
  });

  it('corrects the sisa typed for Penyediaan peralatan dan perlengkapan kantor', () => {
    const line = budget.programs.flatMap((p) => p.activities).find((a) => a.code === '7.1');
    expect(line).toMatchObject({ allocation: 99_867_800, realised: 89_417_800, remainder: 10_450_000 });
    expect(reportedFigures2019.budgetLines['7.1']?.remainder).toBe(507_000);
  });

  it('is empty of spending before TW4, where the LKj books the year', () => {
    expect(
      buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter: 3 }).total
        .realised,
    ).toBe(0);
  });

  it('keeps the report indirect-spending totals consistent with themselves', () => {
    const { allocation, realised, remainder, absorption } = reportedFigures2019.allSpending;
    expect(allocation - realised).toBe(remainder);
    expect(formatPercent((realised / allocation) * 100)).toBe(`${absorption} %`);
  });
});
