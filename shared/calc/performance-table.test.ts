import { describe, expect, it } from 'vitest';
import { fixtureAgreement, fixturePart } from '../model/agreement.fixture.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { buildPerformanceTable, carriedToDate } from './performance-table.js';
import { roundHalfUp } from './rounding.js';

const agreement = fixtureAgreement();
const parts = [
  fixturePart('bidang-a', 1, {
    realisations: [
      { indicatorId: 'iku-rasio', numerator: 300, denominator: 1_000 },
      { indicatorId: 'output-a', value: 0 },
      { indicatorId: 'dokumen', value: 10 },
    ],
  }),
  fixturePart('bidang-a', 3, {
    realisations: [
      { indicatorId: 'output-a', value: 12 },
      { indicatorId: 'dokumen', nothingToReport: true, explanation: 'menunggu reviu' },
    ],
  }),
  fixturePart('bidang-a', 4, { realisations: [{ indicatorId: 'output-a', value: 25 }] }),
  fixturePart('sekretariat', 2, { realisations: [{ indicatorId: 'pangan', value: 95 }] }),
];

describe('buildPerformanceTable', () => {
  const table = buildPerformanceTable({ agreement, parts });
  const row = (id: string) => table.rows.find((r) => r.indicatorId === id);

  it('lists every indicator in report order, agency-wide', () => {
    expect(table.rows.map((r) => [r.level, r.code, r.indicatorId])).toEqual([
      ['objective', '1', 'iku-rasio'],
      ['program', '1', 'outcome-a'],
      ['activity', '1.1', 'output-a'],
      ['activity', '1.2', 'dokumen'],
      ['activity', '2.1', 'pangan'],
    ]);
    expect(table).toMatchObject({
      agencyId: 'dinas-uji',
      year: 2025,
      version: 1,
      asOfQuarter: 4,
      unitId: null,
    });
  });

  it('computes quarter, to-date and year figures with bands', () => {
    expect(row('output-a')).toMatchObject({
      realisations: [0, null, 12, 25],
      quarterAchievements: [null, null, 60, 125],
      toDateAchievements: [null, null, 60, 92.5],
      toDateBands: [null, null, 'low', 'very-high'],
      yearRealisation: 37,
      yearAchievement: 92.5,
      band: 'very-high',
    });
    expect(row('dokumen')).toMatchObject({
      realisations: [10, null, null, null],
      nothingToReport: [false, false, true, false],
      explanations: [null, null, 'menunggu reviu', null],
      yearRealisation: 10,
    });
    expect(roundHalfUp(row('dokumen')?.yearAchievement ?? 0, 2)).toBe(66.67);
  });

  it('computes a ratio from its parts and keeps them', () => {
    expect(row('iku-rasio')).toMatchObject({
      realisations: [30, null, null, null],
      ratioParts: [{ numerator: 300, denominator: 1_000 }, null, null, null],
      quarterAchievements: [100, null, null, null],
      unitIds: ['bidang-a', 'sekretariat'],
    });
  });

  it('shows a unit its own rows, shared key indicators included', () => {
    const secretariat = buildPerformanceTable({ agreement, parts, unitId: 'sekretariat' });
    expect(secretariat.rows.map((r) => r.indicatorId)).toEqual(['iku-rasio', 'pangan']);
    expect(secretariat.unitId).toBe('sekretariat');
  });

  it('stops at the quarter asked for', () => {
    const tw3 = buildPerformanceTable({ agreement, parts, asOfQuarter: 3 });
    const output = tw3.rows.find((r) => r.indicatorId === 'output-a');
    expect(output).toMatchObject({
      realisations: [0, null, 12, null],
      quarterAchievements: [null, null, 60, null],
    });
    expect(output?.yearRealisation).toBe(12);
    expect(output?.yearAchievement).toBe(60);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});

describe('carriedToDate: what an achievement to date was computed from when the quarter has no value', () => {
  const tw4 = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter: 4 });
  const seedRow = (id: string) => {
    const found = tw4.rows.find((r) => r.indicatorId === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  it('names TW2\'s 22,80 behind IKU-1\'s 97,02 % to TW4, whose own realisation is "–"', () => {
    const index = seedRow('indeks-reformasi-birokrasi');
    expect(index.indicatorCode).toBe('IKU-1');
    expect(index.realisations[3]).toBeNull();
    expect(roundHalfUp(index.toDateAchievements[3] ?? 0, 2)).toBe(97.02);
    expect(carriedToDate(index, 4)).toEqual({ quarter: 2, value: 22.8 });
    expect(carriedToDate(index, 3)).toEqual({ quarter: 2, value: 22.8 });
  });

  it('names nothing where the quarter has its own value, where nothing is computed, or for sums', () => {
    expect(carriedToDate(seedRow('indeks-reformasi-birokrasi'), 2)).toBeNull();
    // Nilai AKIP waits for its year's score: no achievement to date, nothing carried.
    expect(carriedToDate(seedRow('nilai-akip'), 4)).toBeNull();
    const sums = tw4.rows.filter((r) => r.aggregation === 'sum');
    expect(sums.length).toBeGreaterThan(0);
    for (const r of sums) expect(carriedToDate(r, 4)).toBeNull();
  });

  it("carries a value reported earlier over a quarter with nothing to report (the fixture's dokumen)", () => {
    const fixture = buildPerformanceTable({ agreement, parts });
    const dokumen = fixture.rows.find((r) => r.indicatorId === 'dokumen');
    expect(dokumen && carriedToDate(dokumen, 3)).toEqual({ quarter: 1, value: 10 });
  });
});
