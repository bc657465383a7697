import { z } from 'zod';
import { lazyMessage } from '../i18n.js';

const message = lazyMessage({
  id: 'harus berupa bilangan bulat Rupiah, tidak negatif',
  en: 'must be a whole number of Rupiah, not negative',
});

/**
 * An exact amount of Rupiah. Budget documents carry no sen, so amounts are safe integers: the
 * largest regional budgets (trillions) stay far below 2^53, so `number` keeps them exact.
 */
export const ZRupiahSchema = z.int(message).nonnegative(message);
export type TRupiah = z.infer<typeof ZRupiahSchema>;
