import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  figureLimits,
  figureProblem,
  guessNumberKind,
  numberKindOf,
  ZDecimalSchema,
  ZFigureSchema,
} from './figure.js';

describe('decimalsOf', () => {
  it('counts the decimals of the shortest writing, exponents included', () => {
    expect([0, 12, 0.5, 37.63, 1.0001, 1e-7, 1.5e-10, 1e21, -2.25].map(decimalsOf)).toEqual([
      0, 0, 1, 2, 4, 7, 11, 0, 2,
    ]);
  });
});

describe('ZFigureSchema', () => {
  it('refuses what DynamoDB or the SDK cannot store exactly: 1e16, 1e20, 1e308, 1e-300', () => {
    for (const x of [1e16, 1e20, 1e308, -1e308, 1e-300, 0.00001]) {
      expect(ZFigureSchema.safeParse(x).success, String(x)).toBe(false);
    }
    for (const x of [0, -5, 1e15, 6562, 37.63, 0.0001]) {
      expect(ZFigureSchema.safeParse(x).success, String(x)).toBe(true);
    }
  });

  it('keeps every accepted decimal figure exact through a four-quarter sum', () => {
    const figure = fc
      .integer({ min: -figureLimits.decimal * 1e4, max: figureLimits.decimal * 1e4 })
      .map((scaled) => scaled / 1e4);
    fc.assert(
      fc.property(fc.array(figure, { minLength: 4, maxLength: 4 }), (xs) => {
        if (xs.some((x) => figureProblem('signed', x) !== null)) return false;
        const exact = xs.reduce((sum, x) => sum + BigInt(Math.round(x * 1e4)), 0n);
        const sum = xs.reduce((total, x) => total + x, 0);
        return BigInt(Math.round(sum * 1e4)) === exact;
      }),
      { numRuns: 2000 },
    );
  });

  it('takes ratio parts as non-negative decimals', () => {
    expect(ZDecimalSchema.safeParse(-1).success).toBe(false);
    expect(ZDecimalSchema.safeParse(figureLimits.decimal + 1).success).toBe(false);
    expect(ZDecimalSchema.safeParse(16_982).success).toBe(true);
  });
});

describe('figureProblem', () => {
  it('wants a count whole and not negative', () => {
    expect(figureProblem('count', -5)).toBe('-5: tidak boleh negatif (indikator ini tidak bertanda)');
    expect(figureProblem('count', 1.5)).toBe('1,5: jumlah harus bilangan bulat');
    expect(figureProblem('count', 6562)).toBeNull();
    expect(figureProblem('count', 1e15)).toBeNull();
    expect(figureProblem('count', 1e15 + 1)).toMatch(/paling besar 1\.000\.000\.000\.000\.000$/);
  });

  it('takes decimals up to 4 places, negatives only where the indicator is signed', () => {
    expect(figureProblem('decimal', 37.63)).toBeNull();
    expect(figureProblem('decimal', 1.23456)).toBe('paling banyak 4 angka di belakang koma');
    expect(figureProblem('decimal', -0.5)).toMatch(/tidak boleh negatif/);
    expect(figureProblem('signed', -0.5)).toBeNull();
    expect(figureProblem('signed', -1e11)).toMatch(/paling besar 10\.000\.000\.000$/);
    expect(figureProblem('decimal', Number.NaN)).toBe('harus berupa angka');
  });
});

describe('number kinds', () => {
  it('guesses a count from a unit naming persons, things or documents, else a decimal', () => {
    const guesses = [
      'Orang',
      'KPM',
      'Buah',
      'Dokumen AKIP',
      'kk',
      'Unit',
      'Persen',
      'Indeks',
      'Nilai/Predikat',
      '',
    ].map(guessNumberKind);
    expect(guesses).toEqual([
      'count',
      'count',
      'count',
      'count',
      'count',
      'count',
      'decimal',
      'decimal',
      'decimal',
      'decimal',
    ]);
  });

  it('reads an indicator stored before kinds existed by its unit, and a declared kind as declared', () => {
    expect(numberKindOf({ unit: 'Orang' })).toBe('count');
    expect(numberKindOf({ unit: 'Persen', numberKind: 'signed' })).toBe('signed');
  });
});
