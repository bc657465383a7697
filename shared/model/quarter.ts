import * as z from 'zod';

/** The four quarters (triwulan) of a budget year, TW1..TW4. */
export const quarters = [1, 2, 3, 4] as const;

export const ZQuarterSchema = z.literal(quarters);
export type TQuarter = z.infer<typeof ZQuarterSchema>;

/** One value per quarter, TW1..TW4 (index 0 is TW1). */
export type TQuarterly<T> = [T, T, T, T];

/** A quarterly tuple filled with one value. */
export const quarterly = <T>(value: T): TQuarterly<T> => [value, value, value, value];
