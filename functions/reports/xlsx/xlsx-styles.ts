import type { Borders, Style } from 'exceljs';

/** The cell styles every report sheet shares: thin borders, Arial 9, grey headers. */
const thin = { style: 'thin' as const };
export const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
export const solid = (hex: string) => ({
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: argb(hex) },
});
export const font = { name: 'Arial', size: 9 };
export const headerFill = '#d9d9d9';

const shared = new Map<string, Partial<Style>>();

/**
 * One style object per distinct style, shared by every cell and workbook that has it: exceljs
 * writes a style once per object it has not seen (a WeakMap), so a fresh object per cell had it
 * serialise and compare every cell's style (about a tenth of a workbook's time). A shared style is
 * whole when made and never changed: set a cell's style, never its font or fill alone.
 */
export function sharedStyle(key: string, make: () => Partial<Style>): Partial<Style> {
  let style = shared.get(key);
  if (!style) {
    style = make();
    shared.set(key, style);
  }
  return style;
}
