import * as z from 'zod';
import { ZWorkbookSchema } from '../../shared/workbook/workbook.js';
import { ZWorkbookProblemSchema } from '../../shared/workbook/workbook-problem.js';

/** What the API asks the parse function: an uploaded object, by its key under uploads/. */
export const ZParseRequestSchema = z.object({
  objectKey: z.string().startsWith('uploads/'),
  fileName: z.string(),
});
export type TParseRequest = z.infer<typeof ZParseRequestSchema>;

/** What it answers: the cells, a problem with the file, or that nothing was uploaded. */
export const ZParseAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workbook'), workbook: ZWorkbookSchema }),
  z.object({ kind: z.literal('problem'), problem: ZWorkbookProblemSchema }),
  z.object({ kind: z.literal('missing') }),
]);
export type TParseAnswer = z.infer<typeof ZParseAnswerSchema>;
