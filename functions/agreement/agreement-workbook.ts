import {
  agreementChanges,
  type TAgreementChange,
} from '../../shared/agreement-workbook/agreement-changes.js';
import { agreementTemplate } from '../../shared/agreement-workbook/agreement-template.js';
import type { TColumnMapping } from '../../shared/agreement-workbook/column-mapping.js';
import {
  importDefaults,
  importProblems,
  type TImportDefaultsView,
  type TImportProblemView,
} from '../../shared/agreement-workbook/import-problems.js';
import { readAgreementTemplate } from '../../shared/agreement-workbook/read-template.js';
import { AppError, fieldIssue } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { importMessages } from '../../shared/messages/agreement-import.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { maxListedProblems } from '../../shared/workbook/limits.js';
import type { TWorkbookUpload } from '../../shared/workbook/upload-request.js';
import { loadAgency } from '../agency/load-agency.js';
import { systemClock, type TClock } from '../clock.js';
import { listAgreements } from '../db/agreements.js';
import { buckets } from '../s3/bucket-names.js';
import { presignDownload } from '../s3/presign.js';
import { writeWorkbook } from '../workbook/workbook-download.js';
import { readUploadedWorkbook } from '../workbook/workbook-upload.js';
import { versionInForce } from './agreement-in-force.js';
import { createAgreementDraft } from './create-agreement-draft.js';
import {
  confirmImportMapping,
  proposeImportMapping,
  rememberedMappingOf,
  type TMappingProposal,
} from './import-mapping.js';

type TYearRef = { user: TUser; agencyId: string; year: number; clock?: TClock };

/**
 * A 5-minute link to the year's agreement as the planner's template (the latest version, draft or
 * signed; empty sheets when there is none), written by the workbook function under uploads/.
 */
export async function agreementTemplateUrl(ref: TYearRef): Promise<{ url: string }> {
  const { agency, units } = await loadAgency(ref.user, ref.agencyId, 'agreement.edit');
  const latest = (await listAgreements(ref.agencyId, ref.year)).at(-1)?.agreement;
  const content = latest ?? { objectives: [], programs: [], activities: [] };
  const objectKey = `uploads/${ref.agencyId}/${ref.user.id}/templates/${(ref.clock ?? systemClock).newId()}.xlsx`;
  await writeWorkbook(objectKey, agreementTemplate(content, unitsOfYear(units, ref.year)));
  return {
    url: await presignDownload(buckets.evidence, objectKey, `PK ${ref.year} ${agency.shortName}.xlsx`),
  };
}

export type TAgreementImportCheck = {
  kind: TAgreementVersion['kind'];
  version: number;
  /** The first problems (at most `maxListedProblems`), and how many in all. */
  problems: TImportProblemView[];
  problemCount: number;
  defaults: TImportDefaultsView[];
  changes: TAgreementChange[];
  /** The revision of the mapping the file was read by, as remembered: a changed one is confirmed against it. */
  mappingRevision: number | null;
};

type TImportRef = TYearRef &
  TWorkbookUpload & {
    mapping?: TColumnMapping;
    /** The revision of the remembered mapping the planner was shown (0 or absent: none). */
    mappingRevision?: number;
    defaultsConfirmed?: boolean;
  };

/**
 * Which column is which in an uploaded workbook, before its problems and preview: Capaian's own
 * template needs no mapping; any other layout is proposed (the agency's remembered mapping first).
 */
export async function proposeAgreementMapping(ref: TYearRef & TWorkbookUpload): Promise<TMappingProposal> {
  await loadAgency(ref.user, ref.agencyId, 'agreement.edit');
  return proposeImportMapping(await readUploadedWorkbook(ref), ref.agencyId);
}

/**
 * Reads an uploaded workbook as the year's next version and checks it with the agreement's rules:
 * by the mapping the planner confirmed (remembered for the layout), else the one the agency
 * confirmed for it before, else by the header words.
 */
async function readImport(ref: TImportRef) {
  const { agency, units } = await loadAgency(ref.user, ref.agencyId, 'agreement.edit');
  const workbook = await readUploadedWorkbook({ ...ref, agencyId: ref.agencyId });
  const clock = ref.clock ?? systemClock;
  const confirmed = ref.mapping
    ? await confirmImportMapping({
        ...ref,
        agency,
        workbook,
        mapping: ref.mapping,
        seenRevision: ref.mappingRevision ?? 0,
        clock,
      })
    : await rememberedMappingOf(workbook, ref.agencyId);
  const mapping = confirmed?.mapping;
  const yearUnits = unitsOfYear(units, ref.year);
  const newId = () => `indikator-${clock.newId().slice(0, 8)}`;
  const read = readAgreementTemplate(workbook, yearUnits, newId, mapping);
  const versions: TAgreementRecord[] = await listAgreements(ref.agencyId, ref.year);
  const inForce = versionInForce(versions);
  const identity = {
    agencyId: ref.agencyId,
    year: ref.year,
    version: (versions.at(-1)?.version ?? 0) + 1,
    kind: inForce ? ('perubahan' as const) : ('murni' as const),
  };
  const checked = importProblems(read, identity, yearUnits);
  const defaults = importDefaults(read.defaults);
  const changes = agreementChanges(inForce?.agreement, read.content);
  return { ...checked, defaults, identity, changes, mappingRevision: confirmed?.revision ?? null };
}

/**
 * What importing the upload would do, nothing of the agreement stored: its problems by sheet, row
 * and column, and what it creates, changes and removes against the version in force.
 */
export async function checkAgreementImport(ref: TImportRef): Promise<TAgreementImportCheck> {
  const { problems, defaults, identity, changes, mappingRevision } = await readImport(ref);
  return {
    kind: identity.kind,
    version: identity.version,
    problems: problems.slice(0, maxListedProblems),
    problemCount: problems.length,
    defaults,
    changes,
    mappingRevision,
  };
}

/**
 * The upload as the year's next draft (PK Murni, or Perubahan when one is in force), which then
 * goes through submit → sign as any draft; refused with its problems while it has any, and while
 * the defaults proposed for what it leaves out are not confirmed (none is stored unseen).
 */
export async function importAgreementDraft(ref: TImportRef): Promise<TAgreementRecord> {
  const { problems, defaults, agreement } = await readImport(ref);
  if (!agreement || problems.length > 0) {
    const listed = problems.slice(0, maxListedProblems);
    throw new AppError('BAD_REQUEST', t(importMessages).hasProblems(problems.length), {
      issues: listed.map((problem) => fieldIssue('file', problem.message)),
      details: { problems: listed },
    });
  }
  if (defaults.length > 0 && !ref.defaultsConfirmed) {
    const count = defaults.reduce((n, row) => n + row.values.length, 0);
    const message = t(importMessages).defaultsUnconfirmed(count);
    throw new AppError('BAD_REQUEST', message, { issues: [fieldIssue('defaultsConfirmed', message)] });
  }
  const { objectives, programs, activities } = agreement;
  return createAgreementDraft({
    ...ref,
    content: { objectives, programs, activities },
    reason: t(importMessages).fromWorkbook(ref.fileName),
  });
}
