import * as z from 'zod';
import { formatNumber } from '../calc/format.js';
import { currentLocale, lazyMessage, t } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';

/**
 * What kind of number an indicator takes: a count of things (whole, ≥ 0), a decimal value
 * (≥ 0: a percentage, an index, a score), or a signed value (a growth rate may fall below 0).
 */
export const numberKinds = ['count', 'decimal', 'signed'] as const;
export const ZNumberKindSchema = z.enum(numberKinds);
export type TNumberKind = z.infer<typeof ZNumberKindSchema>;

/** Decimals a figure may carry: 4 is finer than any report prints (they show 2). */
export const maxDecimals = 4;

/**
 * The largest figure of each kind, so that every stored figure, every four-quarter sum and every
 * ratio's summed parts come out exact: counts add as integers below 2^53; a sum of four decimals
 * below 10^10 stays within 0,00005 of the exact decimal sum, so it rounds back to it. DynamoDB
 * then stores each figure as typed (it refuses unsafe integers and underflows on 1e-300).
 */
export const figureLimits: Record<TNumberKind, number> = {
  count: 1e15,
  decimal: 1e10,
  signed: 1e10,
};

/** Decimal places of a number as JavaScript writes it shortest ("0.25" has 2, "1e-7" has 7). */
export function decimalsOf(x: number): number {
  // Most stored figures (Rupiah, counts) are whole: checked on every item read, so spared the string.
  if (Number.isInteger(x)) return 0;
  const [mantissa = '', exponent] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

const fmt = (x: number) => formatNumber(x, { locale: currentLocale(), maxDecimals });

/**
 * What a storable figure is before anything is known of its indicator: finite, within the
 * largest limit, with at most 4 decimals. The indicator's kind narrows it (`figureProblem`).
 */
export const ZFigureSchema = z
  .number(lazyMessage(schemaMessages, (m) => m.figures.notANumber))
  .min(
    -figureLimits.count,
    lazyMessage(schemaMessages, (m) => m.figures.tooSmall),
  )
  .max(
    figureLimits.count,
    lazyMessage(schemaMessages, (m) => m.figures.tooLarge),
  )
  .refine(
    (x) => decimalsOf(x) <= maxDecimals,
    lazyMessage(schemaMessages, (m) => m.figures.maxDecimals(maxDecimals)),
  );

/** A non-negative decimal figure: ratio parts, thresholds, band bounds. */
export const ZDecimalSchema = ZFigureSchema.refine(
  (x) => x >= 0 && x <= figureLimits.decimal,
  lazyMessage(schemaMessages, (m) => m.figures.between(fmt(figureLimits.decimal))),
);

/** Why `x` cannot be a figure of this kind, in the reader's language; null when it can. */
export function figureProblem(kind: TNumberKind, x: number): string | null {
  const m = t(schemaMessages).figures;
  const limit = figureLimits[kind];
  if (!Number.isFinite(x)) return m.notANumber;
  if (kind === 'count' && !Number.isInteger(x)) return m.notWhole(fmt(x));
  if (kind !== 'signed' && x < 0) return m.negative(fmt(x));
  if (Math.abs(x) > limit) return m.atMost(fmt(x), fmt(limit));
  if (decimalsOf(x) > maxDecimals) return m.maxDecimals(maxDecimals);
  return null;
}

/**
 * Units that count whole things, lower-case: a unit starting with one of these words takes a
 * count ("Orang", "KK", "Dokumen AKIP"). Anything else (Persen, Indeks, Nilai …) takes a decimal.
 */
const countUnits = new Set([
  'orang',
  'jiwa',
  'kk',
  'kpm',
  'rtm',
  'keluarga',
  'anak',
  'peserta',
  'buah',
  'unit',
  'lembaga',
  'organisasi',
  'kelompok',
  'dokumen',
  'laporan',
  'kegiatan',
  'paket',
  'lokasi',
  'titik',
  'desa',
  'kecamatan',
  'rumah',
  'kasus',
  'kali',
  'jenis',
  'lomba',
  'peringatan',
  'aplikasi',
  'sistem',
  'rupiah',
  'rp',
]);

/** The kind a unit's name suggests: a count for persons, things and documents, else a decimal. */
export function guessNumberKind(unit: string): TNumberKind {
  const [first = ''] = unit
    .trim()
    .toLowerCase()
    .split(/[\s/.,()]+/);
  return countUnits.has(first) ? 'count' : 'decimal';
}

/** An indicator's kind: as declared, else (agreements saved before kinds existed) from its unit. */
export const numberKindOf = (indicator: { numberKind?: TNumberKind; unit: string }): TNumberKind =>
  indicator.numberKind ?? guessNumberKind(indicator.unit);
