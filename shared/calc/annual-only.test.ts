import { describe, expect, it } from 'vitest';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import { agreement2019Perubahan } from '../seed/hss-2019.js';
import { awaitsYearFigure, isAnnualOnly } from './annual-only.js';
import { roundHalfUp } from './rounding.js';
import {
  achievementToDate,
  realisationToDate,
  type TQuarterRealisations,
  yearAchievement,
  yearRealisation,
} from './to-date.js';

const indicators = indicatorPlaces(agreement2019Perubahan).map((p) => p.indicator);
const nilaiAkip = indicators.find((i) => i.id === 'nilai-akip');
const indeksRb = indicators.find((i) => i.id === 'indeks-reformasi-birokrasi');
const values = (...xs: (number | undefined)[]): TQuarterRealisations => {
  const r = (value: number | undefined) =>
    value === undefined ? undefined : { indicatorId: 'nilai-akip', value };
  return [r(xs[0]), r(xs[1]), r(xs[2]), r(xs[3])];
};

describe('annual-only indicators', () => {
  if (!nilaiAkip || !indeksRb) throw new Error('seed indicators missing');

  it('are those with a target in TW4 only: Nilai AKIP is, the Indeks Reformasi Birokrasi is not', () => {
    expect(isAnnualOnly(nilaiAkip)).toBe(true);
    expect(isAnnualOnly(indeksRb)).toBe(false);
  });

  it('have no achievement in TW4 until TW4 has its own figure (the seed reports 0 in TW1–TW2)', () => {
    const soFar = values(0, 0);
    expect(awaitsYearFigure(nilaiAkip, soFar, 4)).toBe(true);
    expect(achievementToDate(nilaiAkip, soFar, 4)).toBeNull();
    expect(yearAchievement(nilaiAkip, soFar)).toBeNull();
  });

  it('have no realisation to date until TW4 has its own figure: the 0 of TW2 is not carried over', () => {
    const soFar = values(0, 0);
    expect([1, 2, 3, 4].map((q) => realisationToDate(nilaiAkip, soFar, q as 1 | 2 | 3 | 4))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(yearRealisation(nilaiAkip, soFar)).toBeNull();
    expect(yearRealisation(nilaiAkip, values(0, 0, undefined, 81.57))).toBe(81.57);
  });

  it('count once the year is scored: 81,57 against 81,57 is 100 %', () => {
    const scored = values(0, 0, undefined, 81.57);
    expect(awaitsYearFigure(nilaiAkip, scored, 4)).toBe(false);
    expect(roundHalfUp(achievementToDate(nilaiAkip, scored, 4) ?? Number.NaN, 2)).toBe(100);
    expect(roundHalfUp(yearAchievement(nilaiAkip, scored) ?? Number.NaN, 2)).toBe(100);
  });
});
