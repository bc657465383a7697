import { seedRows2019, yearParts2019 } from './hss-2019.js';
import { budgetLines2019 } from './hss-2019-budget.js';

/** A total line as the report types it. */
export type TReportedTotal = { allocation: number; realised: number; absorption: string; remainder: number };

/** A figure the report computed from parts: numerator, denominator and its typed percentage. */
export type TReportedRatio = { numerator: number; denominator: number; percent: string };

/**
 * The figures the report computed by hand, kept apart from the raw inputs so tests and the
 * discrepancy list can hold the product's figures against them. Numbers typed with a comma are
 * kept as typed text, so their precision is known.
 */
export const reportedFigures2019 = {
  /** Capaian TW1..TW4 of Tabel 1 and Tabel 2 by indicator id; null where blank. */
  achievements: Object.fromEntries(
    seedRows2019.map((row) => [row.indicator.id, { table: row.table, cells: row.typedAchievements }]),
  ),
  /** Realisasi Anggaran: absorption % and sisa per activity code, and the name where it differs. */
  budgetLines: Object.fromEntries(budgetLines2019.map((line) => [line.code, line.typed])),
  /** Belanja langsung (direct spending, the activities): Ikhtisar Eksekutif and Bab IV. */
  directSpending: {
    allocation: 15_959_915_800,
    realised: 15_184_698_608,
    absorption: '95,14',
    remainder: 775_217_192,
  } satisfies TReportedTotal,
  /** APBD including indirect spending (salaries), not itemised in the report. */
  allSpending: {
    allocation: 20_100_440_800,
    realised: 18_017_771_444,
    absorption: '89,64',
    remainder: 2_082_669_356,
  } satisfies TReportedTotal,
  /** The IKU formula under Tabel 2: Jumlah PMKS yang mandiri / Jumlah PMKS yang terdata. */
  keyIndicatorFormula: {
    indicatorId: 'persentase-pmks-mandiri',
    ...yearParts2019['persentase-pmks-mandiri'],
    percent: '60,85',
  },
  /** The programs' year realisations in the Bab III narrative ("terealisasi 6,06 %"). */
  programYears: [
    {
      indicatorId: 'tingkat-pemberdayaan-pmks',
      realised: '6,06',
      parts: yearParts2019['tingkat-pemberdayaan-pmks'],
    },
    { indicatorId: 'tingkat-pelayanan-sosial-pmks', realised: '7,2' },
    { indicatorId: 'tingkat-rehabilitasi-sosial-pmks', realised: '3,26' },
    { indicatorId: 'tingkat-perlindungan-sosial-pmks', realised: '67,91' },
    { indicatorId: 'cakupan-psks-aktif', realised: '56,07' },
  ],
  /** Tabel 1's narrative: "target kegiatan 78,25% atau jumlah 21 dokumen dari total jumlah 27 dokumen". */
  documentsTarget: { numerator: 21, denominator: 27, percent: '78,25' } satisfies TReportedRatio,
};
