import type { TActor } from '../../shared/access/policy.js';
import { AppError, fieldIssue } from '../../shared/app-error.js';
import { currentLocale, t } from '../../shared/i18n.js';
import { workbookMessages } from '../../shared/messages/workbook.js';
import { workbookProblemMessage } from '../../shared/workbook/problem-message.js';
import {
  type TWorkbookUpload,
  type TWorkbookUploadRequest,
  workbookContentType,
} from '../../shared/workbook/upload-request.js';
import { maxWorkbookBytes, maxWorkbookRows, type TWorkbook } from '../../shared/workbook/workbook.js';
import { loadAgency } from '../agency/load-agency.js';
import { systemClock, type TClock } from '../clock.js';
import { buckets } from '../s3/bucket-names.js';
import { safeObjectName } from '../s3/object-name.js';
import { objectExists, presignUpload } from '../s3/presign.js';
import { workbookFunction } from './workbook-function.js';

type TAgencyRef = { user: TActor; agencyId: string };

/**
 * Where an upload lies: a private prefix per agency and uploader, which the bucket empties after
 * a day; only its uploader's requests name it, so nobody reads another's file.
 */
const uploadKey = (ref: TAgencyRef, upload: TWorkbookUpload) =>
  `uploads/${ref.agencyId}/${ref.user.id}/${upload.uploadId}/${safeObjectName(upload.fileName)}`;

/**
 * A 5-minute URL to PUT a workbook to, for any member of the agency: an upload changes nothing;
 * the step that uses its cells (an agreement's import, a quarter's figures) checks its own right.
 */
export async function requestWorkbookUpload(ref: TAgencyRef & TWorkbookUploadRequest & { clock?: TClock }) {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  const upload = { uploadId: (ref.clock ?? systemClock).newId(), fileName: ref.fileName };
  const contentType = workbookContentType(ref.fileName);
  const uploadUrl = await presignUpload(buckets.evidence, uploadKey(ref, upload), contentType, ref.size);
  return {
    ...upload,
    uploadUrl,
    uploadHeaders: { 'content-type': contentType },
    limits: { maxBytes: maxWorkbookBytes, maxRows: maxWorkbookRows },
  };
}

/**
 * The cells of an uploaded workbook, read by the parse function. A file it refuses is a 400
 * naming the problem in the reader's language (the file is deleted); a missing one a 404.
 */
export async function readUploadedWorkbook(ref: TAgencyRef & TWorkbookUpload): Promise<TWorkbook> {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  const objectKey = uploadKey(ref, ref);
  // Checked here, where a missing object is a 404: the parse function may not list the bucket.
  if (!(await objectExists(buckets.evidence, objectKey))) {
    throw new AppError('NOT_FOUND', t(workbookMessages).notUploaded);
  }
  const answer = await workbookFunction().parse({ kind: 'parse', objectKey, fileName: ref.fileName });
  if (answer.kind === 'missing') throw new AppError('NOT_FOUND', t(workbookMessages).notUploaded);
  if (answer.kind === 'problem') {
    const message = workbookProblemMessage(answer.problem, currentLocale());
    throw new AppError('BAD_REQUEST', message, {
      issues: [fieldIssue('file', message)],
      details: { problem: answer.problem },
    });
  }
  return answer.workbook;
}
