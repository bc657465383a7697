import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import {
  listedEvidence,
  type TEvidence,
  type TEvidenceRequest,
  type TListedEvidence,
} from '../../shared/model/evidence.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { editablePartStates } from '../../shared/workflow/part-workflow.js';
import { isQuarterLocked } from '../../shared/workflow/quarter-workflow.js';
import { loadAgency } from '../agency/load-agency.js';
import { type BeginChangeOptions, beginChange } from '../change.js';
import { systemClock, type TClock } from '../clock.js';
import { evidenceEntity } from '../db/entities.js';
import { evidenceDeletion, getEvidence, listEvidence, notArrived } from '../db/evidence.js';
import { partStillEditable, quarterStillOpen, readPartStanding } from '../db/parts.js';
import { getUserWithActing } from '../db/users.js';
import { logError } from '../log.js';
import { assertPartEditable, assertQuarterOpen, loadQuarter, partOf } from '../quarter/load-quarter.js';
import { buckets } from '../s3/bucket-names.js';
import { evidenceUploadKey, safeObjectName } from '../s3/object-name.js';
import {
  copyObject,
  deleteObject,
  objectExists,
  objectStoredAt,
  presignDownload,
  presignUpload,
} from '../s3/presign.js';

export type TPartRef = { user: TActor; agencyId: string; year: number; quarter: TQuarter; unitId: string };

/**
 * Makes the record of an evidence file and returns a short-lived URL to upload it to. The file goes
 * on the part's record once it has arrived (`confirmEvidenceUpload`). Asked again for a file of the
 * same name that has not arrived (a dropped connection, an expired URL), it gives the same record.
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
  const waiting = (await listEvidence(agencyId, year, quarter, unitId)).find(
    (e) => !e.arrived && e.indicatorId === file.indicatorId && e.fileName === file.fileName,
  );
  const change = beginChange({ user, clock: ref.clock, agencyId, year });
  const id = waiting?.id ?? change.newId();
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
    arrived: false,
  };
  // The same record again only while its file has not arrived: one that arrived meanwhile stays so.
  const { size, contentType, uploadedBy, uploadedAt } = evidence;
  await change.commit({
    writes: waiting ? [] : [{ item: evidenceEntity.item(evidence), expectedRevision: 'new' }],
    updates: waiting
      ? [
          {
            key: evidenceEntity.key(evidence),
            set: { size, contentType, uploadedBy, uploadedAt },
            condition: notArrived,
          },
        ]
      : [],
    conditions: [quarterStillOpen(context.quarter)],
    audit: [],
  });
  const uploadUrl = await presignUpload(
    buckets.evidence,
    evidenceUploadKey(evidence.objectKey),
    file.contentType,
    file.size,
  );
  return { evidence, uploadUrl, uploadHeaders: { 'content-type': file.contentType } };
}

/**
 * Takes in a file once it is in storage: marked arrived and put on the part's record, or 409 while
 * it is not there. Only while the part is with its division head (draft or returned) and the
 * quarter open, as for a removal: what the verifier reviews is what was submitted. A file that
 * arrives later is refused (409, or 423 in a signed-off quarter) and discarded, record and object.
 */
export async function confirmEvidenceUpload(ref: TPartRef & { evidenceId: string; clock?: TClock }) {
  const { acting } = await loadAgency(ref.user, ref.agencyId, 'part.write', ref.unitId);
  const evidence = await getEvidence(ref.agencyId, ref.year, ref.quarter, ref.unitId, ref.evidenceId);
  if (!evidence) throw new AppError('NOT_FOUND', t(cycleMessages).fileNotUploaded);
  if (evidence.arrived) return evidence;
  const upload = await uploadOf(evidence);
  if (!upload) throw new AppError('CONFLICT', t(cycleMessages).fileNotArrived);
  const taken = await takeIn(evidence, upload, { user: ref.user, acting, clock: ref.clock });
  if ('refused' in taken) throw taken.refused;
  return taken.arrived;
}

/** An uploaded object of a waiting file: its key and when storage took it. */
type TUpload = { key: string; storedAt: string };

/**
 * Where a waiting file's upload is, if it came: under `pending/`, or (asked for before uploads went
 * there) already at its own key. Null where nothing came (normally none: a dropped connection).
 */
async function uploadOf(evidence: TEvidence): Promise<TUpload | null> {
  for (const key of [evidenceUploadKey(evidence.objectKey), evidence.objectKey]) {
    const storedAt = await objectStoredAt(buckets.evidence, key);
    if (storedAt) return { key, storedAt };
  }
  return null;
}

/**
 * Why a file that arrived may not go on its part now: its quarter signed off (423) or its part no
 * longer with its division head (409); undefined while it may.
 */
function lateRefusal({ quarter, part }: Awaited<ReturnType<typeof readPartStanding>>): AppError | undefined {
  if (quarter && isQuarterLocked(quarter.state)) {
    return new AppError('LOCKED', t(cycleMessages).quarterLocked, { details: { current: quarter } });
  }
  if (part && !editablePartStates.includes(part.state)) {
    return new AppError('CONFLICT', t(cycleMessages).evidenceTooLate(part.state), {
      details: { current: part },
    });
  }
  return undefined;
}

/**
 * Marks a file arrived when storage took it, with an event on its part's record by who uploaded
 * it; once, however many ask. Its upload is copied to its own key first (the record never says
 * arrived of an object that is not there), then the record and the event go in one transaction
 * with the conditions of a removal (the quarter open, the part with its division head), so that no
 * file joins a part under review: one that arrived too late is discarded and the refusal returned.
 */
async function takeIn(
  evidence: TEvidence,
  upload: TUpload,
  by: Pick<BeginChangeOptions, 'user' | 'acting' | 'clock'>,
): Promise<{ arrived: TEvidence } | { refused: AppError }> {
  const { agencyId, year, quarter, unitId } = evidence;
  if (upload.key !== evidence.objectKey) await copyObject(buckets.evidence, upload.key, evidence.objectKey);
  const change = beginChange({ ...by, agencyId, year });
  const audit = change.audit({
    subject: { kind: 'part', quarter, unitId },
    action: 'addEvidence',
    changes: [{ path: `evidence.${evidence.indicatorId}`, before: null, after: evidence.fileName }],
  });
  // S3 keeps whole seconds: the later of when it was asked for and when storage took it (ISO times
  // sort as text), never before the asking, so files keep the order they were sent in.
  const [, uploadedAt = upload.storedAt] = [evidence.uploadedAt, upload.storedAt].sort();
  try {
    await change.commit({
      writes: [],
      updates: [
        {
          key: evidenceEntity.key(evidence),
          set: { arrived: true, uploadedAt },
          condition: notArrived,
        },
      ],
      conditions: [quarterStillOpen(evidence), partStillEditable({ content: evidence })],
      audit: [audit],
    });
  } catch (error) {
    // Taken in meanwhile (the browser's confirmation and a listing at once), removed meanwhile, or too late.
    const stored = await getEvidence(agencyId, year, quarter, unitId, evidence.id);
    if (stored?.arrived) return { arrived: stored };
    const refused = lateRefusal(await readPartStanding(evidence));
    if (stored && refused) return (await discardLate(stored, by)) ?? { refused };
    if (!stored) {
      // Removed or discarded meanwhile: that may have deleted the object before the copy above made it again.
      await deleteObjects(evidence.objectKey);
      if (refused) return { refused };
    }
    throw error;
  }
  return { arrived: { ...evidence, arrived: true, uploadedAt } };
}

/**
 * Discards a file refused as too late: its record, while still waiting, then its objects (never
 * before, as in a removal). The file was never on the part's record, so nothing goes there. A
 * record taken in meanwhile (the part returned and the file confirmed again) is kept and returned.
 */
async function discardLate(
  evidence: TEvidence,
  by: Pick<BeginChangeOptions, 'user' | 'clock'>,
): Promise<{ arrived: TEvidence } | undefined> {
  const { agencyId, year, quarter, unitId } = evidence;
  const change = beginChange({ ...by, agencyId, year });
  try {
    await change.commit({ writes: [], deletes: [evidenceDeletion(evidence)], audit: [] });
  } catch (error) {
    const stored = await getEvidence(agencyId, year, quarter, unitId, evidence.id);
    if (stored?.arrived) return { arrived: stored };
    if (stored) throw error;
    // Discarded meanwhile by another request: its objects go (again) below.
  }
  await deleteObjects(evidence.objectKey, evidenceUploadKey(evidence.objectKey));
  return undefined;
}

/**
 * Deletes the objects of a file no record lists: a failure is logged, and what it leaves is no
 * file anybody can download (a download needs the record); an upload under `pending/` goes after a
 * day anyway.
 */
async function deleteObjects(...objectKeys: string[]): Promise<void> {
  for (const objectKey of objectKeys) {
    await deleteObject(buckets.evidence, objectKey).catch((error: unknown) =>
      logError('evidence not taken in, but its object was not deleted', error, { objectKey }),
    );
  }
}

/**
 * The evidence files of a unit's part. A file still waiting whose upload did end (the browser closed
 * before it confirmed) is taken in here, as its uploader's: nothing that arrived in time is lost.
 * One that arrived after the part was submitted is discarded here as its confirmation would be. One
 * still waiting after that is listed only while the part is with its division head, marked once its
 * upload can no longer arrive (`listedEvidence`).
 */
export async function listPartEvidence(ref: TPartRef & { clock?: TClock }): Promise<TListedEvidence[]> {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  const files = await listEvidence(ref.agencyId, ref.year, ref.quarter, ref.unitId);
  const listed = await Promise.all(
    files.map(async (file) => {
      const upload = file.arrived ? null : await uploadOf(file);
      if (!upload) return [file];
      const uploader = (await getUserWithActing(file.uploadedBy))?.user ?? {
        id: file.uploadedBy,
        name: file.uploadedBy,
      };
      const taken = await takeIn(file, upload, { user: uploader });
      return 'refused' in taken ? [] : [taken.arrived];
    }),
  );
  const taken = listed.flat();
  // Where they stand is read only for a file still waiting (normally none).
  const withHead = taken.every((file) => file.arrived) || !lateRefusal(await readPartStanding(ref));
  return listedEvidence(taken, { now: (ref.clock ?? systemClock).now(), withHead });
}

/** A short-lived download URL of one evidence file, or 404 if it has not arrived. */
export async function evidenceDownloadUrl(ref: TPartRef & { evidenceId: string }): Promise<{ url: string }> {
  await loadAgency(ref.user, ref.agencyId, 'agency.read');
  const evidence = await getEvidence(ref.agencyId, ref.year, ref.quarter, ref.unitId, ref.evidenceId);
  if (!evidence || !(await objectExists(buckets.evidence, evidence.objectKey))) {
    throw new AppError('NOT_FOUND', t(cycleMessages).fileNotUploaded);
  }
  return { url: await presignDownload(buckets.evidence, evidence.objectKey, evidence.fileName) };
}
