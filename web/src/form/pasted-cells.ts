import type { TLocale } from '../../../shared/i18n';
import { inputText, parseInput } from './number-input';

/**
 * The cells of text copied from a spreadsheet: rows by line, cells by tab, as Excel, LibreOffice
 * and Google Sheets put them on the clipboard. The trailing line break they add is no row.
 */
export function pastedRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** Whether a paste is more than one cell: a column or a block to spread over the rows. */
export const isBlock = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

/**
 * Numbers copied from a sheet written in either language's way ("1.234,5" from an Indonesian
 * Excel, "1,234.5" from an English one), re-written the form's way. The language that reads
 * every number of the column wins, the form's own first (so "1.234" in an Indonesian form is
 * 1234); a cell neither reads is kept as it came, to be marked and fixed, never dropped.
 */
export function readPastedNumbers(cells: readonly string[], lang: TLocale): string[] {
  const other: TLocale = lang !== 'id' ? 'id' : 'en';
  const reads = (cell: string, from: TLocale) => parseInput(cell, from).kind !== 'invalid';
  // A cell no language reads ("abc") has no say in which language the sheet was written in.
  const numbers = cells.filter((cell) => reads(cell, lang) || reads(cell, other));
  const readsAll = (from: TLocale) => numbers.every((cell) => reads(cell, from));
  const from = readsAll(lang) || !readsAll(other) ? lang : other;
  return cells.map((cell) => {
    const parsed = parseInput(cell, from);
    return parsed.kind === 'number' ? inputText(parsed.value, lang) : cell;
  });
}
