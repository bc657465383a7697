import * as z from 'zod';
import { ZQuarterSchema } from '../model/quarter.js';

/**
 * slip: the typed figure follows from none of its inputs' readings; rounded: right, typed with
 * fewer decimals; noTarget: 0 % typed for a quarter that has no target (no achievement, "–").
 */
const ZFindingKindSchema = z.enum(['slip', 'rounded', 'noTarget']);

/** Why a figure is listed: an achievement's likeliest slip, or the budget rule it breaks. */
const ZFindingReasonSchema = z.enum([
  'repeatsRealisation',
  'truncated',
  'roundedTwice',
  'noTarget',
  'neither',
  'fewerDecimals',
  'zeroWithoutTarget',
  'absorption',
  'remainder',
  'remainderOfRow',
  'total',
]);

/** One figure typed by hand that the product computes otherwise, where it stands in the workbook. */
export const ZFindingSchema = z.object({
  sheet: z.string(),
  /** The cell as Excel names it ("Q12"), its row (1-based) and column letters. */
  cell: z.string(),
  row: z.int(),
  column: z.string(),
  /** What the row is ("1.2 Bantuan Usaha bagi Anak Terlantar") and the column ("Capaian(%) TW4"). */
  rowLabel: z.string(),
  columnLabel: z.string(),
  kind: ZFindingKindSchema,
  reason: ZFindingReasonSchema,
  /** The cell's text as typed. */
  typed: z.string(),
  /** What the cell should hold: the quarter's own achievement, the absorption, the sisa, the total. */
  computed: z.number().nullable(),
  /** For an achievement: its quarter. */
  quarter: ZQuarterSchema.optional(),
  /** For an achievement: the achievement to date (s.d. triwulan), which a report may print instead. */
  toDate: z.number().nullable().optional(),
  figure: z.enum(['percent', 'rupiah']),
  /** For a copied sisa: the row whose sisa the cell holds. */
  copiedFrom: z.string().optional(),
});
export type TFinding = z.infer<typeof ZFindingSchema>;

/**
 * A text a finding repeats (its row's label, a column's, the typed cell), clipped to 300
 * characters: a cell of Excel holds 32.767, and a name carried to every indicator below it would
 * be repeated in each finding.
 */
export function clipped(text: string): string {
  const max = 300;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
