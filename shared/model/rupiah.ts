import { z } from 'zod';

const message = 'harus berupa bilangan bulat Rupiah, tidak negatif';

/**
 * An exact amount of Rupiah. Budget documents carry no sen, so amounts are safe integers: the
 * largest regional budgets (trillions) stay far below 2^53, so `number` keeps them exact.
 */
export const ZRupiahSchema = z.int({ error: message }).nonnegative({ error: message });
export type TRupiah = z.infer<typeof ZRupiahSchema>;
