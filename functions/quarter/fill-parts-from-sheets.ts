import { AppError, fieldIssue } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { quarterSheetMessages } from '../../shared/messages/quarter-sheet.js';
import { partChanges } from '../../shared/model/part-changes.js';
import type { TPartRecord } from '../../shared/model/records.js';
import { filledContent } from '../../shared/quarter-sheet/part-fill.js';
import type { TWorkbookUpload } from '../../shared/workbook/upload-request.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { partEntity } from '../db/entities.js';
import { quarterStillOpen } from '../db/parts.js';
import { readUploadedWorkbook } from '../workbook/workbook-upload.js';
import { assertRevision } from '../workflow-guards.js';
import { checkPartSheets, type TPartSheetsCheck } from './check-part-sheets.js';
import { assertPartEditable, partOf } from './load-quarter.js';
import { type ReadPartSheetsOptions, readPartSheets } from './read-part-sheets.js';
import { assertPartFits } from './save-part.js';

export type FillPartsOptions = ReadPartSheetsOptions & {
  fileName: string;
  /**
   * Each part's revision as the planner's preview showed it: a part changed since (or a unit the
   * preview did not list) is refused with a 409 rather than overwritten unseen.
   */
  revisions?: Record<string, number>;
  clock?: TClock;
};

/**
 * Fills quarter parts' drafts from an uploaded workbook of entry sheets, as typing would: a
 * division head's own part, or every unit's the workbook names for the planner (on the record as
 * the planner's; each unit's head still submits). Any cell that cannot be taken in refuses the
 * whole file with every problem at its sheet, row and column, and nothing is stored; otherwise
 * all parts change in one transaction. Nothing is submitted.
 */
export async function fillPartsFromSheets(options: FillPartsOptions): Promise<TPartRecord[]> {
  const { user, agencyId, year, quarter, revisions } = options;
  const { context, units, problems, problemCount } = await readPartSheets(options);
  const m = t(quarterSheetMessages);
  if (problemCount > 0) {
    const issues = problems.map((p) =>
      fieldIssue('file', `${m.place(p.sheet, p.row, p.column)}: ${p.message}`),
    );
    throw new AppError('BAD_REQUEST', m.refused(problemCount), { issues, details: { problems } });
  }
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting: context.acting });
  const changed = [...units].map(([unit, entry]) => {
    const current = partOf(context, unit);
    assertPartEditable(current);
    if (revisions) assertRevision(current, revisions[unit] ?? 0);
    const content = { ...filledContent(current.content, entry), agreementVersion: context.agreement.version };
    assertPartFits(context.agreement.agreement, content);
    const record: TPartRecord = { ...current, content, ...change.nextRevision(current) };
    const audit = change.audit({
      subject: { kind: 'part', quarter, unitId: unit },
      action: 'fillFromWorkbook',
      reason: m.fromWorkbook(options.fileName),
      changes: partChanges(current.content, content),
    });
    return { current, record, audit };
  });
  await change.commit({
    writes: changed.map(({ current, record }) => ({
      item: partEntity.item(record),
      expectedRevision: current.revision,
    })),
    conditions: [quarterStillOpen(context.quarter)],
    audit: changed.map(({ audit }) => audit),
  });
  return changed.map(({ record }) => record);
}

type TUploadedOptions<O> = Omit<O, 'sheets' | 'fileName'> & TWorkbookUpload;

/** How to read the upload's sheets, as any upload is (a bad file is a 400 saying why). */
const uploadedSheets =
  ({ user, agencyId, uploadId, fileName }: TUploadedOptions<ReadPartSheetsOptions>) =>
  async () =>
    (await readUploadedWorkbook({ user, agencyId, uploadId, fileName })).sheets;

/** `fillPartsFromSheets` on an uploaded workbook. */
export async function fillPartsFromWorkbook(
  options: TUploadedOptions<FillPartsOptions>,
): Promise<TPartRecord[]> {
  return fillPartsFromSheets({ ...options, sheets: uploadedSheets(options) });
}

/** `checkPartSheets` on an uploaded workbook: what filling from it would do, nothing stored. */
export async function checkPartsFromWorkbook(
  options: TUploadedOptions<ReadPartSheetsOptions>,
): Promise<TPartSheetsCheck> {
  return checkPartSheets({ ...options, sheets: uploadedSheets(options) });
}
