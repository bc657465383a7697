import * as z from 'zod';

/**
 * A workbook to write, format-neutral: each sheet's columns (header, width, how its figures are
 * shown, whether the person types into it, the values a cell may take offered as a list) and its
 * rows of plain values. The workbook function renders it with exceljs; the API builds it without.
 */
export const ZSheetModelSchema = z.object({
  name: z.string().min(1).max(31),
  columns: z.array(
    z.object({
      header: z.string(),
      width: z.number().positive(),
      /** Its figures always with this many decimals (a percentage's 2); else as many as they have, up to 4. */
      decimals: z.int().min(0).max(4).optional(),
      /** A column the person fills in: its cells are marked. */
      input: z.boolean().optional(),
      choices: z.array(z.string()).optional(),
    }),
  ),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type TSheetModel = z.infer<typeof ZSheetModelSchema>;
