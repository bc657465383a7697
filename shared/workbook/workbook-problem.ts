import * as z from 'zod';

const place = { sheet: z.string(), cell: z.string() };

/**
 * Why an uploaded file cannot be read, as data: the parse runs in another Lambda, so it answers
 * with the problem's code and facts, and the API words it in the reader's language
 * (messages/workbook.ts).
 */
export const ZWorkbookProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('wrongType') }),
  z.object({ code: z.literal('oldExcel') }),
  z.object({ code: z.literal('openDocument') }),
  z.object({ code: z.literal('renamedPdf') }),
  z.object({ code: z.literal('encrypted') }),
  z.object({ code: z.literal('corrupt') }),
  z.object({ code: z.literal('tooLarge'), maxBytes: z.number() }),
  z.object({ code: z.literal('contentTooLarge') }),
  z.object({ code: z.literal('tooManyRows'), rows: z.number(), maxRows: z.number() }),
  z.object({ code: z.literal('tooManyColumns'), sheet: z.string(), maxColumns: z.number() }),
  z.object({ code: z.literal('cellsTooLarge') }),
  z.object({ code: z.literal('mergedTooLarge'), range: z.string(), maxCells: z.number() }),
  z.object({ code: z.literal('noVisibleData'), hiddenSheets: z.array(z.string()) }),
  z.object({ code: z.literal('formulaText'), ...place, text: z.string() }),
  z.object({ code: z.literal('formulaWithoutValue'), ...place }),
]);
export type TWorkbookProblem = z.infer<typeof ZWorkbookProblemSchema>;

/** Thrown by the parse; carries the problem across to whoever words it. */
export class WorkbookProblemError extends Error {
  readonly problem: TWorkbookProblem;

  constructor(problem: TWorkbookProblem) {
    super(`workbook refused: ${problem.code}`);
    this.name = 'WorkbookProblemError';
    this.problem = problem;
  }
}

export const refuseWorkbook = (problem: TWorkbookProblem): never => {
  throw new WorkbookProblemError(problem);
};
