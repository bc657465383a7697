import {
  isOwnTemplate,
  layoutSignature,
  mappingProblems,
  mappingView,
  proposeMapping,
  type TColumnMapping,
  type TMappingLevelView,
  type TMappingProblem,
  type TRememberedMapping,
} from '../../shared/agreement-workbook/column-mapping.js';
import { templateSheets } from '../../shared/agreement-workbook/template-columns.js';
import { AppError, fieldIssue } from '../../shared/app-error.js';
import { diffValues } from '../../shared/diff.js';
import { t } from '../../shared/i18n.js';
import { importMessages } from '../../shared/messages/agreement-import.js';
import type { TAgency, TUser } from '../../shared/model/organisation.js';
import type { TWorkbook } from '../../shared/workbook/workbook.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { ChangeConflictError, commitChange } from '../db/commit.js';
import { importMappingEntity } from '../db/entities.js';
import { getRememberedMapping } from '../db/import-mappings.js';
import { staleRevision } from '../workflow-guards.js';

export type TMappingProposal = {
  /** Capaian's own template: read as written, nothing to map. */
  template: boolean;
  mapping: TColumnMapping;
  /**
   * Who confirmed this mapping for the agency's layout (their name), when, and its revision, which
   * a changed mapping is confirmed against; null when it is proposed afresh.
   */
  remembered: { by: string; at: string; revision: number } | null;
  levels: TMappingLevelView[];
};

/** The layout's signature: the same for every workbook of that layout, whoever filled it. */
const signatureOf = (workbook: TWorkbook) => layoutSignature(workbook, proposeMapping(workbook));

/**
 * Which column is which in an uploaded workbook: the mapping the agency confirmed for its layout,
 * else one proposed from the header words; the columns of each sheet to choose from.
 */
export async function proposeImportMapping(workbook: TWorkbook, agencyId: string): Promise<TMappingProposal> {
  const remembered = await getRememberedMapping(agencyId, signatureOf(workbook));
  const mapping = remembered?.mapping ?? proposeMapping(workbook);
  return {
    template: isOwnTemplate(workbook),
    mapping,
    remembered: remembered
      ? { by: confirmerOf(remembered), at: remembered.confirmedAt, revision: remembered.revision ?? 0 }
      : null,
    levels: mappingView(workbook, mapping),
  };
}

/** The mapping a workbook is read with when none is given: the agency's for its layout, if any. */
export async function rememberedMappingOf(workbook: TWorkbook, agencyId: string) {
  if (isOwnTemplate(workbook)) return undefined;
  return getRememberedMapping(agencyId, signatureOf(workbook));
}

function problemMessage(problem: TMappingProblem, mapping: TColumnMapping): string {
  const m = t(importMessages);
  const sheet = mapping[problem.level].sheet ?? templateSheets[problem.level].name;
  if (problem.kind === 'sheetMissing') return m.mappingSheetMissing(problem.sheet);
  if (problem.kind === 'roleEmpty') return m.roleEmpty(m.roles[problem.role], sheet);
  return m.sharedColumn(problem.column, m.roles[problem.roles[0]], m.roles[problem.roles[1]]);
}

/** Who confirmed a remembered mapping, by name (by id for one remembered before names were kept). */
const confirmerOf = (remembered: TRememberedMapping) => remembered.confirmedByName ?? remembered.confirmedBy;

/** The 409 of a mapping confirmed from an outdated one: who confirmed the one now remembered. */
function mappingTaken(current: TRememberedMapping | undefined): AppError {
  if (!current) return staleRevision(null);
  return new AppError('CONFLICT', t(importMessages).mappingTaken(confirmerOf(current)), {
    details: { current },
  });
}

/**
 * A mapping the planner confirmed: refused (400, each problem naming its role) when it leaves a
 * required role without a column, puts two roles on one column or names a sheet not there; else
 * remembered for the agency's layout with who confirmed it and when, audited. The planner confirms
 * against the revision they were shown (`seenRevision`, 0: none): when another planner confirmed a
 * different mapping meanwhile, a 409 names them; the same mapping again changes nothing.
 */
export async function confirmImportMapping(ref: {
  workbook: TWorkbook;
  mapping: TColumnMapping;
  seenRevision: number;
  agency: TAgency;
  user: TUser;
  clock: TClock;
}): Promise<{ mapping: TColumnMapping; revision: number }> {
  const problems = mappingProblems(ref.workbook, ref.mapping);
  if (problems.length > 0) {
    const issues = problems.map((problem) =>
      fieldIssue(
        problem.kind === 'roleEmpty'
          ? `mapping.${problem.level}.columns.${problem.role}`
          : `mapping.${problem.level}`,
        problemMessage(problem, ref.mapping),
      ),
    );
    const message = `${t(importMessages).mappingInvalid} ${issues.map((issue) => issue.message).join(' ')}`;
    throw new AppError('BAD_REQUEST', message, { issues, details: { problems } });
  }
  const signature = signatureOf(ref.workbook);
  const current = await getRememberedMapping(ref.agency.id, signature);
  const changes = diffValues(current?.mapping ?? {}, ref.mapping);
  // The check and then the import send the same mapping: it is remembered once.
  if (current && changes.length === 0) return { mapping: ref.mapping, revision: current.revision ?? 0 };
  if ((current?.revision ?? 0) !== ref.seenRevision) throw mappingTaken(current);
  const change = beginChange({ user: ref.user, clock: ref.clock, agency: ref.agency });
  const record = {
    agencyId: ref.agency.id,
    signature,
    mapping: ref.mapping,
    confirmedBy: ref.user.id,
    confirmedByName: ref.user.name,
    confirmedAt: change.at,
    revision: ref.seenRevision + 1,
  };
  const audit = change.audit({ subject: { kind: 'settings' }, action: 'confirmImportMapping', changes });
  await commitChange({
    writes: [
      {
        item: importMappingEntity.item(record),
        // A mapping remembered before revisions (0) is replaced once unconditionally, as it was stored.
        expectedRevision: ref.seenRevision === 0 ? (current ? 'any' : 'new') : ref.seenRevision,
      },
    ],
    audit: [audit],
  }).catch((error: unknown) => {
    if (!(error instanceof ChangeConflictError)) throw error;
    const { current } = error;
    throw mappingTaken(importMappingEntity.is(current) ? importMappingEntity.parse(current) : undefined);
  });
  return { mapping: ref.mapping, revision: record.revision };
}
