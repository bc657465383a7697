import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { workbookMessages } from '../messages/workbook.js';
import { ZNameSchema } from '../model/text.js';
import { isWorkbookFileName, maxWorkbookBytes } from './workbook.js';

/** What a person asks to upload: the file's name (.xlsx or .csv) and size, checked before any byte moves. */
export const ZWorkbookUploadRequestSchema = z.object({
  fileName: ZNameSchema(200).refine(
    isWorkbookFileName,
    lazyMessage(workbookMessages, (m) => m.fileType),
  ),
  size: z
    .int()
    .min(1)
    .max(
      maxWorkbookBytes,
      lazyMessage(workbookMessages, (m) => m.fileSize(`${maxWorkbookBytes / 1024 / 1024} MB`)),
    ),
});
export type TWorkbookUploadRequest = z.infer<typeof ZWorkbookUploadRequestSchema>;

/** An upload, as the person's later steps name it: its id and the file's name. */
export const ZWorkbookUploadSchema = z.object({
  uploadId: z.uuid(),
  fileName: ZWorkbookUploadRequestSchema.shape.fileName,
});
export type TWorkbookUpload = z.infer<typeof ZWorkbookUploadSchema>;

/** The content type an upload is signed with, by its extension (browsers disagree on CSV's). */
export const workbookContentType = (fileName: string): string =>
  /\.csv$/i.test(fileName) ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
