import type { TActor } from '../../shared/access/policy.js';
import { AppError, fieldIssue } from '../../shared/app-error.js';
import { diffValues } from '../../shared/diff.js';
import { t } from '../../shared/i18n.js';
import { quarterSheetMessages } from '../../shared/messages/quarter-sheet.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterPartContent } from '../../shared/model/realisation.js';
import type { TPartRecord } from '../../shared/model/records.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { readEntrySheets, type TUnitEntry } from '../../shared/quarter-sheet/read-entry-sheet.js';
import type { TWorkbookUpload } from '../../shared/workbook/upload-request.js';
import type { TSheet } from '../../shared/workbook/workbook.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { partEntity } from '../db/entities.js';
import { quarterStillOpen } from '../db/parts.js';
import { readUploadedWorkbook } from '../workbook/workbook-upload.js';
import {
  assertPartEditable,
  assertQuarterOpen,
  loadQuarter,
  partOf,
  type TQuarterContext,
} from './load-quarter.js';
import { assertPartFits } from './save-part.js';

export type FillPartsOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  /** A division head's own unit: its sheet only. Absent: every unit a sheet names (the planner). */
  unitId?: string;
  /** The uploaded workbook's sheets, as the parse reads them. */
  sheets: readonly TSheet[];
  fileName: string;
  clock?: TClock;
};

/** The draft with the sheet's figures in: each indicator and activity it fills, the rest as it was. */
function filled(content: TQuarterPartContent, entry: TUnitEntry): TQuarterPartContent {
  const realisations = content.realisations.map((r) => {
    const typed = entry.realisations.find((e) => e.indicatorId === r.indicatorId);
    if (!typed) return r;
    const { value, numerator, denominator, nothingToReport, ...kept } = r;
    return { ...kept, ...typed };
  });
  const added = entry.realisations.filter(
    (e) => !content.realisations.some((r) => r.indicatorId === e.indicatorId),
  );
  const budget = content.budget.map((b) => entry.budget.find((e) => e.activityCode === b.activityCode) ?? b);
  const spent = entry.budget.filter((e) => !content.budget.some((b) => b.activityCode === e.activityCode));
  return { ...content, realisations: [...realisations, ...added], budget: [...budget, ...spent] };
}

/**
 * Fills quarter parts' drafts from an uploaded workbook of entry sheets, as typing would: a
 * division head's own part, or every unit's the workbook names for the planner (on the record as
 * the planner's; each unit's head still submits). Any cell that cannot be taken in refuses the
 * whole file with every problem at its sheet, row and column, and nothing is stored; otherwise
 * all parts change in one transaction. Nothing is submitted.
 */
export async function fillPartsFromSheets(options: FillPartsOptions): Promise<TPartRecord[]> {
  const { user, agencyId, year, quarter, unitId } = options;
  const action = unitId ? 'part.write' : 'part.fillFor';
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action });
  assertQuarterOpen(context.quarter);
  const m = t(quarterSheetMessages);
  const { units, problems } = readEntrySheets({
    sheets: options.sheets,
    agreement: context.agreement.agreement,
    units: unitsOfYear(context.units, year),
    unitId,
  });
  if (problems.length > 0) {
    const issues = problems.map((p) =>
      fieldIssue('file', `${m.place(p.sheet, p.row, p.column)}: ${p.message}`),
    );
    throw new AppError('BAD_REQUEST', m.refused(problems.length), { issues, details: { problems } });
  }
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting: context.acting });
  const changed = [...units].map(([unit, entry]) => {
    const current = partOf(context, unit);
    assertPartEditable(current);
    const content = { ...filled(current.content, entry), agreementVersion: context.agreement.version };
    assertPartFits(context.agreement.agreement, content);
    const record: TPartRecord = { ...current, content, ...change.nextRevision(current) };
    const audit = change.audit({
      subject: { kind: 'part', quarter, unitId: unit },
      action: 'fillFromWorkbook',
      reason: m.fromWorkbook(options.fileName),
      changes: diffValues(current.content, content),
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

/** `fillPartsFromSheets` on an uploaded workbook, read as any upload is (a bad file is a 400 saying why). */
export async function fillPartsFromWorkbook(
  options: Omit<FillPartsOptions, 'sheets' | 'fileName'> & TWorkbookUpload,
): Promise<TPartRecord[]> {
  const { uploadId, fileName, ...fill } = options;
  const workbook = await readUploadedWorkbook({
    user: options.user,
    agencyId: options.agencyId,
    uploadId,
    fileName,
  });
  return fillPartsFromSheets({ ...fill, sheets: workbook.sheets, fileName });
}
