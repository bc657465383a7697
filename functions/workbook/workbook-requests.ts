import * as z from 'zod';
import { ZWorkbookSchema } from '../../shared/workbook/workbook.js';
import { ZWorkbookProblemSchema } from '../../shared/workbook/workbook-problem.js';
import { sheetModelsPrefix } from '../s3/object-name.js';

const ZUploadKeySchema = z.string().startsWith('uploads/');

/** Read an uploaded object's cells (its key under uploads/). */
export const ZParseRequestSchema = z.object({
  kind: z.literal('parse'),
  objectKey: ZUploadKeySchema,
  fileName: z.string(),
});
export type TParseRequest = z.infer<typeof ZParseRequestSchema>;

/**
 * Write a workbook (a template to download) to a key under uploads/, of the sheets the API left
 * under sheet-models/: a year's record can pass the 6 MB a synchronous invoke carries.
 */
const ZWriteRequestSchema = z.object({
  kind: z.literal('write'),
  objectKey: ZUploadKeySchema,
  sheetsKey: z.string().startsWith(sheetModelsPrefix),
});
export type TWriteRequest = z.infer<typeof ZWriteRequestSchema>;

/** What the workbook function is asked: one of the two. */
export const ZWorkbookRequestSchema = z.discriminatedUnion('kind', [
  ZParseRequestSchema,
  ZWriteRequestSchema,
]);
export type TWorkbookRequest = z.infer<typeof ZWorkbookRequestSchema>;

/** What a parse answers: the cells, a problem with the file, or that nothing was uploaded. */
export const ZParseAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workbook'), workbook: ZWorkbookSchema }),
  z.object({ kind: z.literal('problem'), problem: ZWorkbookProblemSchema }),
  z.object({ kind: z.literal('missing') }),
]);
export type TParseAnswer = z.infer<typeof ZParseAnswerSchema>;
