/** Throws unless `x` is a whole, safe number of Rupiah: sums must never lose a rupiah. */
export function assertRupiah(x: number, what = 'amount'): void {
  if (!Number.isSafeInteger(x)) throw new RangeError(`${what} is not a safe integer number of Rupiah: ${x}`);
}

/** The exact sum of Rupiah amounts; throws if a term or the total is not a safe integer. */
export function sumRupiah(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    assertRupiah(amount);
    total += amount;
    assertRupiah(total, 'total');
  }
  return total;
}

/** Serapan: realised as % of the allocation; null when nothing was allocated. */
export function absorption(allocation: number, realised: number): number | null {
  return allocation > 0 ? (realised / allocation) * 100 : null;
}

/** Sisa: allocation − realised, negative when overspent. */
export function remainder(allocation: number, realised: number): number {
  assertRupiah(allocation, 'allocation');
  assertRupiah(realised, 'realised');
  return allocation - realised;
}
