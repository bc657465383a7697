import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';

/**
 * The largest amount one activity may be allocated or spend in a quarter: Rp 10 triliun, more
 * than a whole kabupaten's budget. With at most `maxActivities` activities, every total over
 * activities and quarters stays a safe integer, so no sum ever loses a rupiah.
 */
export const maxRupiah = 10_000_000_000_000;

/** The most activities an agreement version may hold (see `maxRupiah`). */
export const maxActivities = 200;

const message = lazyMessage(schemaMessages, (m) => m.rupiah);

/** An exact amount of Rupiah: budget documents carry no sen, so amounts are whole numbers. */
export const ZRupiahSchema = z.int(message).nonnegative(message).max(maxRupiah, message);
