import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TEvidence } from '../../shared/model/evidence.js';
import { editablePartStates } from '../../shared/workflow/part-workflow.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { evidenceDeletion, getEvidence } from '../db/evidence.js';
import { partStillEditable, quarterStillOpen } from '../db/parts.js';
import { logError } from '../log.js';
import { assertQuarterOpen, loadQuarter, partOf } from '../quarter/load-quarter.js';
import { buckets } from '../s3/bucket-names.js';
import { deleteObject } from '../s3/presign.js';
import type { TPartRef } from './evidence.js';

export type RemoveEvidenceOptions = TPartRef & { evidenceId: string; reason: string; clock?: TClock };

/**
 * The file, its part and quarter, if it may be removed now: by whoever may write the part, while
 * the quarter is open (else 423) and the part is with its division head (else 409); 404 for a file
 * that is not there.
 */
async function loadRemovable(options: RemoveEvidenceOptions) {
  const { user, agencyId, year, quarter, unitId, evidenceId } = options;
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action: 'part.write' });
  const evidence = await getEvidence(agencyId, year, quarter, unitId, evidenceId);
  if (!evidence) throw new AppError('NOT_FOUND', t(cycleMessages).evidenceNotFound);
  assertQuarterOpen(context.quarter);
  const part = partOf(context, unitId);
  if (!editablePartStates.includes(part.state)) {
    throw new AppError('CONFLICT', t(cycleMessages).evidenceKept(part.state), { details: { current: part } });
  }
  return { context, evidence, part };
}

/**
 * Removes one evidence file of a part (arrived or not), with why, on the part's record: the record
 * and the event in one transaction, on the condition that the quarter, the part and the file are
 * still as they were read. Then the stored object.
 */
export async function removeEvidence(options: RemoveEvidenceOptions): Promise<TEvidence> {
  const { context, evidence, part } = await loadRemovable(options);
  const { agencyId, year, quarter, unitId } = evidence;
  const change = beginChange({
    user: options.user,
    clock: options.clock,
    agencyId,
    year,
    acting: context.acting,
  });
  const audit = change.audit({
    subject: { kind: 'part', quarter, unitId },
    action: 'removeEvidence',
    reason: options.reason,
    changes: [{ path: `evidence.${evidence.indicatorId}`, before: evidence.fileName, after: null }],
  });
  try {
    await change.commit({
      writes: [],
      deletes: [evidenceDeletion(evidence)],
      conditions: [quarterStillOpen(context.quarter), partStillEditable(part)],
      audit: [audit],
    });
  } catch (error) {
    // A race lost (the part submitted, the file removed or arrived meanwhile): answered as the
    // checks answer it now, else as the change's conflict.
    await loadRemovable(options);
    throw error;
  }
  // The object goes after the record, never before: a failed transaction must not leave a listed
  // file whose object is gone. A failed deletion leaves an object that no record lists any more,
  // which nobody can download (a download needs the record); it is logged to be deleted by hand.
  await deleteObject(buckets.evidence, evidence.objectKey).catch((error: unknown) =>
    logError('evidence removed from its part, but its object was not deleted', error, {
      objectKey: evidence.objectKey,
    }),
  );
  return evidence;
}
