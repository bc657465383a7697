import { parseNumber } from '../calc/format.js';
import { decimalPlaces, roundHalfUp } from '../calc/rounding.js';
import type { TSheetCell } from '../workbook/workbook.js';

/** A figure computed by hand, as typed: its value and how many decimals it was typed with. */
export type TTypedFigure = { value: number; decimals: number; text: string };

/** A figure typed the Indonesian way ("92,6", "2229", "100%", "Rp 507.000"); undefined where no number. */
export function typedFromText(text: string): TTypedFigure | undefined {
  const value = parseNumber(text);
  return value === null ? undefined : { value, decimals: decimalPlaces(text), text };
}

/**
 * A cell's figure: a number cell as Excel saved it (a formula's cached result has many decimals,
 * compared as shown, to 2), a text cell read the Indonesian way.
 */
export function typedFromCell(cell: TSheetCell | undefined): TTypedFigure | undefined {
  if (!cell || cell.ambiguous) return undefined;
  if (cell.number === undefined) return typedFromText(cell.text);
  if (cell.text.includes(','))
    return { value: cell.number, decimals: decimalPlaces(cell.text), text: cell.text };
  const decimals = Math.min(2, String(cell.number).split('.')[1]?.length ?? 0);
  return { value: cell.number, decimals, text: cell.text };
}

/** How a typed figure relates to the computed candidates it could stand for. */
export function compareFigure(
  typed: TTypedFigure,
  candidates: readonly (number | null)[],
): 'ok' | 'rounded' | 'slip' {
  const known = candidates.filter((x): x is number => x !== null);
  const value = roundHalfUp(typed.value, 2);
  if (known.some((x) => roundHalfUp(x, 2) === value)) return 'ok';
  const { decimals } = typed;
  if (decimals < 2 && known.some((x) => roundHalfUp(x, decimals) === typed.value)) return 'rounded';
  return 'slip';
}

const truncates = (typed: TTypedFigure, x: number | null) => {
  const scale = 10 ** typed.decimals;
  return x !== null && Math.trunc(x * scale) / scale === typed.value;
};

const roundsTwice = (typed: TTypedFigure, x: number | null) =>
  x !== null && roundHalfUp(roundHalfUp(x, 2), typed.decimals) === typed.value;

/** Why a typed achievement is wrong, in the likeliest reading. */
export type TAchievementSlip = 'repeatsRealisation' | 'truncated' | 'roundedTwice' | 'noTarget' | 'neither';

/** What the figures around a typed achievement are: the quarter's own, to date, and the realisation. */
export type TAchievementFigures = {
  quarterly: number | null;
  toDate: number | null;
  realised: number | null;
};

/** The likeliest reason a typed achievement is wrong. */
export function achievementSlip(typed: TTypedFigure, figures: TAchievementFigures): TAchievementSlip {
  const { quarterly, toDate, realised } = figures;
  if (realised !== null && typed.value === realised) return 'repeatsRealisation';
  if (truncates(typed, quarterly) || truncates(typed, toDate)) return 'truncated';
  if (roundsTwice(typed, quarterly)) return 'roundedTwice';
  if (quarterly === null) return 'noTarget';
  return 'neither';
}
