/**
 * What a cell's text says as a number. Indonesian sheets group thousands with dots and write
 * decimals with a comma ("15.959.915.800", "65,74"); a text that could be either language's
 * ("1.5": one and a half, or a slip for 15?) is ambiguous and never guessed.
 */
export type TSheetNumber = { number: number } | { ambiguous: true } | undefined;

// 6.562 · 6562 · 95,14 · 15.959.915.800 · 1.234.567,5
const indonesian = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
// 1.5 · 12.25 · 1,234.5: a dot that groups no thousands, or an English grouping
const otherWay = /^-?(\d+\.\d{1,2}|\d+\.\d{4,}|\d{1,3}(,\d{3})+(\.\d+)?)$/;

/**
 * Reads a cell's text: the apostrophe that marks typed text in a spreadsheet ("'1.234"),
 * currency (also Rupiah's ",-" ending), a trailing % and spaces (also no-break ones) are left out.
 */
export function readSheetNumber(text: string): TSheetNumber {
  // The longest figure ("Rp 1.000.000.000.000.000,0000") is half this: longer text is no number,
  // and a page pasted into thousands of cells is not searched for one.
  if (text.length > 64 && text.trim().length > 64) return undefined;
  const compact = text
    .replace(/^\s*'/, '')
    .replace(/^\s*Rp\.?/i, '')
    .replace(/,-\s*$/, '')
    .replace(/%\s*$/, '')
    .replace(/[\s\u00a0\u202f]+/g, '');
  if (indonesian.test(compact)) {
    const value = Number(compact.replaceAll('.', '').replace(',', '.'));
    return Number.isFinite(value) ? { number: value } : undefined;
  }
  return otherWay.test(compact) ? { ambiguous: true } : undefined;
}
