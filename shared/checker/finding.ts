import type { TQuarter } from '../model/quarter.js';
import type { TAchievementSlip } from './typed-figure.js';

/**
 * slip: the typed figure follows from none of its inputs' readings; rounded: right, typed with
 * fewer decimals; noTarget: 0 % typed for a quarter that has no target (no achievement, "–").
 */
export type TFindingKind = 'slip' | 'rounded' | 'noTarget';

/** Why a figure is listed: an achievement's likeliest slip, or the budget rule it breaks. */
export type TFindingReason =
  | TAchievementSlip
  | 'fewerDecimals'
  | 'zeroWithoutTarget'
  | 'absorption'
  | 'remainder'
  | 'remainderOfRow'
  | 'total';

/** One figure typed by hand that the product computes otherwise, where it stands in the workbook. */
export type TFinding = {
  sheet: string;
  /** The cell as Excel names it ("Q12"), its row (1-based) and column letters. */
  cell: string;
  row: number;
  column: string;
  /** What the row is ("1.2 Bantuan Usaha bagi Anak Terlantar") and the column ("Capaian(%) TW4"). */
  rowLabel: string;
  columnLabel: string;
  kind: TFindingKind;
  reason: TFindingReason;
  /** The cell's text as typed. */
  typed: string;
  /** What the cell should hold: the quarter's own achievement, the absorption, the sisa, the total. */
  computed: number | null;
  /** For an achievement: its quarter. */
  quarter?: TQuarter;
  /** For an achievement: the achievement to date (s.d. triwulan), which a report may print instead. */
  toDate?: number | null;
  figure: 'percent' | 'rupiah';
  /** For a copied sisa: the row whose sisa the cell holds. */
  copiedFrom?: string;
};
