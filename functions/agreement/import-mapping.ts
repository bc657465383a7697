import {
  isOwnTemplate,
  layoutSignature,
  mappingProblems,
  mappingView,
  proposeMapping,
  type TColumnMapping,
  type TMappingLevelView,
  type TMappingProblem,
} from '../../shared/agreement-workbook/column-mapping.js';
import { templateSheets } from '../../shared/agreement-workbook/template-columns.js';
import { AppError, fieldIssue } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { importMessages } from '../../shared/messages/agreement-import.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TWorkbook } from '../../shared/workbook/workbook.js';
import type { TClock } from '../clock.js';
import { getRememberedMapping, rememberMapping } from '../db/import-mappings.js';

export type TMappingProposal = {
  /** Capaian's own template: read as written, nothing to map. */
  template: boolean;
  mapping: TColumnMapping;
  /** Who confirmed this mapping for the agency's layout, and when; null when it is proposed afresh. */
  remembered: { by: string; at: string } | null;
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
    remembered: remembered ? { by: remembered.confirmedBy, at: remembered.confirmedAt } : null,
    levels: mappingView(workbook, mapping),
  };
}

/** The mapping a workbook is read with when none is given: the agency's for its layout, if any. */
export async function rememberedMappingOf(workbook: TWorkbook, agencyId: string) {
  if (isOwnTemplate(workbook)) return undefined;
  return (await getRememberedMapping(agencyId, signatureOf(workbook)))?.mapping;
}

function problemMessage(problem: TMappingProblem, mapping: TColumnMapping): string {
  const m = t(importMessages);
  const sheet = mapping[problem.level].sheet ?? templateSheets[problem.level].name;
  if (problem.kind === 'sheetMissing') return m.mappingSheetMissing(problem.sheet);
  if (problem.kind === 'roleEmpty') return m.roleEmpty(m.roles[problem.role], sheet);
  return m.sharedColumn(problem.column, m.roles[problem.roles[0]], m.roles[problem.roles[1]]);
}

/**
 * A mapping the planner confirmed: refused (400, each problem naming its role) when it leaves a
 * required role without a column, puts two roles on one column or names a sheet not there; else
 * remembered for the agency's layout with who confirmed it and when.
 */
export async function confirmImportMapping(ref: {
  workbook: TWorkbook;
  mapping: TColumnMapping;
  agencyId: string;
  user: TUser;
  clock: TClock;
}): Promise<TColumnMapping> {
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
  await rememberMapping({
    agencyId: ref.agencyId,
    signature: signatureOf(ref.workbook),
    mapping: ref.mapping,
    confirmedBy: ref.user.id,
    confirmedAt: ref.clock.now(),
  });
  return ref.mapping;
}
