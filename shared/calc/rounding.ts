/**
 * Rounds half away from zero ("half-up" as taught and as the reports do) to `decimals` places.
 * Works on the shortest decimal text of the double, so 1.005 gives 1.01, not 1.00.
 */
export function roundHalfUp(x: number, decimals = 2): number {
  // Beyond 1e15 a double has no fractional digits left to round.
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return x < 0 ? -rounded : rounded;
}

/** The decimal places typed in an Indonesian number ("92,6" has 1, "2.229" has 0). */
export function decimalPlaces(text: string): number {
  const match = /,(\d+)/.exec(text);
  return match?.[1]?.length ?? 0;
}
