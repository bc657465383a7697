import type * as z from 'zod';
import type { ZStoredFileSchema } from '../../shared/model/report-file.js';
import { putReportObject } from '../s3/report-objects.js';

type TStoredFile = z.infer<typeof ZStoredFileSchema>;

/** A file as made, before it is stored. */
type TMadeFile = { kind: string; format: string; fileName: string; contentType: string; body: Buffer };

/** The run that made a file: where its bytes go, which event, moment, period, language and version. */
type TRun = Pick<TStoredFile, 'objectKey' | 'eventId' | 'generatedAt'> & {
  year: number;
  quarter: number;
  locale: 'id' | 'en';
  version: number;
};

/**
 * Puts a made file's bytes under the run's key, then records it once: `owner` says whose it is
 * (an agency's, a region's), the record adds what the run and the file are and what it holds.
 * `recorded` is false where a retried run found it recorded already.
 */
export async function storeReportFile<M extends TMadeFile, R extends TRun, O extends object>(
  file: M,
  run: R,
  owner: O,
  recordOnce: (record: O & R & Pick<M, 'kind' | 'format'> & TStoredFile) => Promise<'recorded' | 'exists'>,
) {
  const { size, sha256 } = await putReportObject(run.objectKey, file.body, file.contentType);
  const made: Pick<M, 'kind' | 'format'> = { kind: file.kind, format: file.format };
  const stored = { fileName: file.fileName, contentType: file.contentType, size, sha256 };
  const record = Object.assign({}, owner, run, made, stored);
  return { record, recorded: (await recordOnce(record)) === 'recorded' };
}
