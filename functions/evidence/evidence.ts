import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import type { TEvidence, TEvidenceRequest } from '../../shared/model/evidence.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { evidenceEntity } from '../db/entities.js';
import { getEvidence, listEvidence } from '../db/evidence.js';
import { quarterStillOpen } from '../db/parts.js';
import { assertPartEditable, assertQuarterOpen, loadQuarter, partOf } from '../quarter/load-quarter.js';
import { buckets } from '../s3/bucket-names.js';
import { safeObjectName } from '../s3/object-name.js';
import { objectExists, presignDownload, presignUpload } from '../s3/presign.js';

export type TPartRef = { user: TActor; agencyId: string; year: number; quarter: TQuarter; unitId: string };

/**
 * Records an evidence file of an indicator and returns a short-lived URL to upload it to. The
 * record and its audit event are written first, so the file is on the record from the start.
 */
export async function requestEvidenceUpload(ref: TPartRef & { file: TEvidenceRequest; clock?: TClock }) {
  const { user, agencyId, year, quarter, unitId, file } = ref;
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action: 'part.write' });
  assertQuarterOpen(context.quarter);
  const part = partOf(context, unitId);
  assertPartEditable(part);
  const place = indicatorPlaces(context.agreement.agreement).find((p) => p.indicator.id === file.indicatorId);
  if (!place || entryUnitId(place) !== unitId) {
    throw new AppError('BAD_REQUEST', t(cycleMessages).indicatorNotOfUnit, {
      issues: [
        {
          path: 'indicatorId',
          message: t(cycleMessages).indicatorNotEnteredByUnit,
        },
      ],
    });
  }
  const change = beginChange({ user, clock: ref.clock, agencyId, year, acting: context.acting });
  const id = change.newId();
  const evidence: TEvidence = {
    ...file,
    id,
    agencyId,
    year,
    quarter,
    unitId,
    objectKey: `${agencyId}/${year}/TW${quarter}/${unitId}/${file.indicatorId}/${id}/${safeObjectName(file.fileName)}`,
    uploadedBy: user.id,
    uploadedAt: change.at,
  };
  const audit = change.audit({
    subject: { kind: 'part', quarter, unitId },
    action: 'addEvidence',
    changes: [{ path: `evidence.${file.indicatorId}`, before: null, after: file.fileName }],
  });
  await change.commit({
    writes: [{ item: evidenceEntity.item(evidence), expectedRevision: 'new' }],
    conditions: [quarterStillOpen(context.quarter)],
    audit: [audit],
  });
  const uploadUrl = await presignUpload(buckets.evidence, evidence.objectKey, file.contentType, file.size);
  return { evidence, uploadUrl, uploadHeaders: { 'content-type': file.contentType } };
}

/** The evidence files of a unit's part. */
export async function listPartEvidence(ref: TPartRef): Promise<TEvidence[]> {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  return listEvidence(ref.agencyId, ref.year, ref.quarter, ref.unitId);
}

/** A short-lived download URL of one evidence file, or 404 if it was never uploaded. */
export async function evidenceDownloadUrl(ref: TPartRef & { evidenceId: string }): Promise<{ url: string }> {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  const evidence = await getEvidence(ref.agencyId, ref.year, ref.quarter, ref.unitId, ref.evidenceId);
  if (!evidence || !(await objectExists(buckets.evidence, evidence.objectKey))) {
    throw new AppError('NOT_FOUND', t(cycleMessages).fileNotUploaded);
  }
  return { url: await presignDownload(buckets.evidence, evidence.objectKey, evidence.fileName) };
}
