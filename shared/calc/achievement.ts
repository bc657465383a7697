import type { TPolarity } from '../model/indicator.js';

/**
 * Achievement (capaian) in % of a realisation against a target. Higher-is-better: r / t × 100;
 * lower-is-better: (2t − r) / t × 100, floored at 0. Null when either is missing or the target
 * is not positive: a target of 0 has no achievement (shown "–"), never 0 % or infinity.
 */
export function achievement(
  realised: number | null | undefined,
  target: number | null | undefined,
  polarity: TPolarity,
): number | null {
  if (realised == null || target == null || !(target > 0)) return null;
  if (polarity === 'higher') return (realised / target) * 100;
  return Math.max(0, ((2 * target - realised) / target) * 100);
}
