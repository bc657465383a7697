import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { agreementValueChanges } from '../../shared/model/agreement-changes.js';
import type { TAgreementContent } from '../../shared/model/agreement-content.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { listAgreements } from '../db/agreements.js';
import { agreementEntity } from '../db/entities.js';
import { versionInForce } from './agreement-in-force.js';
import { assertConsistent } from './assert-consistent.js';

export type CreateAgreementDraftOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  /** The content of a first agreement; a revision copies the version in force when absent. */
  content?: TAgreementContent;
  /** Where its content came from, for the record (the workbook it was imported from). */
  reason?: string;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** Starts a new draft version: the PK Murni, or a PK Perubahan copied from the version in force. */
export async function createAgreementDraft(options: CreateAgreementDraftOptions): Promise<TAgreementRecord> {
  const { user, agencyId, year } = options;
  const { units } = await loadAgency(user, agencyId, 'agreement.edit');
  const versions = await listAgreements(agencyId, year);
  const open = versions.find((record) => record.state !== 'signed');
  if (open) {
    throw new AppError('CONFLICT', t(cycleMessages).versionStillOpen(open.version, open.state), {
      details: { current: open },
    });
  }
  const inForce = versionInForce(versions);
  const content = options.content ?? inForce?.agreement;
  if (!content) {
    throw new AppError('BAD_REQUEST', t(cycleMessages).contentRequired, {
      issues: [{ path: 'content', message: t(cycleMessages).required }],
    });
  }
  const version = (versions.at(-1)?.version ?? 0) + 1;
  const agreement = {
    objectives: content.objectives,
    programs: content.programs,
    activities: content.activities,
    agencyId,
    year,
    version,
    kind: inForce ? ('perubahan' as const) : ('murni' as const),
  };
  assertConsistent(agreement, units);
  const change = beginChange({ user, clock: options.clock, agencyId, year });
  const record: TAgreementRecord = {
    agencyId,
    year,
    version,
    state: 'draft',
    agreement,
    ...change.nextRevision({ revision: 0 }),
  };
  await change.commit({
    writes: [{ item: agreementEntity.item(record), expectedRevision: 'new' }],
    audit: [
      change.audit({
        subject: { kind: 'agreement', version },
        action: 'createDraft',
        toState: 'draft',
        reason: options.reason,
        // What it started from: a revision, the version it revises and what it changes there; a first
        // version, every value.
        changes: [
          ...(inForce ? [{ path: 'revises', before: null, after: inForce.version }] : []),
          ...agreementValueChanges(inForce?.agreement, agreement),
        ],
      }),
    ],
  });
  return record;
}
