import type { Borders } from 'exceljs';

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
